package org.actionmap.power;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.actionmap.common.UserMessageException;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * What a drawn substation or line must be before it is stored, checked by PostGIS: readable GeoJSON of the right
 * type, a line of at least two distinct points within sensible lengths, and a place in the county (where township
 * outlines are loaded): a substation inside it, a line crossing it (a trunk line may run on beyond the border).
 */
@Component
class PowerGeometry {

    /** The drawn geometry as PostGIS reads it; the one place that says how GeoJSON from the form is parsed. */
    static final String INPUT = "st_setsrid(st_geomfromgeojson(?), 4326)";

    static final double MIN_LINE_M = 10;
    static final double MAX_LINE_M = 300_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;

    PowerGeometry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Checks a substation's point; refuses with the first problem found. */
    void checkPoint(String geoJson) {
        Map<String, Object> facts = facts(geoJson);
        if (!"ST_Point".equals(facts.get("type"))) {
            throw new UserMessageException("power.error.geometry-not-point");
        }
        if (Boolean.FALSE.equals(facts.get("in_county"))) {
            throw new UserMessageException("power.error.substation-outside");
        }
    }

    /** Checks a line and returns its geodesic length in metres, as it will be stored. */
    double checkLine(String geoJson) {
        Map<String, Object> facts = facts(geoJson);
        Object type = facts.get("type");
        if (!"ST_LineString".equals(type) && !"ST_MultiLineString".equals(type)) {
            throw new UserMessageException("power.error.geometry-not-line");
        }
        double length = ((Number) facts.get("length_m")).doubleValue();
        if (((Number) facts.get("points")).intValue() < 2 || length < MIN_LINE_M) {
            throw new UserMessageException("power.error.line-too-short", (int) MIN_LINE_M);
        }
        if (length > MAX_LINE_M) {
            throw new UserMessageException("power.error.line-too-long", (int) (MAX_LINE_M / 1000));
        }
        if (Boolean.FALSE.equals(facts.get("in_county"))) {
            throw new UserMessageException("power.error.line-outside");
        }
        return length;
    }

    /** A GeoJSON point or line whose coordinates are arrays of two or three finite numbers, nested as its type says. */
    static boolean wellFormed(String geoJson) {
        try {
            JsonNode node = JSON.readTree(geoJson);
            int depth = switch (node.path("type").asText()) {
                case "Point" -> 0;
                case "LineString" -> 1;
                case "MultiLineString" -> 2;
                default -> -1;
            };
            return depth >= 0 && positions(node.path("coordinates"), depth);
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static boolean positions(JsonNode node, int depth) {
        if (!node.isArray() || node.isEmpty()) {
            return false;
        }
        if (depth == 0) {
            if (node.size() < 2 || node.size() > 3) {
                return false;
            }
            for (JsonNode n : node) {
                if (!n.isNumber() || !Double.isFinite(n.asDouble())) {
                    return false;
                }
            }
            return true;
        }
        for (JsonNode child : node) {
            if (!positions(child, depth - 1)) {
                return false;
            }
        }
        return true;
    }

    private Map<String, Object> facts(String geoJson) {
        if (geoJson == null || geoJson.isBlank()) {
            throw new UserMessageException("power.error.geometry-missing");
        }
        if (!wellFormed(geoJson)) {
            // refused before PostGIS sees it: a parse error there would abort the caller's whole transaction
            throw new UserMessageException("power.error.geometry-unreadable");
        }
        Map<String, Object> facts;
        try {
            // in_county is null where no township outlines are loaded: nothing to check against
            facts = jdbc.queryForMap("""
                    select st_geometrytype(g) as type, st_npoints(st_removerepeatedpoints(g)) as points,
                           st_xmin(g) >= -180 and st_xmax(g) <= 180 and st_ymin(g) >= -90 and st_ymax(g) <= 90 as lon_lat,
                           case when st_xmin(g) >= -180 and st_xmax(g) <= 180 and st_ymin(g) >= -90 and st_ymax(g) <= 90
                                then st_length(g::geography) else 0 end as length_m,
                           case when not exists (select 1 from zone where kind = 'TOWNSHIP') then null
                                else exists (select 1 from zone z where z.kind = 'TOWNSHIP' and st_intersects(z.geom, g)) end as in_county
                      from (select %s as g) as input
                    """.formatted(INPUT), geoJson);
        } catch (DataAccessException e) {
            throw new UserMessageException("power.error.geometry-unreadable");
        }
        if (!Boolean.TRUE.equals(facts.get("lon_lat"))) {
            throw new UserMessageException("power.error.geometry-not-lon-lat");
        }
        return facts;
    }
}
