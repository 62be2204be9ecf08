package org.actionmap.importexport;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import org.actionmap.KaribuTestBase;
import org.actionmap.importexport.export.ExportCrs;
import org.actionmap.importexport.export.ExportFormat;
import org.actionmap.importexport.export.ExportLayer;
import org.actionmap.importexport.imports.ImportCrs;
import org.actionmap.importexport.ui.ExportView;
import org.actionmap.land.ParcelDetails;
import org.actionmap.power.PowerLineDetails;
import org.actionmap.site.SiteDetails;
import org.actionmap.land.ParcelStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export page reached from the lists: the parcel list's Export link with its filters in the address, the rows
 * checked in the parcel list, the site list and the power lines; a plain {@code /export} asking for the layer.
 */
class ExportViewTest extends KaribuTestBase {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    GdalCommand gdal;

    @Test
    void theParcelListsExportLinkCarriesItsFiltersAndTheDownloadIsTheChosenFormat() throws Exception {
        long acquired = jdbc.queryForObject("select count(*) from parcel where deleted_at is null and status = 'ACQUIRED'", Long.class);
        assertThat(acquired).isPositive();
        signIn("land");
        UI.getCurrent().navigate("map");
        com.github.mvysny.kaributesting.v10.LocatorJ._click(_get(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withId("parcel-list-button")));
        @SuppressWarnings("unchecked")
        Select<ParcelStatus> status = _get(Select.class, spec -> spec.withId("filter-status"));
        status.setValue(ParcelStatus.ACQUIRED);
        String href = _get(Anchor.class, spec -> spec.withId("parcel-list-export")).getHref();
        assertThat(parameters(href)).isEqualTo(java.util.Map.of("layer", "parcels", "status", "ACQUIRED"));

        go(href);
        assertThat(_get(Paragraph.class, spec -> spec.withId("export-filter")).getText()).contains("已征收");
        assertThat(_get(Paragraph.class, spec -> spec.withId("export-count")).getText()).contains(String.valueOf(acquired));

        @SuppressWarnings("unchecked")
        Select<ExportFormat> format = _get(Select.class, spec -> spec.withId("export-format"));
        @SuppressWarnings("unchecked")
        Select<ExportCrs> crs = _get(Select.class, spec -> spec.withId("export-crs"));
        format.setValue(ExportFormat.CSV);
        crs.setValue(ExportCrs.CGCS2000_GK3_ZONE40);
        Anchor download = _get(Anchor.class, spec -> spec.withId("export-download"));
        // named after what it holds, not only the layer; a CSV file does not say its coordinate system, so its name does
        assertThat(download.getText()).isEqualTo("下载 parcels-acquired-EPSG4528-2011-09-20.csv");
        String csv = new String(download(download), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFWKT,code,name");
        assertThat(csv.lines().skip(1).count()).isEqualTo(acquired);
        // zone 40: the easting carries the zone number
        assertThat(csv.lines().skip(1).findFirst().orElseThrow()).containsPattern("\\(\\(\\(40\\d{6}");

        format.setValue(ExportFormat.GPKG);
        byte[] gpkg = download(_get(Anchor.class, spec -> spec.withId("export-download")));
        assertThat(new String(gpkg, 0, 16, StandardCharsets.US_ASCII)).isEqualTo("SQLite format 3\0");

        format.setValue(ExportFormat.SHAPEFILE);
        byte[] zip = download(_get(Anchor.class, spec -> spec.withId("export-download")));
        assertThat(zip[0]).isEqualTo((byte) 'P');
        assertThat(zip[1]).isEqualTo((byte) 'K');

        // DXF offers projected systems only
        format.setValue(ExportFormat.DXF);
        assertThat(crs.getListDataView().getItems().allMatch(ExportCrs::projected)).isTrue();
        assertThat(new String(download(_get(Anchor.class, spec -> spec.withId("export-download"))), StandardCharsets.US_ASCII))
                .startsWith("  0\nSECTION");
    }

    @Test
    void anOpenParcelLinksToTheExportOfItselfAndTheSiteListToItsFilters() {
        String code = jdbc.queryForObject("select code from parcel where deleted_at is null order by code limit 1", String.class);
        signIn("leader");
        go("map?parcel=" + code);
        assertThat(parameters(_get(Anchor.class, spec -> spec.withId("parcel-export")).getHref()))
                .isEqualTo(java.util.Map.of("layer", "parcels", "codes", code));
        go("export?layer=parcels&codes=" + code + ",NOPE");
        // the selection instead of "no filter, every feature of the layer"
        assertThat(_get(Paragraph.class, spec -> spec.withId("export-selection")).getText()).isEqualTo("所选：2 个要素（" + code + ", NOPE）");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Paragraph.class, spec -> spec.withId("export-filter"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("export-count")).getText()).isEqualTo("将导出 1 个要素");
        assertThat(_get(Paragraph.class, spec -> spec.withId("export-unknown-codes")).getText()).contains("NOPE");
        go("export?layer=parcels&codes=" + code);
        assertThat(_get(Anchor.class, spec -> spec.withId("export-download")).getText()).isEqualTo("下载 parcels-" + code + "-2011-09-20.gpkg");

        UI.getCurrent().navigate("sites");
        com.github.mvysny.kaributesting.v10.LocatorJ._click(_get(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withId("site-list-button")));
        @SuppressWarnings("unchecked")
        Select<org.actionmap.site.SiteStatus> siteStatus = _get(Select.class, spec -> spec.withId("site-filter-status"));
        siteStatus.setValue(org.actionmap.site.SiteStatus.COMPLETED);
        assertThat(parameters(_get(Anchor.class, spec -> spec.withId("site-list-export")).getHref()))
                .isEqualTo(java.util.Map.of("layer", "sites", "status", "COMPLETED"));
        UI.getCurrent().navigate("power");
        assertThat(_get(Anchor.class, spec -> spec.withId("power-lines-export")).getHref()).isEqualTo("export?layer=power-lines");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theParcelListExportsTheRowsCheckedWhileARowClickStillOpensTheParcel() throws Exception {
        signIn("land");
        UI.getCurrent().navigate("map");
        _click(_get(Button.class, spec -> spec.withId("parcel-list-button")));
        Grid<ParcelDetails> grid = _get(Grid.class, spec -> spec.withId("parcel-grid"));
        Button exportSelected = _get(Button.class, spec -> spec.withId("parcel-list-export-selected"));
        assertThat(exportSelected.getText()).isEqualTo("导出所选（0）");
        assertThat(exportSelected.isEnabled()).isFalse();

        // two parcels of one status and one of another, in the list's order
        List<ParcelDetails> all = GridKt._findAll(grid);
        ParcelDetails first = all.get(0);
        ParcelDetails other = all.stream().filter(p -> p.status() != first.status()).findFirst().orElseThrow();
        ParcelDetails same = all.stream().filter(p -> p != first && p.status() == first.status()).findFirst().orElseThrow();
        List<ParcelDetails> checked = all.stream().filter(p -> p == first || p == other || p == same).toList();
        List<String> checkedCodes = checked.stream().map(ParcelDetails::code).toList();
        grid.asMultiSelect().select(checked);
        assertThat(exportSelected.getText()).isEqualTo("导出所选（3）");
        assertThat(exportSelected.isEnabled()).isTrue();

        // a click on a row opens that parcel, as it did before the list could select, and leaves the selection alone
        ParcelDetails clicked = all.stream().filter(p -> !checked.contains(p)).findFirst().orElseThrow();
        GridKt._clickItem(grid, all.indexOf(clicked));
        assertThat(_get(H3.class).getText()).startsWith(clicked.code());
        // and the list comes back as it was left
        _click(_get(Button.class, spec -> spec.withId("parcel-list-button")));
        assertThat(_get(Grid.class, spec -> spec.withId("parcel-grid"))).isSameAs(grid);
        assertThat(grid.getSelectedItems()).extracting(ParcelDetails::code).containsExactlyInAnyOrderElementsOf(checkedCodes);

        // a filter keeps checked the parcels it still shows
        Select<ParcelStatus> status = _get(Select.class, spec -> spec.withId("filter-status"));
        status.setValue(first.status());
        assertThat(grid.getSelectedItems()).extracting(ParcelDetails::code).containsExactlyInAnyOrder(first.code(), same.code());
        assertThat(exportSelected.getText()).isEqualTo("导出所选（2）");
        status.setValue(null);
        assertThat(exportSelected.getText()).isEqualTo("导出所选（2）");
        grid.asMultiSelect().select(GridKt._findAll(grid).stream().filter(p -> p.code().equals(other.code())).toList());
        assertThat(exportSelected.getText()).isEqualTo("导出所选（3）");

        _click(exportSelected);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0)).isInstanceOf(ExportView.class);
        String codes = String.join(", ", checkedCodes);
        assertThat(_get(Paragraph.class, spec -> spec.withId("export-selection")).getText()).isEqualTo("所选：3 个要素（" + codes + "）");
        assertThat(LocatorJ._find(Paragraph.class, spec -> spec.withId("export-filter"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("export-count")).getText()).isEqualTo("将导出 3 个要素");
        Anchor download = _get(Anchor.class, spec -> spec.withId("export-download"));
        assertThat(download.getText()).matches("下载 parcels-selection-3-2011-09-20-\\d{6}\\.gpkg");
        Path file = ExportServiceTest.FILES.resolve("parcels-selected-in-the-list.gpkg");
        Files.createDirectories(file.getParent());
        Files.write(file, download(download));
        assertThat(ExportFiles.read(gdal, file.toAbsolutePath().toString(), ExportServiceTest.FILES))
                .extracting(f -> ExportFiles.text(f, "code")).containsExactlyInAnyOrderElementsOf(checkedCodes);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSiteListAndThePowerLinesExportTheRowsChecked() {
        signIn("leader");
        UI.getCurrent().navigate("sites");
        _click(_get(Button.class, spec -> spec.withId("site-list-button")));
        Grid<SiteDetails> sites = _get(Grid.class, spec -> spec.withId("site-grid"));
        List<String> siteCodes = List.of(GridKt._get(sites, 0).code(), GridKt._get(sites, 5).code());
        sites.asMultiSelect().select(GridKt._get(sites, 0), GridKt._get(sites, 5));
        _click(_get(Button.class, spec -> spec.withId("site-list-export-selected")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("export-selection")).getText())
                .isEqualTo("所选：2 个要素（" + String.join(", ", siteCodes) + "）");
        assertThat(((Select<ExportLayer>) _get(Select.class, spec -> spec.withId("export-layer"))).getValue()).isEqualTo(ExportLayer.SITES);

        UI.getCurrent().navigate("power");
        Grid<PowerLineDetails> lines = _get(Grid.class, spec -> spec.withId("line-grid"));
        PowerLineDetails line = GridKt._get(lines, 1);
        lines.asMultiSelect().select(line);
        Button exportLines = _get(Button.class, spec -> spec.withId("power-lines-export-selected"));
        assertThat(exportLines.getText()).isEqualTo("导出所选（1）");
        _click(exportLines);
        assertThat(_get(Paragraph.class, spec -> spec.withId("export-selection")).getText()).isEqualTo("所选：1 个要素（" + line.code() + "）");
        assertThat(_get(Paragraph.class, spec -> spec.withId("export-count")).getText()).isEqualTo("将导出 1 个要素");
        assertThat(_get(Anchor.class, spec -> spec.withId("export-download")).getText())
                .isEqualTo("下载 power-lines-" + line.code() + "-2011-09-20.gpkg");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPlainExportAsksForTheLayerAndExportsTheOneChosen() throws Exception {
        long substations = jdbc.queryForObject("select count(*) from substation where deleted_at is null", Long.class);
        signIn("power");
        go("export");
        Select<ExportLayer> layer = _get(Select.class, spec -> spec.withId("export-layer"));
        assertThat(layer.getValue()).isNull();
        assertThat(layer.getListDataView().getItems().toList()).containsExactly(ExportLayer.values());
        assertThat(_get(Paragraph.class, spec -> spec.withId("export-choose-layer")).getText()).isEqualTo("请选择要导出的图层。");
        assertThat(LocatorJ._find(Anchor.class, spec -> spec.withId("export-download"))).isEmpty();

        _setValue(layer, ExportLayer.SUBSTATIONS);
        assertThat(_get(Paragraph.class, spec -> spec.withId("export-filter")).getText()).isEqualTo("筛选：无，图层全部要素");
        assertThat(_get(Paragraph.class, spec -> spec.withId("export-count")).getText()).isEqualTo("将导出 " + substations + " 个要素");
        Select<ExportFormat> format = _get(Select.class, spec -> spec.withId("export-format"));
        _setValue(format, ExportFormat.GEOJSON);
        Anchor download = _get(Anchor.class, spec -> spec.withId("export-download"));
        assertThat(download.getText()).isEqualTo("下载 substations-2011-09-20.geojson");
        JsonNode file = new ObjectMapper().readTree(download(download));
        assertThat(file.path("features")).hasSize((int) substations);

        // another layer: the whole of it, in the format chosen
        _setValue(layer, ExportLayer.ZONES);
        assertThat(format.getValue()).isEqualTo(ExportFormat.GEOJSON);
        assertThat(_get(Anchor.class, spec -> spec.withId("export-download")).getText()).isEqualTo("下载 zones-2011-09-20.geojson");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theChinesePageWritesFullWidthColonsAndNamesTheCoordinateSystemsAsTheImportDoes() {
        String zone = jdbc.queryForObject("select code from zone where kind = 'EDZ_AREA' order by code limit 1", String.class);
        signIn("land");
        UI.getCurrent().navigate("import");
        // the wizard's coordinate system comes into sight once a file is uploaded: taken from the page as it is
        Select<ImportCrs> importCrs = (Select<ImportCrs>) byId(UI.getCurrent(), "import-crs").orElseThrow();
        String importName = importCrs.getItemLabelGenerator().apply(ImportCrs.byEpsg(4549).orElseThrow());
        assertThat(importName).isEqualTo("CGCS2000 3 度带高斯-克吕格中央经线 120°E (EPSG:4549)");

        go("export?layer=parcels&status=ACQUIRED&zone=" + zone);
        String filter = _get(Paragraph.class, spec -> spec.withId("export-filter")).getText();
        assertThat(filter).startsWith("筛选：").contains("状态：已征收").doesNotContain(": ");
        assertThat(_get(Paragraph.class, spec -> spec.withId("export-codes")).getText()).startsWith("编号：");
        assertThat(_get(Anchor.class, spec -> spec.withId("export-download")).getText())
                .isEqualTo("下载 parcels-" + zone + "-acquired-2011-09-20.gpkg");

        Select<ExportCrs> crs = _get(Select.class, spec -> spec.withId("export-crs"));
        assertThat(crs.getItemLabelGenerator().apply(ExportCrs.CGCS2000_GK3_CM120)).isEqualTo(importName);
        for (ExportCrs c : ExportCrs.values()) {
            assertThat(crs.getItemLabelGenerator().apply(c)).as("EPSG:%d", c.epsg()).isEqualTo(importCrs.getItemLabelGenerator()
                    .apply(ImportCrs.byEpsg(c.epsg()).orElseThrow()));
        }
    }

    /** A component by its id, shown or not. */
    private static java.util.Optional<com.vaadin.flow.component.Component> byId(com.vaadin.flow.component.Component root, String id) {
        if (root.getId().filter(id::equals).isPresent()) {
            return java.util.Optional.of(root);
        }
        return root.getChildren().map(c -> byId(c, id)).flatMap(java.util.Optional::stream).findFirst();
    }

    /** The export page's address and its parameters, in whatever order. */
    private static java.util.Map<String, String> parameters(String href) {
        assertThat(href).startsWith("export?");
        java.util.Map<String, String> single = new java.util.HashMap<>();
        com.vaadin.flow.router.QueryParameters.fromString(href.substring("export?".length())).getParameters()
                .forEach((name, values) -> single.put(name, String.join(",", values)));
        return single;
    }

    /** Opens an address as a link would, query included. */
    private static void go(String address) {
        String[] parts = address.split("\\?", 2);
        UI.getCurrent().navigate(parts[0], parts.length > 1 ? com.vaadin.flow.router.QueryParameters.fromString(parts[1])
                : com.vaadin.flow.router.QueryParameters.empty());
    }

    /** Runs the anchor's download handler as the browser's request would, and returns the bytes sent. */
    private static byte[] download(Anchor anchor) throws Exception {
        String href = anchor.getHref();
        var resource = VaadinSession.getCurrent().getResourceRegistry().getResource(URI.create(href)).orElseThrow();
        DownloadHandler handler = (DownloadHandler) resource.getClass().getMethod("getElementRequestHandler").invoke(resource);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int[] status = {200};
        VaadinResponse response = (VaadinResponse) Proxy.newProxyInstance(ExportViewTest.class.getClassLoader(),
                new Class<?>[]{VaadinResponse.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getOutputStream" -> (OutputStream) body;
                    case "setStatus" -> {
                        status[0] = (Integer) args[0];
                        yield null;
                    }
                    case "getService" -> VaadinSession.getCurrent().getService();
                    default -> null;
                });
        handler.handleDownloadRequest(new DownloadEvent(VaadinRequest.getCurrent(), response, VaadinSession.getCurrent(),
                anchor.getElement()));
        assertThat(status[0]).as("the download's status").isEqualTo(200);
        assertThat(body.size()).isPositive();
        return body.toByteArray();
    }
}
