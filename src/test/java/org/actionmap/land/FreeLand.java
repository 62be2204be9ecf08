package org.actionmap.land;

import org.springframework.jdbc.core.JdbcTemplate;

/** Test geometry: squares inside a zone that touch no parcel, so a test can draw a parcel that passes every check. */
final class FreeLand {

    private FreeLand() {
    }

    /** A square of 2 × half degrees each side inside the zone, clear of every live parcel by half its size. */
    static String square(JdbcTemplate jdbc, String zoneCode, double half) {
        return jdbc.queryForObject("""
                select st_asgeojson(st_expand(pt, ?), 7)
                  from (select (st_dump(st_generatepoints(z.geom, 400, 7))).geom as pt from zone z where z.code = ?) as c
                 where st_within(st_expand(pt, ?), (select geom from zone where code = ?))
                   and not exists (select 1 from parcel p where p.deleted_at is null and p.geom && st_expand(pt, ? * 1.5))
                 limit 1
                """, String.class, half, zoneCode, half, zoneCode, half);
    }
}
