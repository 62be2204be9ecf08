package org.actionmap.power;

import org.actionmap.ogc.FeatureCollectionSource;
import org.actionmap.ogc.OgcCollection;
import org.actionmap.ogc.OgcCollection.Queryable;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Substations (with the last milestone reached) and power lines (with their geodesic length) in the OGC API; deleted
 * ones left out, filtered in time by their last change.
 */
@Component
class PowerOgcCollections implements FeatureCollectionSource {

    private static final String REACHED = """
            coalesce((select m.milestone from substation_milestone m
                       where m.substation_id = s.id and m.actual_on is not null
                       order by array_position(array['PLANNED', 'APPROVED', 'CONSTRUCTION_STARTED', 'COMPLETED',
                                                     'IN_OPERATION']::varchar[], m.milestone) desc limit 1), 'NONE')""";

    private static final String SUBSTATIONS = """
            select s.id, s.geom, s.updated_at, s.code, s.kind, s.voltage_kv, s.reached,
                   json_build_object('code', s.code, 'name_zh', s.name_zh, 'name_en', s.name_en, 'voltage_kv', s.voltage_kv,
                       'kind', s.kind, 'capacity_mva', s.capacity_mva, 'reached', s.reached,
                       'illustrative', s.illustrative, 'updated_at', s.updated_at) as properties
              from (select s.*, %s as reached from substation s where s.deleted_at is null) s
            """.formatted(REACHED);

    private static final String POWER_LINES = """
            select l.id, l.geom, l.updated_at, l.code, l.kind, l.status, l.voltage_kv,
                   json_build_object('code', l.code, 'name_zh', l.name_zh, 'name_en', l.name_en, 'voltage_kv', l.voltage_kv,
                       'kind', l.kind, 'status', l.status, 'completed_on', l.completed_on,
                       'length_km', round((l.length_m / 1000)::numeric, 3),
                       'illustrative', l.illustrative, 'updated_at', l.updated_at) as properties
              from power_line l
             where l.deleted_at is null
            """;

    @Override
    public List<OgcCollection> ogcCollections() {
        List<String> reached = new ArrayList<>(List.of("NONE"));
        for (Milestone m : Milestone.values()) {
            reached.add(m.name());
        }
        return List.of(
                new OgcCollection("substations", "ogc.collection.substations", "Point", SUBSTATIONS, true, List.of(
                        Queryable.text("code"),
                        Queryable.oneOf("kind", List.of("NEW", "EXPANSION")),
                        Queryable.integer("voltage_kv"),
                        Queryable.oneOf("reached", reached))),
                new OgcCollection("power-lines", "ogc.collection.power-lines", "MultiLineString", POWER_LINES, true, List.of(
                        Queryable.text("code"),
                        Queryable.oneOf("kind", List.of("NEW", "RENOVATION")),
                        Queryable.oneOf("status", List.of("PLANNED", "UNDER_CONSTRUCTION", "COMPLETED")),
                        Queryable.integer("voltage_kv"))));
    }
}
