package org.actionmap.collaboration;

import org.actionmap.land.ParcelDetails;
import org.actionmap.land.ParcelDraft;
import org.actionmap.land.ParcelEditService;
import org.actionmap.land.ParcelService;
import org.actionmap.security.RunAs;

/** A change a colleague makes in the tests: the zone's staff rename a parcel (and name it back afterwards). */
final class Renames {

    private Renames() {
    }

    static ParcelDetails rename(RunAs runAs, ParcelService parcels, ParcelEditService edit, String code, String name) {
        return runAs.user("land", () -> {
            ParcelDetails p = parcels.findByCode(code).orElseThrow();
            return edit.save(new ParcelDraft(p.id(), p.version(), p.code(), name, p.landUse(), p.purpose(), p.status(),
                    p.steps(), p.taskIds(), p.notes(), parcels.geometry(p.id()).orElseThrow()));
        });
    }

    /** An EDZ parcel of the demo city that the land bureau may edit. */
    static String anEdzParcel(org.springframework.jdbc.core.JdbcTemplate jdbc) {
        return jdbc.queryForObject("""
                select p.code from parcel p join zone z on z.id = p.zone_id
                 where z.kind = 'EDZ_AREA' and p.deleted_at is null order by p.code limit 1
                """, String.class);
    }
}
