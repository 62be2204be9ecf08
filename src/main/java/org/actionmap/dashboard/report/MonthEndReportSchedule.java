package org.actionmap.dashboard.report;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the month-end reports daily and once after start-up, on the report worker so that start-up never waits for
 * it (a server that was down at a month's end catches up when it starts). {@code actionmap.reports.automatic=false}
 * switches it off, as the tests do: every test context would otherwise draw the demo year's reports.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "actionmap.reports.automatic", havingValue = "true", matchIfMissing = true)
class MonthEndReportSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(MonthEndReportSchedule.class);

    private final MonthEndReports reports;
    private final MonthlyReportService service;

    MonthEndReportSchedule(MonthEndReports reports, MonthlyReportService service) {
        this.reports = reports;
        this.service = service;
    }

    @EventListener(ApplicationReadyEvent.class)
    void afterStartUp() {
        service.runInBackground(this::run);
    }

    @Scheduled(cron = "${actionmap.reports.cron:0 20 1 * * *}")
    void daily() {
        run();
    }

    private void run() {
        try {
            int kept = reports.produceMissing();
            if (kept > 0) {
                LOG.info("kept {} month-end reports", kept);
            }
        } catch (RuntimeException e) {
            // the next day's run tries again; a report that failed must not stop the scheduler
            LOG.warn("month-end reports failed", e);
        }
    }
}
