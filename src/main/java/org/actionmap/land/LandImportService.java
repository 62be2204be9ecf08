package org.actionmap.land;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.actionmap.security.OrgUnitService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;

/**
 * Loads zones and parcels from GeoJSON (WGS84) in one transaction. PostGIS computes every area geodesically and
 * assigns each parcel the zone that holds most of it and that zone's township. Used for the demo city's
 * illustrative data; the import wizard for survey files comes with its own issue.
 */
@Service
public class LandImportService {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;
    private final OrgUnitService units;

    LandImportService(JdbcTemplate jdbc, OrgUnitService units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    @Transactional(readOnly = true)
    public boolean isEmpty() {
        Integer zones = jdbc.queryForObject("select count(*) from zone", Integer.class);
        return zones == null || zones == 0;
    }

    /** Trusted seed data only: no permission check, no validation beyond what the database enforces. */
    @Transactional
    public int importTrusted(InputStream zones, InputStream parcels) throws IOException {
        for (JsonNode feature : JSON.readTree(zones).path("features")) {
            JsonNode p = feature.path("properties");
            Long unit = units.findByCode(p.path("unit").asText()).map(u -> u.id()).orElse(null);
            jdbc.update("""
                    insert into zone (code, kind, name_zh, name_en, unit_id, illustrative, area_m2, geom)
                    select ?, ?, ?, ?, ?, ?, st_area(g::geography), g
                      from (select st_multi(st_setsrid(st_geomfromgeojson(?), 4326)) as g) as input
                    """, p.path("code").asText(), p.path("kind").asText(), p.path("name_zh").asText(),
                    p.path("name_en").asText(), unit, p.path("illustrative").asBoolean(), feature.path("geometry").toString());
        }
        int count = 0;
        for (JsonNode feature : JSON.readTree(parcels).path("features")) {
            JsonNode p = feature.path("properties");
            Long id = jdbc.queryForObject("""
                    insert into parcel (code, name, land_use, purpose, status, illustrative, area_m2, geom)
                    select ?, ?, ?, ?, ?, ?, st_area(g::geography), g
                      from (select st_multi(st_setsrid(st_geomfromgeojson(?), 4326)) as g) as input
                    returning id
                    """, Long.class, p.path("code").asText(), p.path("name").asText(), p.path("land_use").asText(),
                    p.path("purpose").asText(), p.path("status").asText(), p.path("illustrative").asBoolean(),
                    feature.path("geometry").toString());
            for (JsonNode task : p.path("tasks")) {
                // the task of that number in the latest plan: the demo's parcels serve the plan it loads with them
                jdbc.update("""
                        insert into parcel_task (parcel_id, task_id)
                        select ?, t.id from plan_task t join plan pl on pl.id = t.plan_id
                         where t.number = ? order by pl.year desc, pl.id desc limit 1
                        """, id, task.asInt());
            }
            for (Iterator<Map.Entry<String, JsonNode>> steps = p.path("steps").fields(); steps.hasNext(); ) {
                Map.Entry<String, JsonNode> step = steps.next();
                jdbc.update("insert into parcel_status_step (parcel_id, status, reached_on) values (?, ?, ?)",
                        id, step.getKey(), Date.valueOf(LocalDate.parse(step.getValue().asText())));
            }
            count++;
        }
        assignZones();
        return count;
    }

    /** Zone and township from the geometry, by the same rule as an edited parcel. */
    private void assignZones() {
        jdbc.update(GeometryCheck.PLACE_PARCELS.replace("src.id = any(?::bigint[])", "src.deleted_at is null"));
    }
}
