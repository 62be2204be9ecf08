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
import org.actionmap.KaribuTestBase;
import org.actionmap.importexport.export.ExportCrs;
import org.actionmap.importexport.export.ExportFormat;
import org.actionmap.land.ParcelStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The export page reached from the parcel list's Export link, with the list's filters in its address. */
class ExportViewTest extends KaribuTestBase {

    @Autowired
    JdbcTemplate jdbc;

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
        // named after what it holds, not only the layer
        assertThat(download.getText()).isEqualTo("下载 parcels-acquired-2011-09-20.csv");
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
        assertThat(_get(Paragraph.class, spec -> spec.withId("export-count")).getText()).contains("1");
        assertThat(_get(Paragraph.class, spec -> spec.withId("export-unknown-codes")).getText()).contains("NOPE");

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
