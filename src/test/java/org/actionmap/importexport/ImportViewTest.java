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
        _click(_get(Button.class, spec -> spec.withId("import-read")));
        assertThat(text("import-message")).isEqualTo("文件没有说明坐标系：请选择测绘时使用的坐标系。");

        _setValue(crs, ImportCrs.byId("EPSG:4549").orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("import-read")));
        waitForWork(view);
        assertThat(text("import-message")).isEqualTo("已读取 3 个要素。");

        // fields: the code from the drawing's layer names, land use and purpose chosen for the whole file
        Select<String> code = _get(Select.class, spec -> spec.withId("import-map-code"));
        assertThat(code.getListDataView().getItems().toList()).contains("Layer");
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
    }

    @Test
    void aCorruptZipIsRefusedWithItsMessageInTheWizard() {
        openWizard("land");
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("import-upload")), "broken.zip", "application/zip",
                "PK\u0003\u0004 not a zip at all".getBytes());
        assertThat(text("import-upload-message")).isEqualTo("压缩包已损坏，无法打开。");
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
