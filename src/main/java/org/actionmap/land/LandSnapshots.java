package org.actionmap.land;

import org.actionmap.collaboration.SnapshotSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

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
        return SnapshotSource.ofTable(jdbc, PARCEL, "parcel", true, List.of(
                new SnapshotSource.Child("steps", "parcel_status_step", "parcel_id", "jsonb_object_agg(c.status, c.reached_on)"),
                new SnapshotSource.Child("task_ids", "parcel_task", "parcel_id", "jsonb_agg(c.task_id order by c.task_id)")));
    }

    @Bean
    SnapshotSource zoneSnapshots(JdbcTemplate jdbc) {
        return SnapshotSource.ofTable(jdbc, ZONE, "zone", true, List.of());
    }
}
