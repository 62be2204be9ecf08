package org.actionmap.site;

import org.actionmap.collaboration.ObjectLinks;
import org.actionmap.collaboration.SnapshotSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** How a site is kept in the change log (its row, shape and tasks) and where it opens from a feed. */
@Configuration
public class SiteSnapshots {

    public static final String SITE = "site";

    @Bean
    SnapshotSource siteSnapshotSource(JdbcTemplate jdbc) {
        return SnapshotSource.ofTable(jdbc, SITE, "site", true, List.of(
                new SnapshotSource.Child("task_ids", "site_task", "site_id", "jsonb_agg(c.task_id order by c.task_id)")));
    }

    @Bean
    ObjectLinks siteLinks() {
        return (kind, code) -> SITE.equals(kind)
                ? Optional.of("sites?site=" + URLEncoder.encode(code, StandardCharsets.UTF_8)) : Optional.empty();
    }
}
