package org.actionmap.land;

import org.actionmap.collaboration.SnapshotSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How land objects are kept in the change log: a parcel's row, outline, dated status steps and linked tasks; a zone's
 * row and outline.
 */
@Configuration
public class LandSnapshots {

    public static final String PARCEL = "parcel";
    public static final String ZONE = "zone";

    @Bean
    SnapshotSource parcelSnapshots(JdbcTemplate jdbc) {
        return SnapshotSource.ofTable(jdbc, PARCEL, "parcel", true, """
                'steps', (select jsonb_object_agg(s.status, s.reached_on) from parcel_status_step s where s.parcel_id = t.id),
                'task_ids', (select jsonb_agg(pt.task_id order by pt.task_id) from parcel_task pt where pt.parcel_id = t.id)
                """);
    }

    @Bean
    SnapshotSource zoneSnapshots(JdbcTemplate jdbc) {
        return SnapshotSource.ofTable(jdbc, ZONE, "zone", true, null);
    }
}
