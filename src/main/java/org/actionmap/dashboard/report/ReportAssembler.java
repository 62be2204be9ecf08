package org.actionmap.dashboard.report;

import org.actionmap.common.UserMessageException;
import org.actionmap.plan.PlanStanding;
import org.actionmap.plan.PlanService;
import org.actionmap.plan.ProgressEntryInfo;
import org.actionmap.plan.QuantityFormat;
import org.actionmap.plan.TargetInfo;
import org.actionmap.plan.TargetProgress;
import org.actionmap.plan.TargetStatus;
import org.actionmap.security.OrgUnitInfo;
import org.actionmap.security.OrgUnitService;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Puts a month's report together from the plan's standing at the month's end: what it says, not how it looks. */
@Component
class ReportAssembler {

    private final PlanService plan;
    private final OrgUnitService units;
    private final ReportMaps maps;

    ReportAssembler(PlanService plan, OrgUnitService units, ReportMaps maps) {
        this.plan = plan;
        this.units = units;
        this.maps = maps;
    }

    /**
     * @param generatedBy the person who asked for it, or null for the month-end job
     */
    MonthlyReport assemble(int month, Locale locale, String generatedBy, Instant generatedAt) {
        PlanStanding standing = plan.standingAsOf(month)
                .orElseThrow(() -> new UserMessageException("report.error.no-plan"));
        ReportText text = new ReportText(locale);
        Map<Long, OrgUnitInfo> unitsById = units.byId();
        Map<Integer, List<PlanStanding.TargetStanding>> byTask = standing.targets().stream()
                .collect(Collectors.groupingBy(s -> s.target().taskNumber()));
        List<MonthlyReport.TaskSection> sections = new ArrayList<>();
        List<MonthlyReport.Lagging> lagging = new ArrayList<>();
        boolean aMonthIsDue = lastDueMonth(standing) >= 1;
        for (PlanStanding.Task task : standing.tasks()) {
            String responsible = names(task.responsibleUnitIds(), unitsById, locale);
            List<MonthlyReport.TargetRow> rows = byTask.getOrDefault(task.number(), List.of()).stream()
                    .map(s -> row(s, text, unitsById)).toList();
            for (MonthlyReport.TargetRow row : rows) {
                // behind, or not reported although a month's report was due by then
                if (row.status() == TargetStatus.BEHIND || (row.status() == TargetStatus.NOT_REPORTED && aMonthIsDue)) {
                    lagging.add(new MonthlyReport.Lagging(row, task.number(), responsible));
                }
            }
            sections.add(new MonthlyReport.TaskSection(task.number(), task.title(locale), responsible,
                    counts(rows.stream().map(MonthlyReport.TargetRow::status).toList()), rows));
        }
        Map<TargetStatus, Long> counts = counts(standing.targets().stream().map(s -> s.progress().status()).toList());
        MonthlyReport.Features features = maps.featuresAsOf(standing.asOf());
        List<ProgressEntryInfo> entries = plan.currentEntries().stream()
                .filter(e -> e.month() <= standing.month()).toList();
        Map<Long, String> unitNames = unitsById.values().stream()
                .collect(Collectors.toMap(OrgUnitInfo::id, u -> u.name(locale)));
        String by = generatedBy == null ? text.t("report.generated-automatically") : generatedBy;
        return new MonthlyReport(locale, standing, standing.title(locale),
                QuantityFormat.month(standing.year(), standing.month(), locale),
                standing.asOf().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)),
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault()).format(generatedAt),
                by, counts, sections, lagging, maps.pages(standing, features, text), entries, features, unitNames);
    }

    /** The last month whose report was due by the standing's date: the month itself once it has ended. */
    static int lastDueMonth(PlanStanding standing) {
        boolean ended = standing.asOf().equals(YearMonth.of(standing.year(), standing.month()).atEndOfMonth());
        return ended ? standing.month() : standing.month() - 1;
    }

    private MonthlyReport.TargetRow row(PlanStanding.TargetStanding s, ReportText text, Map<Long, OrgUnitInfo> unitsById) {
        TargetProgress p = s.progress();
        TargetInfo t = p.target();
        Locale locale = text.locale();
        boolean noFigure = p.status() == TargetStatus.NOT_REPORTED || p.status() == TargetStatus.AWAITING_MAP;
        Double percent = noFigure || !ReportText.hasShare(t) || p.actual() == null ? null : share(p.actual(), t.value());
        Double expectedPercent = !ReportText.hasShare(t) || p.expectedByNow() == null ? null
                : share(p.expectedByNow(), t.value());
        OrgUnitInfo reporter = unitsById.get(t.reporterUnitId());
        return new MonthlyReport.TargetRow(s, t.code(), t.name(locale), text.aim(t),
                noFigure ? "—" : QuantityFormat.format(p.actual(), t, locale),
                percent == null ? "—" : percentText(percent, locale),
                QuantityFormat.format(p.expectedByNow(), t, locale),
                p.status(), text.t("status." + p.status().name()),
                reporter == null ? "—" : reporter.name(locale), percent, expectedPercent, t.unit(locale));
    }

    static String percentText(double percent, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(0);
        return format.format(percent) + "%";
    }

    private static double share(BigDecimal part, BigDecimal whole) {
        return part.divide(whole, MathContext.DECIMAL64).doubleValue() * 100;
    }

    private static Map<TargetStatus, Long> counts(Collection<TargetStatus> statuses) {
        Map<TargetStatus, Long> counts = new EnumMap<>(TargetStatus.class);
        for (TargetStatus status : TargetStatus.values()) {
            counts.put(status, statuses.stream().filter(s -> s == status).count());
        }
        return counts;
    }

    private static String names(List<Long> ids, Map<Long, OrgUnitInfo> unitsById, Locale locale) {
        return ids.stream().map(unitsById::get).filter(java.util.Objects::nonNull).map(u -> u.name(locale))
                .collect(Collectors.joining(separator(locale)));
    }

    /** Names joined as each language lists them: 、 in Chinese, a comma in English. */
    static String separator(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? "、" : ", ";
    }
}
