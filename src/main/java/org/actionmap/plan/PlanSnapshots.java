package org.actionmap.plan;

import org.actionmap.collaboration.SnapshotSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** How a progress entry is kept in the change log: the entry with its target's code and the unit it reports for. */
@Configuration
public class PlanSnapshots {

    public static final String PROGRESS_ENTRY = "progress_entry";
    /** Comment subjects of the plan: a task by its number, a target by its code. */
    public static final String TASK = "task";
    public static final String TARGET = "target";

    @Bean
    SnapshotSource progressEntrySnapshots(JdbcTemplate jdbc) {
        return SnapshotSource.ofTable(jdbc, PROGRESS_ENTRY, "progress_entry", false,
                "'code', tg.code, 'name_zh', tg.name_zh, 'name_en', tg.name_en",
                "join target tg on tg.id = t.target_id");
    }
}
