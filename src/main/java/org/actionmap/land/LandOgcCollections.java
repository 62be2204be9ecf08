package org.actionmap.land;

import org.actionmap.ogc.FeatureCollectionSource;
import org.actionmap.ogc.OgcCollection;
import org.actionmap.ogc.OgcCollection.Queryable;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Parcels and zones in the OGC API for QGIS and GDAL: the live parcels (deleted ones left out) with their status,
 * purpose, zone, township and geodesic area, filtered in time by their last change; the zones, which carry no time.
 */
@Component
class LandOgcCollections implements FeatureCollectionSource {

    private static final String PARCELS = """
            select p.id, p.geom, p.updated_at, p.code, p.status, p.purpose, p.land_use, z.code as zone, t.code as township,
                   json_build_object('code', p.code, 'name', p.name, 'land_use', p.land_use, 'purpose', p.purpose,
                       'status', p.status, 'zone', z.code, 'zone_name_zh', z.name_zh, 'zone_name_en', z.name_en,
                       'township', t.code, 'township_name_zh', t.name_zh, 'township_name_en', t.name_en,
                       'area_m2', round(p.area_m2::numeric, 1), 'area_mu', round((p.area_m2 / (10000.0 / 15))::numeric, 2),
                       'illustrative', p.illustrative, 'updated_at', p.updated_at) as properties
              from parcel p
              left join zone z on z.id = p.zone_id
              left join org_unit t on t.id = p.township_id
             where p.deleted_at is null
            """;

    private static final String ZONES = """
            select z.id, z.geom, null::timestamptz as updated_at, z.code, z.kind,
                   json_build_object('code', z.code, 'kind', z.kind, 'name_zh', z.name_zh, 'name_en', z.name_en,
                       'area_m2', round(z.area_m2::numeric, 1), 'illustrative', z.illustrative) as properties
              from zone z
            """;

    @Override
    public List<OgcCollection> ogcCollections() {
        return List.of(
                new OgcCollection("parcels", "ogc.collection.parcels", "MultiPolygon", PARCELS, true, List.of(
                        Queryable.text("code"),
                        Queryable.oneOf("status", ParcelStatus.class),
                        Queryable.oneOf("purpose", ParcelPurpose.class),
                        Queryable.oneOf("land_use", LandUses.ALL),
                        Queryable.text("zone"),
                        Queryable.text("township"))),
                new OgcCollection("zones", "ogc.collection.zones", "MultiPolygon", ZONES, false, List.of(
                        Queryable.text("code"),
                        Queryable.oneOf("kind", List.of("EDZ_AREA", "TOWNSHIP_PARK", "TOWNSHIP")))));
    }
}
