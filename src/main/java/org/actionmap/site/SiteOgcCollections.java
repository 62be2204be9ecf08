package org.actionmap.site;

import org.actionmap.ogc.FeatureCollectionSource;
import org.actionmap.ogc.OgcCollection;
import org.actionmap.ogc.OgcCollection.Queryable;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The plan's other sites in the OGC API: points and outlines in one collection (GeoJSON allows both), with kind,
 * status and its dates, responsible unit and township; deleted ones left out, filtered in time by their last change.
 */
@Component
class SiteOgcCollections implements FeatureCollectionSource {

    private static final String SITES = """
            select s.id, s.geom, s.updated_at, s.code, s.kind, s.status, u.code as unit,
                   json_build_object('code', s.code, 'name_zh', s.name_zh, 'name_en', s.name_en, 'kind', s.kind,
                       'status', s.status, 'started_on', s.started_on, 'completed_on', s.completed_on,
                       'opened_on', s.opened_on, 'unit', u.code, 'unit_name_zh', u.name_zh, 'unit_name_en', u.name_en,
                       'township', t.code, 'township_name_zh', t.name_zh, 'township_name_en', t.name_en,
                       'area_m2', round(s.area_m2::numeric, 1), 'illustrative', s.illustrative,
                       'updated_at', s.updated_at) as properties
              from site s
              join org_unit u on u.id = s.responsible_unit_id
              left join org_unit t on t.id = s.township_id
             where s.deleted_at is null
            """;

    @Override
    public List<OgcCollection> ogcCollections() {
        return List.of(new OgcCollection("sites", "ogc.collection.sites", "Geometry", SITES, true, List.of(
                Queryable.text("code"),
                Queryable.oneOf("kind", SiteKind.class),
                Queryable.oneOf("status", SiteStatus.class),
                Queryable.text("unit"))));
    }
}
