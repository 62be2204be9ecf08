package org.actionmap.importexport;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import org.actionmap.KaribuTestBase;
import org.actionmap.importexport.imports.ImportCrs;
import org.actionmap.importexport.ui.ImportView;
import org.actionmap.land.ParcelService;
import org.actionmap.map.MapComponent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wizard's steps in the browserless UI on the real database: a DXF drawing uploaded through the widget, its
 * coordinate system asked for, its fields mapped, the preview with its report, the import; a bad file's message; zones
 * offered to the administrator, with their kinds, and not to the land bureau.
 */
class ImportViewTest extends KaribuTestBase {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ParcelService parcels;
    @TempDir
    Path dir;

    @AfterEach
    void removeImportedParcels() {
        // the wizard commits for real: take the test's parcels out again, change log entries included
        jdbc.update("delete from change_log where kind = 'parcel' and code like 'WIZ-%'");
        jdbc.update("delete from parcel_status_step where parcel_id in (select id from parcel where code like 'WIZ-%')");
        jdbc.update("delete from parcel where code like 'WIZ-%'");
    }

    ImportView openWizard(String user) {
        signIn(user);
        UI.getCurrent().navigate("import");
        return _get(ImportView.class);
    }

    void waitForWork(ImportView view) {
        view.work().join();
        MockVaadin.clientRoundtrip();
    }

    String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    static java.util.stream.Stream<com.vaadin.flow.component.Component> descendants(com.vaadin.flow.component.Component c) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(c), c.getChildren().flatMap(ImportViewTest::descendants));
    }

    Upload upload() {
        return _get(Upload.class, spec -> spec.withId("import-upload"));
    }

    void upload(String name, byte[] bytes) {
        UploadKt._upload(upload(), name, "application/octet-stream", bytes);
    }

    void read(ImportView view) {
        _click(_get(Button.class, spec -> spec.withId("import-read")));
        waitForWork(view);
    }

    /** What the map will be told on the next response (its package's test hook), as JSON; null when nothing. */
    static com.fasterxml.jackson.databind.JsonNode pendingMapChanges(MapComponent map) throws Exception {
        java.lang.reflect.Method pending = MapComponent.class.getDeclaredMethod("pendingChanges");
        pending.setAccessible(true);
        String json = (String) pending.invoke(map);
        return json == null ? null : new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
    }

    /** A zipped Shapefile of parcels WIZ-1… on free land, in EPSG:4549, its text in that GDAL encoding, with its .cpg or not. */
    byte[] shapefile(int count, String encoding, boolean cpg) throws Exception {
        List<double[]> squares = ImportFiles.freeSquares(jdbc, count, 0.0006);
        List<Map.Entry<Map<String, Object>, String>> features = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("code", "WIZ-" + (i + 1));
            props.put("名称", "测绘地块" + (i + 1) + "号");
            props.put("landuse", "industrial");
            features.add(entry(props, ImportFiles.square(squares.get(i), 0.0006)));
        }
        Path source = ImportFiles.write(dir, "parcels.geojson", ImportFiles.collection(features));
        Path shp = Files.createDirectories(dir.resolve("shp-" + encoding + "-" + cpg));
        ImportFiles.ogr2ogr(dir, Map.of(), "-f", "ESRI Shapefile", shp.resolve("parcels.shp").toString(), source.toString(),
                "-t_srs", "EPSG:4549", "-lco", "ENCODING=" + encoding);
        if (!cpg) {
            Files.delete(shp.resolve("parcels.cpg"));
        }
        return ImportFiles.zipFolder(shp);
    }

    @SuppressWarnings("unchecked")
    @Test
    void theLandBureauImportsADxfDrawingStepByStep() throws Exception {
        List<double[]> squares = ImportFiles.freeSquares(jdbc, 3, 0.0006);
        List<Map.Entry<Map<String, Object>, String>> features = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            features.add(entry(new LinkedHashMap<>(Map.of("Layer", "WIZ-" + (i + 1))), ImportFiles.square(squares.get(i), 0.0006)));
        }
        Path source = ImportFiles.write(dir, "wiz.geojson", ImportFiles.collection(features));
        ImportFiles.ogr2ogr(dir, Map.of(), "-f", "DXF", "wiz.dxf", source.toString(), "-t_srs", "EPSG:4549", "-select", "Layer");

        ImportView view = openWizard("land");
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-limit")).getText()).contains("50 MB");
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("import-upload")), "wiz.dxf", "application/dxf",
                Files.readAllBytes(dir.resolve("wiz.dxf")));
        assertThat(text("import-upload-message")).contains("wiz.dxf");
        // a drawing names no coordinate system: the wizard asks, and reading without one is refused
        Select<ImportCrs> crs = _get(Select.class, spec -> spec.withId("import-crs"));
        assertThat(crs.getValue()).isNull();
        assertThat(text("import-crs-message")).isEqualTo("文件没有说明坐标系：请选择测绘时使用的坐标系。");
        // no field of the file is named for the parcel's code: the select says so rather than staying blank
        _click(_get(Button.class, spec -> spec.withId("import-read")));
        assertThat(text("import-message")).isEqualTo("文件没有说明坐标系：请选择测绘时使用的坐标系。");

        _setValue(crs, ImportCrs.byId("EPSG:4549").orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("import-read")));
        waitForWork(view);
        assertThat(text("import-message")).isEqualTo("已读取 3 个要素。");

        // fields: the code from the drawing's layer names, land use and purpose chosen for the whole file
        Select<String> code = _get(Select.class, spec -> spec.withId("import-map-code"));
        assertThat(code.getListDataView().getItems().toList()).contains("Layer");
        // "(not in the file)" shows as itself when chosen (or nothing is mapped), not as a blank field
        assertThat(code.getValue()).isNull();
        assertThat(code.getPlaceholder()).isEqualTo("（文件中没有）");
        _setValue(code, "Layer");
        _setValue(_get(ComboBox.class, spec -> spec.withId("import-constant-landUse")), "industrial");
        _setValue(_get(ComboBox.class, spec -> spec.withId("import-constant-purpose")), "NEW_INDUSTRIAL");
        _click(_get(Button.class, spec -> spec.withId("import-check")));
        waitForWork(view);
        assertThat(text("import-report-summary")).isEqualTo("3 个要素全部通过检查，可以导入。");
        MapComponent map = _get(MapComponent.class);
        assertThat(map.getLayers().get("import-preview").url()).startsWith("map-data/imports/").endsWith(".geojson");
        assertThat(parcels.findByCode("WIZ-1")).as("the check writes nothing").isEmpty();

        Button commit = _get(Button.class, spec -> spec.withId("import-commit"));
        assertThat(commit.isEnabled()).isTrue();
        _click(commit);
        waitForWork(view);
        assertThat(text("import-message")).isEqualTo("已将 3 个要素导入地块。");
        assertThat(parcels.findByCode("WIZ-1")).hasValueSatisfying(p -> assertThat(p.zoneCode()).isEqualTo("EDZ-LJ"));
        assertThat(parcels.findByCode("WIZ-3")).isPresent();

        // done: said in a notification too, the features a link away on the map (three parcels framed by their extent),
        // the steps of the file gone (no report still saying it can be imported) and the upload ready for the next file
        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications())
                .anySatisfy(n -> assertThat(n.getId()).hasValue("import-committed-notification"));
        com.vaadin.flow.component.html.Anchor link = _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("import-result-link"));
        assertThat(link.getText()).isEqualTo("在地图上查看");
        assertThat(link.getHref()).startsWith("map?bbox=");
        double[] bbox = java.util.Arrays.stream(link.getHref().substring("map?bbox=".length()).split(",")).mapToDouble(Double::parseDouble).toArray();
        for (double[] square : squares) {
            assertThat(square[0]).isBetween(bbox[0], bbox[2]);
            assertThat(square[1]).isBetween(bbox[1], bbox[3]);
        }
        assertThat(_find(Span.class, spec -> spec.withId("import-report-summary"))).allSatisfy(summary ->
                assertThat(summary.getText()).doesNotContain("可以导入"));
        assertThat(_find(Button.class, spec -> spec.withId("import-commit"))).isEmpty();
        assertThat(upload().getElement().getPropertyRaw("files")).as("the file list is emptied")
                .isInstanceOfSatisfying(elemental.json.JsonArray.class, files -> assertThat(files.length()).isZero());
        assertThat(text("import-upload-message")).isEmpty();
    }

    @Test
    void aCorruptZipIsRefusedWithItsMessageInTheWizard() {
        openWizard("land");
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("import-upload")), "broken.zip", "application/zip",
                "PK\u0003\u0004 not a zip at all".getBytes());
        assertThat(text("import-upload-message")).isEqualTo("压缩包已损坏，无法打开。");
        // the user removes the refused file with the upload's ×: its message goes with it
        com.vaadin.flow.component.ComponentUtil.fireEvent(upload(), new com.vaadin.flow.component.upload.FileRemovedEvent(upload(), "broken.zip"));
        assertThat(text("import-upload-message")).isEmpty();
    }

    @SuppressWarnings("unchecked")
    @Test
    void aShapefileWithoutZoneNumberReadAsZone40IsSaidToBeInTheWrongCoordinateSystemNotToHaveFailed() throws Exception {
        ImportView view = openWizard("land");
        upload("cm120.zip", shapefile(3, "UTF-8", true));
        Select<ImportCrs> crs = _get(Select.class, spec -> spec.withId("import-crs"));
        assertThat(crs.getValue()).isEqualTo(ImportCrs.byId("EPSG:4549").orElseThrow());
        _setValue(crs, ImportCrs.byId("EPSG:4528").orElseThrow());
        read(view);
        assertThat(text("import-message")).isEqualTo("按 EPSG:4528 读取时没有任何要素位于本市附近：坐标系（或分带）很可能选错了。");
        assertThat(_find(Select.class, spec -> spec.withId("import-target"))).as("no mapping step").isEmpty();
        // choosing the right system again takes the refusal away
        _setValue(crs, ImportCrs.byId("EPSG:4549").orElseThrow());
        assertThat(text("import-message")).isEmpty();
    }

    @SuppressWarnings("unchecked")
    @Test
    void aGbkShapefileWithoutCpgHasGbkProposedAndIsReadWithItsChineseFieldNames() throws Exception {
        ImportView view = openWizard("land");
        upload("gbk.zip", shapefile(3, "CP936", false));
        ComboBox<String> encoding = _get(ComboBox.class, spec -> spec.withId("import-encoding"));
        assertThat(encoding.getValue()).isEqualTo("GBK");
        assertThat(encoding.getHelperText()).isEqualTo("文件没有 .cpg，其文字也不是 UTF-8，因此建议使用 GBK（中文测绘数据常用）；如名称显示乱码请另选。");
        read(view);
        assertThat(text("import-message")).isEqualTo("已读取 3 个要素。");
        // the Chinese field name is offered as it is and mapped to the parcel's name by itself
        Select<String> name = _get(Select.class, spec -> spec.withId("import-map-name"));
        assertThat(name.getValue()).isEqualTo("名称");
        assertThat(name.getItemLabelGenerator().apply("名称")).isEqualTo("名称（如：测绘地块1号）");
        assertThat(_get(Select.class, spec -> spec.withId("import-map-landUse")).getValue()).isEqualTo("landuse");

        // left empty, the encoding is the file's own, which is none: the user is told to choose one
        encoding.clear();
        read(view);
        assertThat(text("import-message")).isEqualTo("文件的文字不是 UTF-8，文件也没有注明编码：请在“文字编码”中选择编码（中文文件通常为 GBK）后重新读取。");
    }

    @SuppressWarnings("unchecked")
    @Test
    void inEnglishTheCpgIsNamedWithItsApostropheCountsAreSingularAndOneParcelIsLinkedByItsCode() throws Exception {
        signIn("land");
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate("import");
        ImportView view = _get(ImportView.class);
        upload("one.zip", shapefile(1, "CP936", true));
        String cpg = Files.readString(dir.resolve("shp-CP936-true/parcels.cpg")).trim();
        assertThat(text("import-upload-message")).isEqualTo("one.zip: 1 layer found.");
        // one layer: its select is hidden, and its label is what the select would show
        Select<org.actionmap.importexport.imports.SourceLayer> layer = (Select<org.actionmap.importexport.imports.SourceLayer>)
                descendants(view).filter(c -> c.getId().equals(java.util.Optional.of("import-layer"))).findFirst().orElseThrow();
        assertThat(layer.getItemLabelGenerator().apply(layer.getValue())).isEqualTo("parcels (Polygon, 1 feature)");
        assertThat(_get(ComboBox.class, spec -> spec.withId("import-encoding")).getHelperText())
                .isEqualTo("The file's .cpg says " + cpg + "; choose another only if names look garbled.");
        read(view);
        assertThat(text("import-message")).isEqualTo("1 feature read.");
        _setValue(_get(ComboBox.class, spec -> spec.withId("import-constant-purpose")), "NEW_INDUSTRIAL");
        _click(_get(Button.class, spec -> spec.withId("import-check")));
        waitForWork(view);
        assertThat(text("import-report-summary")).isEqualTo("The feature passes every check and can be imported.");
        _click(_get(Button.class, spec -> spec.withId("import-commit")));
        waitForWork(view);
        assertThat(text("import-message")).isEqualTo("1 feature imported into Parcels.");
        com.vaadin.flow.component.html.Anchor link = _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("import-result-link"));
        assertThat(link.getText()).isEqualTo("Show it on the map");
        assertThat(link.getHref()).isEqualTo("map?parcel=WIZ-1");
    }

    @Test
    void theReportWrapsLongProblemsAndARowFramesItsFeatureOnTheMap() throws Exception {
        List<double[]> squares = ImportFiles.freeSquares(jdbc, 2, 0.0006);
        Path file = ImportFiles.write(dir, "twice.geojson", ImportFiles.collection(List.of(
                entry(new LinkedHashMap<>(Map.of("code", "WIZ-1", "landuse", "industrial")), ImportFiles.square(squares.get(0), 0.0006)),
                entry(new LinkedHashMap<>(Map.of("code", "WIZ-1", "landuse", "industrial")), ImportFiles.square(squares.get(1), 0.0006)))));
        ImportView view = openWizard("land");
        upload("twice.geojson", Files.readAllBytes(file));
        read(view);
        _setValue(_get(ComboBox.class, spec -> spec.withId("import-constant-purpose")), "NEW_INDUSTRIAL");
        _click(_get(Button.class, spec -> spec.withId("import-check")));
        waitForWork(view);
        assertThat(text("import-report-summary")).startsWith("2 个要素中发现 1 个问题");
        @SuppressWarnings("unchecked")
        Grid<org.actionmap.importexport.imports.ImportProblem> report = _get(Grid.class, spec -> spec.withId("import-report"));
        assertThat(report.getThemeNames()).contains("wrap-cell-content");
        // looked up before the click: every lookup first makes a round trip, which would send the map's changes away
        MapComponent map = _get(MapComponent.class);
        var problem = com.github.mvysny.kaributesting.v10.GridKt._get(report, 0);
        MockVaadin.clientRoundtrip();   // what the report drew is sent: only the click's changes are pending below
        // the click as the browser sends it (Karibu's _clickItem makes a round trip too)
        com.vaadin.flow.component.ComponentUtil.fireEvent(report, new com.vaadin.flow.component.grid.ItemClickEvent<>(report, true,
                report.getDataCommunicator().getKeyMapper().key(problem), null, 0, 0, 0, 0, 1, 0, false, false, false, false));
        com.fasterxml.jackson.databind.JsonNode changes = pendingMapChanges(map);
        assertThat(changes.path("highlight").path("layerId").asText()).isEqualTo("import-preview");
        assertThat(changes.path("highlight").path("featureId").asText()).isEqualTo("2");
        com.fasterxml.jackson.databind.JsonNode extent = changes.path("fitExtent");
        assertThat(extent.get(0).asDouble()).isCloseTo(squares.get(1)[0] - 0.0006, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(extent.get(3).asDouble()).isCloseTo(squares.get(1)[1] + 0.0006, org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void aLeaderIsToldThatThereIsNothingToImport() {
        openWizard("leader");
        assertThat(_get(ImportView.class).getChildren().anyMatch(c -> c instanceof Paragraph p
                && p.getText().equals("您没有任何图层的编辑权限，无法导入。"))).isTrue();
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Upload.class)).isEmpty();
    }

    /** A GeoJSON file of one EDZ area in Xiangxi, clear of every zone and parcel, read in the wizard by the user. */
    ImportView readZoneFile(String user) throws Exception {
        double[] free = ImportFiles.freeSquaresInTownship(jdbc, "TS-XIANGXI", 1, 0.004).get(0);
        Path file = ImportFiles.write(dir, "zone.geojson", ImportFiles.collection(List.of(entry(
                new LinkedHashMap<>(Map.of("code", "WIZ-EDZ", "name", "开发区香溪片")), ImportFiles.square(free, 0.004)))));
        ImportView view = openWizard(user);
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("import-upload")), "zone.geojson", "application/geo+json",
                Files.readAllBytes(file));
        _click(_get(Button.class, spec -> spec.withId("import-read")));
        waitForWork(view);
        assertThat(text("import-message")).isEqualTo("已读取 1 个要素。");
        return view;
    }

    @SuppressWarnings("unchecked")
    @Test
    void aZoneFilesChineseAndEnglishNamesAreMappedByThemselves() throws Exception {
        double[] free = ImportFiles.freeSquaresInTownship(jdbc, "TS-XIANGXI", 1, 0.004).get(0);
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("CODE", "WIZ-EDZ");
        props.put("NAME_ZH", "开发区香溪片");
        props.put("name_en", "EDZ Xiangxi area");
        props.put("类型", "EDZ_AREA");
        Path file = ImportFiles.write(dir, "zone.geojson", ImportFiles.collection(List.of(entry(props, ImportFiles.square(free, 0.004)))));
        ImportView view = openWizard("admin");
        upload("zone.geojson", Files.readAllBytes(file));
        read(view);
        assertThat(_get(Select.class, spec -> spec.withId("import-map-code")).getValue()).isEqualTo("CODE");
        assertThat(_get(Select.class, spec -> spec.withId("import-map-nameZh")).getValue()).isEqualTo("NAME_ZH");
        assertThat(_get(Select.class, spec -> spec.withId("import-map-nameEn")).getValue()).isEqualTo("name_en");
        assertThat(_get(Select.class, spec -> spec.withId("import-map-kind")).getValue()).isEqualTo("类型");
        assertThat(_get(Select.class, spec -> spec.withId("import-map-zoneUnit")).getValue()).isNull();
    }

    @SuppressWarnings("unchecked")
    @Test
    void theAdministratorIsOfferedZonesWithTheirKindsAndTheLandBureauIsNot() throws Exception {
        ImportView view = readZoneFile("admin");
        Select<org.actionmap.importexport.imports.ImportTarget> target = _get(Select.class, spec -> spec.withId("import-target"));
        assertThat(target.getListDataView().getItems().toList()).containsExactly(org.actionmap.importexport.imports.ImportTarget.ZONES);
        assertThat(target.getItemLabelGenerator().apply(target.getValue())).isEqualTo("区域（开发区片区、工业园区、乡镇）");
        ComboBox<String> kind = _get(ComboBox.class, spec -> spec.withId("import-constant-kind"));
        assertThat(kind.getListDataView().getItems().map(kind.getItemLabelGenerator()).toList())
                .containsExactly("开发区片区", "乡镇工业园区", "乡镇");
        _setValue(_get(Select.class, spec -> spec.withId("import-map-nameZh")), "name");
        _setValue(kind, "EDZ_AREA");
        _click(_get(Button.class, spec -> spec.withId("import-check")));
        waitForWork(view);
        assertThat(text("import-report-summary")).isEqualTo("1 个要素全部通过检查，可以导入。");
        assertThat(jdbc.queryForObject("select count(*) from zone where code = 'WIZ-EDZ'", Integer.class)).as("the check writes nothing").isZero();

        readZoneFile("land");
        Select<org.actionmap.importexport.imports.ImportTarget> landTargets = _get(Select.class, spec -> spec.withId("import-target"));
        assertThat(landTargets.getListDataView().getItems().toList()).doesNotContain(org.actionmap.importexport.imports.ImportTarget.ZONES);
    }
}
