package org.actionmap.plan;

import org.actionmap.ActionMapTest;
import org.actionmap.common.UserMessageException;
import org.actionmap.security.NotPermittedException;
import org.actionmap.security.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Progress entry on the real database: permissions, validation and corrections. */
@ActionMapTest
class ProgressServiceTest {

    @Autowired
    PlanService plans;
    @Autowired
    ProgressService progress;
    @Autowired
    RunAs runAs;

    private TargetInfo reportedTargetOfTask(int task, Predicate<TargetInfo> also) {
        return plans.allTargets().stream().map(TargetProgress::target)
                .filter(t -> t.taskNumber() == task && t.reported() && also.test(t))
                .findFirst().orElseThrow();
    }

    private TargetInfo amountOfTask1() {
        return reportedTargetOfTask(1, t -> t.accumulation() != Accumulation.LEVEL);
    }

    @Test
    void aUnitResponsibleForTheTaskReportsAndTheActualMoves() {
        TargetInfo t = amountOfTask1();
        runAs.user("trade", () -> progress.report(t.id(), 9, new BigDecimal("123456"), "test"));
        TargetProgress after = plans.allTargets().stream().filter(p -> p.target().id().equals(t.id())).findFirst().orElseThrow();
        assertThat(after.lastReportedMonth()).isEqualTo(9);
    }

    @Test
    void aTownshipReportsForTheTasksOfAllTownships() {
        TargetInfo t = amountOfTask1();
        ProgressEntryInfo saved = runAs.user("xiangxi", () -> progress.report(t.id(), 2, new BigDecimal("10"), null));
        assertThat(saved.authorName()).isNotBlank();
    }

    @Test
    void anotherUnitsTargetIsRefused() {
        TargetInfo t = amountOfTask1();
        assertThatThrownBy(() -> runAs.user("power", () -> progress.report(t.id(), 3, BigDecimal.ONE, null)))
                .isInstanceOf(NotPermittedException.class)
                .extracting(e -> ((UserMessageException) e).messageKey()).isEqualTo("error.permission.not-your-unit");
    }

    @Test
    void aLeaderReadsButCannotWrite() {
        TargetInfo t = amountOfTask1();
        assertThatThrownBy(() -> runAs.user("leader", () -> progress.report(t.id(), 3, BigDecimal.ONE, null)))
                .isInstanceOf(NotPermittedException.class)
                .extracting(e -> ((UserMessageException) e).messageKey()).isEqualTo("error.permission.read-only");
    }

    @Test
    void anAdministratorDoesNotReportForUnits() {
        TargetInfo t = amountOfTask1();
        assertThatThrownBy(() -> runAs.user("admin", () -> progress.report(t.id(), 3, BigDecimal.ONE, null)))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void futureMonthsAreRefused() {
        TargetInfo t = amountOfTask1();
        assertThatThrownBy(() -> runAs.user("trade", () -> progress.report(t.id(), 10, BigDecimal.ONE, null)))
                .isInstanceOf(UserMessageException.class)
                .extracting(e -> ((UserMessageException) e).messageKey()).isEqualTo("error.progress.future-month");
    }

    @Test
    void aNegativeAmountIsRefusedButANegativeGrowthRateIsAccepted() {
        TargetInfo amount = amountOfTask1();
        assertThatThrownBy(() -> runAs.user("trade", () -> progress.report(amount.id(), 4, new BigDecimal("-1"), null)))
                .extracting(e -> ((UserMessageException) e).messageKey()).isEqualTo("error.progress.negative");
        assertThatThrownBy(() -> ProgressService.validateValue(amount, null))
                .extracting(e -> ((UserMessageException) e).messageKey()).isEqualTo("error.progress.value-required");
        TargetInfo rate = new TargetInfo(1L, "R", 1, 1, "z", "e", "%", "%", Comparator.AT_LEAST, BigDecimal.TEN, null,
                null, MeasureKind.REPORTED, null, Accumulation.LEVEL, 1L, java.util.List.of(), "s");
        ProgressService.validateValue(rate, new BigDecimal("-3.5"));
    }

    @Test
    void aTargetComputedFromTheMapCannotBeTypedIn() {
        TargetInfo computed = plans.allTargets().stream().map(TargetProgress::target)
                .filter(t -> !t.reported() && t.taskNumber() == 1).findFirst().orElseThrow();
        assertThatThrownBy(() -> runAs.user("land", () -> progress.report(computed.id(), 3, BigDecimal.ONE, null)))
                .extracting(e -> ((UserMessageException) e).messageKey()).isEqualTo("error.progress.computed");
    }

    @Test
    void aCorrectionKeepsTheEarlierEntryInTheHistoryWithItsAuthor() {
        TargetInfo t = amountOfTask1();
        runAs.user("trade", () -> progress.report(t.id(), 1, new BigDecimal("100"), "first"));
        runAs.user("xiangxi", () -> progress.report(t.id(), 1, new BigDecimal("150"), "corrected"));
        var january = progress.historyOfTarget(t.id()).stream().filter(e -> e.month() == 1).toList();
        assertThat(january).filteredOn(ProgressEntryInfo::current).singleElement()
                .satisfies(e -> assertThat(e.value()).isEqualByComparingTo("150"));
        assertThat(january).filteredOn(e -> !e.current()).extracting(ProgressEntryInfo::note).contains("first");
    }
}
