package org.actionmap.plan;

import org.actionmap.collaboration.ChangeAction;
import org.actionmap.collaboration.Changes;
import org.actionmap.common.UserMessageException;
import org.actionmap.security.AccessRules;
import org.actionmap.security.CurrentUser;
import org.actionmap.security.SignedInUser;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Monthly progress on reported targets: entered by the units in charge, corrected without losing the earlier figure. */
@Service
public class ProgressService {

    static final int MAX_NOTE_LENGTH = 2000;
    private static final BigDecimal LIMIT = new BigDecimal("1e19");

    private final TargetRepository targets;
    private final ProgressEntryRepository entries;
    private final PlanTaskRepository tasks;
    private final PlanRepository plans;
    private final ReportingCalendar calendar;
    private final CurrentUser currentUser;
    private final AccessRules rules;
    private final Changes changes;

    ProgressService(TargetRepository targets, ProgressEntryRepository entries, PlanTaskRepository tasks,
                    PlanRepository plans, ReportingCalendar calendar, CurrentUser currentUser, AccessRules rules,
                    Changes changes) {
        this.changes = changes;
        this.plans = plans;
        this.targets = targets;
        this.entries = entries;
        this.tasks = tasks;
        this.calendar = calendar;
        this.currentUser = currentUser;
        this.rules = rules;
    }

    /**
     * Records a target's figure for a month of the plan year. A second report for the same month is a correction:
     * the earlier entry stays in the history, marked as superseded.
     */
    @Transactional
    public ProgressEntryInfo report(Long targetId, int month, BigDecimal value, String note) {
        return report(targetId, month, value, note, ChangeAction.REPORTED);
    }

    /**
     * Reports an earlier figure of a month again, as a correction of whatever stands now: going back to a past
     * version of a figure with every rule and permission of a report. The entry that stands now stays in the history.
     */
    @Transactional
    public ProgressEntryInfo reportAgain(long entryId) {
        ProgressEntry earlier = entries.findById(entryId).orElseThrow(() -> new UserMessageException("error.stale"));
        if (earlier.isCurrent()) {
            throw new UserMessageException("error.progress.already-current");
        }
        ProgressEntryInfo info = earlier.toInfo();
        return report(info.targetId(), info.month(), info.value(), info.note(), ChangeAction.REVERTED);
    }

    private ProgressEntryInfo report(Long targetId, int month, BigDecimal value, String note, ChangeAction action) {
        SignedInUser me = currentUser.require();
        Target target = targets.findById(targetId).orElseThrow(() -> new UserMessageException("error.stale"));
        if (target.getMeasure() == MeasureKind.COMPUTED) {
            throw new UserMessageException("error.progress.computed");
        }
        Long unit = rules.requireReporter(me, target.getReporterUnitId());
        int year = target.getTask().getPlan().getYear();
        int open = calendar.openMonth(year);
        if (month < 1 || month > 12) {
            throw new UserMessageException("error.progress.month-invalid");
        }
        if (month > open) {
            throw new UserMessageException("error.progress.future-month", year, month);
        }
        validateValue(target.toInfo(), value);
        if (target.getAccumulation() == Accumulation.YEAR_TO_DATE) {
            checkRunningTotal(entries.findCurrentOfUnit(targetId, unit), month, value);
        }
        String trimmedNote = note == null || note.isBlank() ? null : note.strip();
        if (trimmedNote != null && trimmedNote.length() > MAX_NOTE_LENGTH) {
            throw new UserMessageException("error.progress.note-too-long", MAX_NOTE_LENGTH);
        }
        try {
            var previous = entries.findCurrent(targetId, month, unit);
            previous.ifPresent(p -> {
                p.supersede(null);
                entries.saveAndFlush(p);
            });
            ProgressEntry entry = entries.saveAndFlush(new ProgressEntry(target, unit, month, value, trimmedNote, me.id(),
                    me.displayName(), me.unitId()));
            previous.ifPresent(p -> p.supersede(entry));
            changes.record(PlanSnapshots.PROGRESS_ENTRY, entry.getId(), action);
            return entry.toInfo();
        } catch (DataIntegrityViolationException e) {
            // someone else reported the same month at the same moment: their figure stands, this form is stale
            throw new UserMessageException("error.stale");
        }
    }

    /** Units of the Chinese plan that count things: their figures are whole numbers. */
    static final java.util.Set<String> COUNTING_UNITS_ZH = java.util.Set.of("家", "个", "项", "座", "件", "起", "次", "条", "人", "名", "户");

    /** A running total never falls: it must lie between the totals reported for the months around it. */
    static void checkRunningTotal(List<ProgressEntry> sameUnit, int month, BigDecimal value) {
        for (ProgressEntry other : sameUnit) {
            if (other.getMonth() < month && value.compareTo(other.getValue()) < 0) {
                throw new UserMessageException("error.progress.running-total-falls", other.getMonth());
            }
            if (other.getMonth() > month && value.compareTo(other.getValue()) > 0) {
                throw new UserMessageException("error.progress.running-total-above-later", other.getMonth());
            }
        }
    }

    static void validateValue(TargetInfo target, BigDecimal value) {
        if (value == null) {
            throw new UserMessageException("error.progress.value-required");
        }
        if (value.abs().compareTo(LIMIT) >= 0 || value.stripTrailingZeros().scale() > 4) {
            throw new UserMessageException("error.progress.value-out-of-range");
        }
        // rates (growth, change against last year) can fall; amounts and counts cannot be negative
        boolean mayBeNegative = target.accumulation() == Accumulation.LEVEL || target.comparator() == Comparator.ZERO_GROWTH;
        if (value.signum() < 0 && !mayBeNegative) {
            throw new UserMessageException("error.progress.negative");
        }
        if (COUNTING_UNITS_ZH.contains(target.unitZh()) && value.stripTrailingZeros().scale() > 0) {
            throw new UserMessageException("error.progress.whole-number");
        }
    }

    /** Every entry of a task's targets in the active plan, corrections included, newest first. */
    @Transactional(readOnly = true)
    public List<ProgressEntryInfo> historyOfTask(int taskNumber) {
        return plans.findFirstByOrderByYearDescIdDesc()
                .flatMap(plan -> tasks.findByPlanAndNumber(plan.getId(), taskNumber))
                .map(task -> entries.findByTask(task.getId()).stream().map(ProgressEntry::toInfo).toList())
                .orElse(List.of());
    }

    /** The signed-in user's current entry for a month: their unit's own figure (their share of a group's figure). */
    @Transactional(readOnly = true)
    public java.util.Optional<ProgressEntryInfo> ownEntry(Long targetId, int month) {
        SignedInUser me = currentUser.require();
        return targets.findById(targetId)
                .flatMap(t -> rules.reportingUnit(me, t.getReporterUnitId()))
                .flatMap(unit -> entries.findCurrent(targetId, month, unit))
                .map(ProgressEntry::toInfo);
    }

    /** Every entry of one target, month by month, corrections included. */
    @Transactional(readOnly = true)
    public List<ProgressEntryInfo> historyOfTarget(Long targetId) {
        return entries.findByTarget(targetId).stream().map(ProgressEntry::toInfo).toList();
    }
}
