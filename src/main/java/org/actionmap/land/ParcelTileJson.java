package org.actionmap.land;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.actionmap.ogc.OgcTexts;
import org.actionmap.security.CurrentUser;
import org.actionmap.security.SignedInUser;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.Locale;

/**
 * TileJSON 3.0.0 for the parcel vector tiles, so that QGIS ("Vector Tiles" connection, style URL-less) or any
 * TileJSON client finds the tile address, the data's bounds, the zoom range and the fields of the {@code parcels}
 * layer. The fields listed here are those {@link LandMapDataController}'s tile query writes; the feature id is the
 * parcel's id.
 */
@RestController
class ParcelTileJson {

    static final int MIN_ZOOM = 0;
    /** Tiles are made on request at any zoom up to 22; beyond 18 a client enlarges (overzooms) the zoom 18 tile. */
    static final int MAX_ZOOM = 18;

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final ObjectMapper json;

    ParcelTileJson(JdbcTemplate jdbc, CurrentUser currentUser, ObjectMapper json) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.json = json;
    }

    @GetMapping("/tiles/parcels.json")
    ResponseEntity<String> tileJson() throws Exception {
        OgcTexts texts = new OgcTexts(currentUser.get().map(SignedInUser::locale).orElse(Locale.ENGLISH));
        double[] bounds = jdbc.queryForObject("""
                select st_xmin(e), st_ymin(e), st_xmax(e), st_ymax(e)
                  from (select st_extent(geom)::box2d as e from parcel where deleted_at is null) x
                """, (rs, i) -> rs.getObject(1) == null ? new double[]{-180, -85.0511, 180, 85.0511}
                : new double[]{rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)});
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().path("/tiles/parcels").build().toUriString();

        ObjectNode doc = json.createObjectNode();
        doc.put("tilejson", "3.0.0");
        doc.put("name", texts.t("tilejson.parcels.name"));
        doc.put("description", texts.t("tilejson.parcels.description"));
        doc.put("attribution", texts.t("tilejson.parcels.attribution"));
        doc.put("scheme", "xyz");
        doc.putArray("tiles").add(base + "/{z}/{x}/{y}.mvt");
        doc.put("minzoom", MIN_ZOOM);
        doc.put("maxzoom", MAX_ZOOM);
        ArrayNode box = doc.putArray("bounds");
        for (double b : bounds) {
            box.add(Math.round(b * 1e6) / 1e6);
        }
        doc.putArray("center").add(Math.round((bounds[0] + bounds[2]) / 2 * 1e6) / 1e6)
                .add(Math.round((bounds[1] + bounds[3]) / 2 * 1e6) / 1e6).add(12);
        ObjectNode layer = doc.putArray("vector_layers").addObject();
        layer.put("id", "parcels");
        layer.put("description", texts.t("tilejson.parcels.layer"));
        layer.put("minzoom", MIN_ZOOM);
        layer.put("maxzoom", MAX_ZOOM);
        ObjectNode fields = layer.putObject("fields");
        // the types, as tippecanoe, GDAL and QGIS read them (TileJSON leaves the text free)
        fields.put("code", "String");
        fields.put("name", "String");
        fields.put("status", "String");
        fields.put("purpose", "String");
        fields.put("illustrative", "Boolean");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).cacheControl(CacheControl.noCache())
                .body(json.writeValueAsString(doc));
    }
}
