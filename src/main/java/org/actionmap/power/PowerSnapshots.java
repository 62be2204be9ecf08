package org.actionmap.power;

import org.actionmap.collaboration.SnapshotSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** How power features are kept in the change log: their rows and geometry, a substation with its milestones. */
@Configuration
public class PowerSnapshots {

    public static final String SUBSTATION = "substation";
    public static final String POWER_LINE = "power_line";
    public static final String RURAL_AREA = "rural_area";

    @Bean
    SnapshotSource substationSnapshots(JdbcTemplate jdbc) {
        return SnapshotSource.ofTable(jdbc, SUBSTATION, "substation", true, """
                'milestones', (select jsonb_object_agg(m.milestone, jsonb_build_object('planned', m.planned_on,
                                   'actual', m.actual_on, 'note', m.note))
                                 from substation_milestone m where m.substation_id = t.id)
                """);
    }

    @Bean
    SnapshotSource powerLineSnapshots(JdbcTemplate jdbc) {
        return SnapshotSource.ofTable(jdbc, POWER_LINE, "power_line", true, null);
    }

    @Bean
    SnapshotSource ruralAreaSnapshots(JdbcTemplate jdbc) {
        return SnapshotSource.ofTable(jdbc, RURAL_AREA, "rural_area", true, null);
    }
}
