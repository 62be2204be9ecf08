package org.actionmap.dashboard.report;

import org.actionmap.plan.PlanService;
import org.actionmap.security.CurrentUser;
import org.actionmap.security.SignedInUser;
import org.springframework.stereotype.Service;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The monthly report for signed-in users: generating this month's report on demand in their language, and the kept
 * reports to download. Every signed-in user may read reports (leaders, staff, administrators): they hold nothing a
 * user cannot already see in the plan's pages.
 */
@Service
public class MonthlyReportService {

    private final ReportGenerator generator;
    private final ReportArchive archive;
    private final CurrentUser currentUser;
    private final PlanService plan;
    /**
     * Reports are drawn one at a time, off the request threads: a report takes seconds of CPU, and on two cores a
     * queue is kinder to everyone else than several reports at once.
     */
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "monthly-report");
        thread.setDaemon(true);
        return thread;
    });

    MonthlyReportService(ReportGenerator generator, ReportArchive archive, CurrentUser currentUser, PlanService plan) {
        this.generator = generator;
        this.archive = archive;
        this.currentUser = currentUser;
        this.plan = plan;
    }

    /**
     * Generates a month's report (PDF and workbook) in a language (the one the user reads the portal in), in the
     * background, and keeps both. The user is checked now, on the caller's thread, where the sign-in is known.
     */
    public CompletableFuture<List<StoredReport>> generate(int month, Locale language) {
        SignedInUser user = currentUser.require();
        Locale locale = "zh".equals(language.getLanguage()) ? Locale.forLanguageTag("zh-CN") : Locale.ENGLISH;
        return CompletableFuture.supplyAsync(() -> {
            ReportGenerator.Generated generated = generator.generate(month, locale,
                    EnumSet.allOf(ReportFormat.class), user.displayName());
            List<StoredReport> kept = new ArrayList<>();
            generated.files().forEach((format, bytes) -> archive.keep(generated.planId(), generated.month(),
                    locale, format, bytes, user.username(), false).ifPresent(kept::add));
            return kept;
        }, worker);
    }

    /** The reports the month-end job kept for the active plan, latest month first. */
    public List<StoredReport> monthEndReports() {
        currentUser.require();
        return plan.figuresAsOf().map(date -> archive.automatic(date.getYear())).orElse(List.of());
    }

    /** A kept report's bytes, for a signed-in user. */
    public Optional<byte[]> content(long id) {
        currentUser.require();
        return archive.content(id);
    }

    public Optional<StoredReport> find(long id) {
        currentUser.require();
        return archive.find(id);
    }

    /** The active plan's year (0 without a plan), to name a report's month. */
    public int year() {
        return plan.figuresAsOf().map(java.time.LocalDate::getYear).orElse(0);
    }

    /** The last month a report can stand at: the one holding the reporting date (0 without a plan). */
    public int latestMonth() {
        return plan.figuresAsOf().map(java.time.LocalDate::getMonthValue).orElse(0);
    }

    /** Runs a task on the report worker: the month-end job's start-up run, so that it never delays start-up. */
    void runInBackground(Runnable task) {
        worker.execute(task);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
