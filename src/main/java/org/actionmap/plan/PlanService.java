package org.actionmap.plan;

import org.actionmap.plan.PlanViews.*;
import org.actionmap.security.AccessRules;
import org.actionmap.security.CurrentUser;
import org.actionmap.security.OrgUnitService;
import org.actionmap.security.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.*;
import java.util.stream.Collectors;

/** Reads the active plan: tasks, requirements, targets and where each target stands at the reporting date. */
@Service
public class PlanService {

    private final PlanRepository plans;
    private final PlanTaskRepository tasks;
    private final TargetRepository targets;
    private final ProgressEntryRepository entries;
    private final ReportingCalendar calendar;
    private final CurrentUser currentUser;
    private final AccessRules rules;
    private final OrgUnitService units;
    private final List<MapFigures> mapFigures;

    PlanService(PlanRepository plans, PlanTaskRepository tasks, TargetRepository targets, ProgressEntryRepository entries,
                ReportingCalendar calendar, CurrentUser currentUser, AccessRules rules, OrgUnitService units,
                List<MapFigures> mapFigures) {
        this.mapFigures = List.copyOf(mapFigures);
        this.plans = plans;
        this.tasks = tasks;
        this.targets = targets;
        this.entries = entries;
        this.calendar = calendar;
        this.currentUser = currentUser;
        this.rules = rules;
        this.units = units;
    }

    /** The most recent plan, with every task's roll-up of target states. */
    @Transactional(readOnly = true)
    public Optional<Overview> overview() {
        return plans.findFirstByOrderByYearDescIdDesc().map(plan -> {
            Map<Integer, List<TargetProgress>> byTask = evaluateAll(plan).stream()
                    .collect(Collectors.groupingBy(p -> p.target().taskNumber()));
            List<TaskRollUp> rollUps = tasks.findByPlan(plan.getId()).stream().map(task -> {
                List<TargetProgress> progress = byTask.getOrDefault(task.getNumber(), List.of());
                Map<TargetStatus, Long> counts = progress.stream()
                        .collect(Collectors.groupingBy(TargetProgress::status, () -> new EnumMap<>(TargetStatus.class), Collectors.counting()));
                return new TaskRollUp(task.getNumber(), task.getTitleZh(), task.getTitleEn(),
                        task.unitIds(TaskUnit.Role.RESPONSIBLE), task.unitIds(TaskUnit.Role.COOPERATING), counts, progress.size());
            }).toList();
            return new Overview(plan.getId(), plan.getYear(), plan.getTitleZh(), plan.getTitleEn(),
                    calendar.openMonth(plan.getYear()), calendar.dueMonth(plan.getYear()), rollUps);
        });
    }

    /** One task of the active plan with its requirements and each target's standing. */
    @Transactional(readOnly = true)
    public Optional<TaskDetail> task(int number) {
        return plans.findFirstByOrderByYearDescIdDesc().flatMap(plan -> tasks.findByPlanAndNumber(plan.getId(), number).map(task -> {
            Map<Long, List<TargetProgress>> byRequirement = new HashMap<>();
            List<Target> all = targets.findByPlan(plan.getId()).stream().filter(t -> t.getTask().getId().equals(task.getId())).toList();
            Map<Long, Map<Long, SortedMap<Integer, BigDecimal>>> shares = currentShares(plan);
            Map<Long, Integer> groupSizes = units.groupSizes();
            int elapsed = calendar.dueMonth(plan.getYear());
            Optional<AccessRules.Scope> scope = currentUser.get().map(rules::scope);
            Set<Long> reportable = new HashSet<>();
            for (Target t : all) {
                byRequirement.computeIfAbsent(t.getRequirement().getId(), k -> new ArrayList<>())
                        .add(evaluate(t, shares, elapsed, groupSizes));
                if (t.getMeasure() == MeasureKind.REPORTED
                        && scope.flatMap(sc -> sc.reportingUnit(t.getReporterUnitId())).isPresent()) {
                    reportable.add(t.getId());
                }
            }
            List<RequirementDetail> requirements = task.getRequirements().stream()
                    .map(r -> new RequirementDetail(r.getNumber(), r.getText(), byRequirement.getOrDefault(r.getId(), List.of())))
                    .toList();
            return new TaskDetail(plan.getYear(), calendar.openMonth(plan.getYear()), elapsed, task.getNumber(),
                    task.getTitleZh(), task.getTitleEn(), task.unitIds(TaskUnit.Role.RESPONSIBLE),
                    task.unitIds(TaskUnit.Role.COOPERATING), requirements, reportable);
        }));
    }

    /**
     * The targets of the tasks the signed-in user's unit is responsible or cooperating for, and every target it reports.
     * Those the unit reports come first (the ones still missing the due month's report at the top), then the
     * targets it only follows.
     */
    @Transactional(readOnly = true)
    public List<UnitTarget> myTargets() {
        SignedInUser me = currentUser.require();
        Optional<Plan> active = plans.findFirstByOrderByYearDescIdDesc();
        if (active.isEmpty() || me.unitId() == null) {
            return List.of();
        }
        Plan plan = active.get();
        int due = calendar.dueMonth(plan.getYear());
        AccessRules.Scope scope = rules.scope(me);
        Map<Long, Map<Long, SortedMap<Integer, BigDecimal>>> shares = currentShares(plan);
        Map<Long, Integer> groupSizes = units.groupSizes();
        List<UnitTarget> result = new ArrayList<>();
        for (Target t : targets.findByPlan(plan.getId())) {
            Optional<Long> myShare = scope.reportingUnit(t.getReporterUnitId());
            boolean reportsIt = myShare.isPresent();
            if (!reportsIt && !scope.mayWriteFor(t.getTask().unitsInCharge())) {
                continue;
            }
            boolean reported = t.getMeasure() == MeasureKind.REPORTED;
            boolean dueReported = due == 0 || !reported || myShare
                    .map(unit -> shares.getOrDefault(t.getId(), Map.of()).getOrDefault(unit, new TreeMap<>()).containsKey(due))
                    .orElse(true);
            result.add(new UnitTarget(evaluate(t, shares, due, groupSizes), t.getTask().getTitleZh(), t.getTask().getTitleEn(),
                    reportsIt, reportsIt && reported, dueReported));
        }
        result.sort(java.util.Comparator.comparing((UnitTarget u) -> !u.reportedByMyUnit())
                .thenComparing(u -> !u.mayReport())
                .thenComparing(UnitTarget::dueReported)
                .thenComparing(u -> u.progress().target().taskNumber()));
        return result;
    }

    /** A target of the active plan by its catalogue code, with its task number, for a link or a label. */
    @Transactional(readOnly = true)
    public Optional<TargetInfo> target(String code) {
        // one target, not the whole plan's: links and labels ask for this on every live refresh of every open page
        return plans.findFirstByOrderByYearDescIdDesc().flatMap(plan -> targets.findByPlanAndCode(plan.getId(), code))
                .map(Target::toInfo);
    }

    /** The year of the active plan, and the date its figures stand at (the reporting date, at most the year's end). */
    @Transactional(readOnly = true)
    public Optional<java.time.LocalDate> figuresAsOf() {
        return plans.findFirstByOrderByYearDescIdDesc().map(plan -> {
            java.time.LocalDate today = calendar.today();
            return today.getYear() > plan.getYear() ? java.time.LocalDate.of(plan.getYear(), 12, 31) : today;
        });
    }

    /** Whether every id names a task (what a feature's form links it to); true for none. */
    @Transactional(readOnly = true)
    public boolean tasksExist(java.util.Set<Long> taskIds) {
        return taskIds.isEmpty() || tasks.countByIdIn(taskIds) == taskIds.size();
    }

    /** The tasks of the active plan in order, to link features to. */
    @Transactional(readOnly = true)
    public List<TaskRef> tasks() {
        return plans.findFirstByOrderByYearDescIdDesc().map(plan -> tasks.findByPlan(plan.getId()).stream()
                .map(t -> new TaskRef(t.getId(), t.getNumber(), t.getTitleZh(), t.getTitleEn())).toList()).orElse(List.of());
    }

    /** Every target of the plan with its standing, in task and requirement order. */
    @Transactional(readOnly = true)
    public List<TargetProgress> allTargets() {
        return plans.findFirstByOrderByYearDescIdDesc().map(this::evaluateAll).orElse(List.of());
    }

    /**
     * The plan as it stood at the end of a month of its year (clamped to the months up to the reporting date; in the
     * month holding the reporting date, at that date): reported figures for the months up to it, corrections included,
     * and computed figures from the map features by the dates their steps were reached.
     */
    @Transactional(readOnly = true)
    public Optional<PlanStanding> standingAsOf(int month) {
        return plans.findFirstByOrderByYearDescIdDesc().map(plan -> standing(plan, month));
    }

    /** Every current progress entry of the active plan, oldest month first, for lists and workbooks. */
    @Transactional(readOnly = true)
    public List<ProgressEntryInfo> currentEntries() {
        return plans.findFirstByOrderByYearDescIdDesc().map(plan -> entries.findCurrentByPlan(plan.getId()).stream()
                .map(ProgressEntry::toInfo)
                .sorted(java.util.Comparator.comparing(ProgressEntryInfo::targetId).thenComparing(ProgressEntryInfo::month)
                        .thenComparing(ProgressEntryInfo::unitId))
                .toList()).orElse(List.of());
    }

    private PlanStanding standing(Plan plan, int requestedMonth) {
        int year = plan.getYear();
        int latest = Math.max(1, calendar.openMonth(year));
        int month = Math.max(1, Math.min(requestedMonth, latest));
        java.time.LocalDate monthEnd = java.time.YearMonth.of(year, month).atEndOfMonth();
        java.time.LocalDate today = calendar.today();
        java.time.LocalDate asOf = today.isBefore(monthEnd) ? today : monthEnd;
        // a month counts toward the pace once it has ended
        int elapsed = asOf.equals(monthEnd) ? month : month - 1;
        Map<Long, Map<Long, SortedMap<Integer, BigDecimal>>> shares = currentShares(plan, month);
        Map<Long, Integer> groupSizes = units.groupSizes();
        List<PlanStanding.TargetStanding> standings = new ArrayList<>();
        for (Target t : targets.findByPlan(plan.getId())) {
            TargetInfo info = t.toInfo();
            SortedMap<Integer, BigDecimal> pace = new TreeMap<>();
            for (int m = 1; m <= 12; m++) {
                BigDecimal expected = TargetEvaluator.expected(info, m);
                if (expected != null) {
                    pace.put(m, expected);
                }
            }
            if (t.getMeasure() == MeasureKind.COMPUTED) {
                TargetProgress progress = computed(info, year, elapsed, asOf);
                if (progress.mapFigure() != null && progress.mapFigure().expectedByNow() != null) {
                    pace.clear(); // a milestone keeps its own schedule, not a twelfth a month
                }
                Map<Long, BigDecimal> byTownship = new HashMap<>();
                SortedMap<Integer, BigDecimal> byMonth = new TreeMap<>();
                if (progress.mapFigure() != null) {
                    byMonth.putAll(progress.mapFigure().runningTotals());
                    progress.mapFigure().features().stream().filter(f -> f.townshipUnitId() != null)
                            .forEach(f -> byTownship.merge(f.townshipUnitId(), f.amount(), BigDecimal::add));
                }
                standings.add(new PlanStanding.TargetStanding(progress, byMonth, pace, byTownship));
            } else {
                Map<Long, SortedMap<Integer, BigDecimal>> byUnit = shares.getOrDefault(t.getId(), Map.of());
                SortedMap<Integer, BigDecimal> combined = UnitShares.combine(t.getAccumulation(), byUnit);
                Map<Long, BigDecimal> unitActuals = new HashMap<>();
                byUnit.forEach((unit, series) -> unitActuals.put(unit, actualAt(series, t.getAccumulation(), month)));
                unitActuals.values().removeIf(java.util.Objects::isNull);
                SortedMap<Integer, BigDecimal> byMonth = new TreeMap<>();
                for (int m = 1; m <= month; m++) {
                    BigDecimal actual = actualAt(combined, t.getAccumulation(), m);
                    if (actual != null) {
                        byMonth.put(m, actual);
                    }
                }
                standings.add(new PlanStanding.TargetStanding(evaluate(t, shares, elapsed, groupSizes), byMonth, pace,
                        unitActuals));
            }
        }
        List<PlanStanding.Task> taskList = tasks.findByPlan(plan.getId()).stream()
                .map(task -> new PlanStanding.Task(task.getNumber(), task.getTitleZh(), task.getTitleEn(),
                        task.unitIds(TaskUnit.Role.RESPONSIBLE), task.unitIds(TaskUnit.Role.COOPERATING)))
                .toList();
        return new PlanStanding(plan.getId(), year, plan.getTitleZh(), plan.getTitleEn(), month, asOf, latest, taskList,
                standings);
    }

    /** The actual at a month's end from a series of entries: the latest running total or level, or the months' sum. */
    private static BigDecimal actualAt(SortedMap<Integer, BigDecimal> series, Accumulation accumulation, int month) {
        SortedMap<Integer, BigDecimal> upTo = series.headMap(month + 1);
        if (upTo.isEmpty()) {
            return null;
        }
        return accumulation == Accumulation.SUM_OF_MONTHS
                ? upTo.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                : upTo.get(upTo.lastKey());
    }

    private List<TargetProgress> evaluateAll(Plan plan) {
        Map<Long, Map<Long, SortedMap<Integer, BigDecimal>>> shares = currentShares(plan);
        Map<Long, Integer> groupSizes = units.groupSizes();
        int elapsed = calendar.dueMonth(plan.getYear());
        return targets.findByPlan(plan.getId()).stream().map(t -> evaluate(t, shares, elapsed, groupSizes)).toList();
    }

    private TargetProgress evaluate(Target t, Map<Long, Map<Long, SortedMap<Integer, BigDecimal>>> shares, int elapsed,
                                    Map<Long, Integer> groupSizes) {
        if (t.getMeasure() == MeasureKind.COMPUTED) {
            return computed(t.toInfo(), t.getTask().getPlan().getYear(), elapsed);
        }
        Map<Long, SortedMap<Integer, BigDecimal>> byUnit = shares.getOrDefault(t.getId(), Map.of());
        TargetProgress progress = TargetEvaluator.evaluate(t.toInfo(), UnitShares.combine(t.getAccumulation(), byUnit), elapsed);
        int members = groupSizes.getOrDefault(t.getReporterUnitId(), 1);
        return members > 1 ? progress.withShares(new TargetProgress.Shares(byUnit.size(), members)) : progress;
    }

    /** A computed target's standing from the map as of the reporting date; "waiting for map data" without a measure. */
    private TargetProgress computed(TargetInfo target, int year, int elapsed) {
        java.time.LocalDate today = calendar.today();
        return computed(target, year, elapsed, today.getYear() > year ? java.time.LocalDate.of(year, 12, 31) : today);
    }

    private TargetProgress computed(TargetInfo target, int year, int elapsed, java.time.LocalDate asOf) {
        Optional<MapFigure> figure = mapFigures.stream().map(f -> f.figure(target, year, asOf))
                .flatMap(Optional::stream).findFirst();
        return figure.map(f -> TargetEvaluator.evaluate(target, f.runningTotals(), elapsed, f.expectedByNow()).withMapFigure(f))
                .orElseGet(() -> TargetEvaluator.evaluate(target, null, elapsed));
    }

    /** Current entries per target, unit and month, limited to the months open at the reporting date. */
    private Map<Long, Map<Long, SortedMap<Integer, BigDecimal>>> currentShares(Plan plan) {
        return currentShares(plan, calendar.openMonth(plan.getYear()));
    }

    /** As {@link #currentShares(Plan)}, up to a month of the year. */
    private Map<Long, Map<Long, SortedMap<Integer, BigDecimal>>> currentShares(Plan plan, int open) {
        Map<Long, Map<Long, SortedMap<Integer, BigDecimal>>> result = new HashMap<>();
        for (ProgressEntry e : entries.findCurrentByPlan(plan.getId())) {
            if (e.getMonth() <= open) {
                result.computeIfAbsent(e.getTarget().getId(), k -> new HashMap<>())
                        .computeIfAbsent(e.getUnitId(), k -> new TreeMap<>())
                        .put(e.getMonth(), e.getValue());
            }
        }
        return result;
    }
}
