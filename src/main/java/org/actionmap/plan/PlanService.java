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

    PlanService(PlanRepository plans, PlanTaskRepository tasks, TargetRepository targets, ProgressEntryRepository entries,
                ReportingCalendar calendar, CurrentUser currentUser, AccessRules rules, OrgUnitService units) {
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
        return plans.findFirstByOrderByYearDesc().map(plan -> {
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
        return plans.findFirstByOrderByYearDesc().flatMap(plan -> tasks.findByPlanAndNumber(plan.getId(), number).map(task -> {
            Map<Long, List<TargetProgress>> byRequirement = new HashMap<>();
            List<Target> all = targets.findByPlan(plan.getId()).stream().filter(t -> t.getTask().getId().equals(task.getId())).toList();
            Map<Long, SortedMap<Integer, BigDecimal>> monthly = currentMonthly(plan);
            int elapsed = calendar.dueMonth(plan.getYear());
            for (Target t : all) {
                byRequirement.computeIfAbsent(t.getRequirement().getId(), k -> new ArrayList<>())
                        .add(TargetEvaluator.evaluate(t.toInfo(), monthly.getOrDefault(t.getId(), new TreeMap<>()), elapsed));
            }
            List<RequirementDetail> requirements = task.getRequirements().stream()
                    .map(r -> new RequirementDetail(r.getNumber(), r.getText(), byRequirement.getOrDefault(r.getId(), List.of())))
                    .toList();
            boolean mayReport = currentUser.get().map(u -> rules.mayWriteFor(u, task.unitsInCharge())).orElse(false);
            return new TaskDetail(plan.getYear(), calendar.openMonth(plan.getYear()), elapsed, task.getNumber(),
                    task.getTitleZh(), task.getTitleEn(), task.unitIds(TaskUnit.Role.RESPONSIBLE),
                    task.unitIds(TaskUnit.Role.COOPERATING), requirements, mayReport);
        }));
    }

    /**
     * The reported targets of the tasks the signed-in user's unit is responsible or cooperating for; those the unit
     * itself must report come first, then those not yet reported for the due month.
     */
    @Transactional(readOnly = true)
    public List<UnitTarget> myTargets() {
        SignedInUser me = currentUser.require();
        Optional<Plan> active = plans.findFirstByOrderByYearDesc();
        if (active.isEmpty() || me.unitId() == null) {
            return List.of();
        }
        Plan plan = active.get();
        Set<Long> mine = units.selfAndAncestorIds(me.unitId());
        int due = calendar.dueMonth(plan.getYear());
        Map<Long, SortedMap<Integer, BigDecimal>> monthly = currentMonthly(plan);
        List<UnitTarget> result = new ArrayList<>();
        for (Target t : targets.findByPlan(plan.getId())) {
            if (t.getMeasure() != MeasureKind.REPORTED || !rules.mayWriteFor(me, t.getTask().unitsInCharge())) {
                continue;
            }
            SortedMap<Integer, BigDecimal> months = monthly.getOrDefault(t.getId(), new TreeMap<>());
            TargetInfo info = t.toInfo();
            result.add(new UnitTarget(TargetEvaluator.evaluate(info, months, due), t.getTask().getTitleZh(),
                    t.getTask().getTitleEn(), mine.contains(info.reporterUnitId()), due == 0 || months.containsKey(due)));
        }
        result.sort(java.util.Comparator.comparing((UnitTarget u) -> !u.reportedByMyUnit())
                .thenComparing(UnitTarget::dueReported)
                .thenComparing(u -> u.progress().target().taskNumber()));
        return result;
    }

    /** Every target of the plan with its standing, in task and requirement order. */
    @Transactional(readOnly = true)
    public List<TargetProgress> allTargets() {
        return plans.findFirstByOrderByYearDesc().map(this::evaluateAll).orElse(List.of());
    }

    private List<TargetProgress> evaluateAll(Plan plan) {
        Map<Long, SortedMap<Integer, BigDecimal>> monthly = currentMonthly(plan);
        int elapsed = calendar.dueMonth(plan.getYear());
        return targets.findByPlan(plan.getId()).stream()
                .map(t -> TargetEvaluator.evaluate(t.toInfo(), monthly.getOrDefault(t.getId(), new TreeMap<>()), elapsed))
                .toList();
    }

    /** Current entries per target and month, limited to the months open at the reporting date. */
    private Map<Long, SortedMap<Integer, BigDecimal>> currentMonthly(Plan plan) {
        int open = calendar.openMonth(plan.getYear());
        Map<Long, SortedMap<Integer, BigDecimal>> result = new HashMap<>();
        for (ProgressEntry e : entries.findCurrentByPlan(plan.getId())) {
            if (e.getMonth() <= open) {
                result.computeIfAbsent(e.getTarget().getId(), k -> new TreeMap<>()).put(e.getMonth(), e.getValue());
            }
        }
        return result;
    }
}
