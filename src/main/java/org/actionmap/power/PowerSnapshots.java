package org.actionmap.power;

import org.actionmap.collaboration.SnapshotSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/** How power features are kept in the change log: their rows and geometry, a substation with its milestones. */
@Configuration
public class PowerSnapshots {

    public static final String SUBSTATION = "substation";
    public static final String POWER_LINE = "power_line";
    public static final String RURAL_AREA = "rural_area";

    @Bean
    SnapshotSource substationSnapshots(JdbcTemplate jdbc) {
        return SnapshotSource.ofTable(jdbc, SUBSTATION, "substation", true, List.of(
                new SnapshotSource.Child("milestones", "substation_milestone", "substation_id",
                        "jsonb_object_agg(c.milestone, jsonb_build_object('planned', c.planned_on, 'actual', c.actual_on, 'note', c.note))")));
    }

    @Bean
    SnapshotSource powerLineSnapshots(JdbcTemplate jdbc) {
        return SnapshotSource.ofTable(jdbc, POWER_LINE, "power_line", true, List.of());
    }

    @Bean
    SnapshotSource ruralAreaSnapshots(JdbcTemplate jdbc) {
        return SnapshotSource.ofTable(jdbc, RURAL_AREA, "rural_area", true, List.of());
    }
}
