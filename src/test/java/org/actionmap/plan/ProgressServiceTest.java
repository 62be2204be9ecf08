package org.actionmap.plan;

import org.actionmap.ActionMapTest;
import org.actionmap.common.UserMessageException;
import org.actionmap.security.NotPermittedException;
import org.actionmap.security.OrgUnitService;
import org.actionmap.security.Role;
import org.actionmap.security.RunAs;
import org.actionmap.security.UserInfo;
import org.actionmap.security.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Progress entry on the real database: who may report, validation, shares of a group's figure, corrections. */
@ActionMapTest
class ProgressServiceTest {

    @Autowired
    PlanService plans;
    @Autowired
    ProgressService progress;
    @Autowired
    OrgUnitService units;
    @Autowired
    UserService users;
    @Autowired
    RunAs runAs;

    private TargetProgress amountReportedBy(String unitCode) {
        Long unit = units.findByCode(unitCode).orElseThrow().id();
        return plans.allTargets().stream()
                .filter(p -> p.target().reported() && p.target().reporterUnitId().equals(unit)
                        && p.target().accumulation() == Accumulation.YEAR_TO_DATE)
                .findFirst().orElseThrow();
    }

    private TargetProgress current(Long targetId) {
        return plans.allTargets().stream().filter(p -> p.target().id().equals(targetId)).findFirst().orElseThrow();
    }

    private static String keyOf(Throwable e) {
        return ((UserMessageException) e).messageKey();
    }

    @Test
    void theReportingUnitReportsAndTheActualMoves() {
        TargetInfo t = amountReportedBy("ECON_TRADE").target();
        BigDecimal big = t.value().multiply(BigDecimal.TEN);
        runAs.user("trade", () -> progress.report(t.id(), 9, big, "test"));
        TargetProgress after = current(t.id());
        assertThat(after.lastReportedMonth()).isEqualTo(9);
        assertThat(after.actual()).isEqualByComparingTo(big);
        assertThat(after.status()).isEqualTo(TargetStatus.MET);
    }

    @Test
    void eachTownReportsItsOwnShareAndTheTownsFigureAddsThemUp() {
        TargetInfo t = amountReportedBy("TOWNSHIPS").target();
        Long zhuge = units.findByCode("ZHUGE").orElseThrow().id();
        if (runAs.user("admin", () -> users.findAll()).stream().noneMatch(u -> u.username().equals("zhuge-staff"))) {
            runAs.user("admin", () -> users.create(new UserInfo(null, "zhuge-staff", "诸葛镇填报员", Role.STAFF, zhuge,
                    "zh-CN", true, 0), "zhuge-2011"));
        }
        BigDecimal xiangxiShare = new BigDecimal("5000000000");
        BigDecimal zhugeShare = new BigDecimal("7000000000");
        runAs.user("xiangxi", () -> progress.report(t.id(), 9, xiangxiShare, null));
        runAs.user("zhuge-staff", () -> progress.report(t.id(), 9, zhugeShare, null));

        TargetProgress after = current(t.id());
        assertThat(after.actual()).isEqualByComparingTo(xiangxiShare.add(zhugeShare));
        assertThat(after.shares().expected()).isEqualTo(16);
        assertThat(after.shares().reported()).isEqualTo(2);
        assertThat(runAs.user("zhuge-staff", () -> progress.ownEntry(t.id(), 9)).orElseThrow().value())
                .isEqualByComparingTo(zhugeShare);
    }

    @Test
    void aCooperatingUnitCannotReportAnotherUnitsTarget() {
        TargetInfo t = amountReportedBy("ECON_TRADE").target();
        assertThatThrownBy(() -> runAs.user("land", () -> progress.report(t.id(), 3, BigDecimal.ONE, null)))
                .isInstanceOf(NotPermittedException.class)
                .extracting(ProgressServiceTest::keyOf).isEqualTo("error.permission.not-reporter");
    }

    @Test
    void aTownCannotReportTheZonesTarget() {
        TargetInfo t = amountReportedBy("EDZ").target();
        assertThatThrownBy(() -> runAs.user("xiangxi", () -> progress.report(t.id(), 3, BigDecimal.ONE, null)))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aLeaderReadsButCannotWriteAndAnAdministratorDoesNotReportForUnits() {
        TargetInfo t = amountReportedBy("ECON_TRADE").target();
        assertThatThrownBy(() -> runAs.user("leader", () -> progress.report(t.id(), 3, BigDecimal.ONE, null)))
                .extracting(ProgressServiceTest::keyOf).isEqualTo("error.permission.read-only");
        assertThatThrownBy(() -> runAs.user("admin", () -> progress.report(t.id(), 3, BigDecimal.ONE, null)))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void futureMonthsAreRefused() {
        TargetInfo t = amountReportedBy("ECON_TRADE").target();
        assertThatThrownBy(() -> runAs.user("trade", () -> progress.report(t.id(), 10, BigDecimal.ONE, null)))
                .extracting(ProgressServiceTest::keyOf).isEqualTo("error.progress.future-month");
    }

    @Test
    void aNegativeAmountIsRefusedButANegativeGrowthRateIsAccepted() {
        TargetInfo amount = amountReportedBy("ECON_TRADE").target();
        assertThatThrownBy(() -> runAs.user("trade", () -> progress.report(amount.id(), 9, new BigDecimal("-1"), null)))
                .extracting(ProgressServiceTest::keyOf).isEqualTo("error.progress.negative");
        assertThatThrownBy(() -> ProgressService.validateValue(amount, null))
                .extracting(ProgressServiceTest::keyOf).isEqualTo("error.progress.value-required");
        TargetInfo rate = new TargetInfo(1L, "R", 1, 1, "z", "e", "%", "%", Comparator.AT_LEAST, BigDecimal.TEN, null,
                null, MeasureKind.REPORTED, null, Accumulation.LEVEL, 1L, List.of(), "s");
        ProgressService.validateValue(rate, new BigDecimal("-3.5"));
    }

    @Test
    void aCountIsAWholeNumber() {
        TargetInfo count = new TargetInfo(1L, "C", 1, 1, "z", "e", "enterprises", "家", Comparator.AT_LEAST,
                BigDecimal.TEN, null, null, MeasureKind.REPORTED, null, Accumulation.YEAR_TO_DATE, 1L, List.of(), "s");
        assertThatThrownBy(() -> ProgressService.validateValue(count, new BigDecimal("2.5")))
                .extracting(ProgressServiceTest::keyOf).isEqualTo("error.progress.whole-number");
        ProgressService.validateValue(count, new BigDecimal("3.000"));
    }

    @Test
    void aRunningTotalNeverFallsBelowAnEarlierMonthNorRisesAboveALaterOne() {
        Target target = null;
        List<ProgressEntry> reported = List.of(
                new ProgressEntry(target, 1L, 3, new BigDecimal("30"), null, 1L, "a", 1L),
                new ProgressEntry(target, 1L, 6, new BigDecimal("60"), null, 1L, "a", 1L));
        assertThatThrownBy(() -> ProgressService.checkRunningTotal(reported, 4, new BigDecimal("29")))
                .extracting(ProgressServiceTest::keyOf).isEqualTo("error.progress.running-total-falls");
        assertThatThrownBy(() -> ProgressService.checkRunningTotal(reported, 4, new BigDecimal("61")))
                .extracting(ProgressServiceTest::keyOf).isEqualTo("error.progress.running-total-above-later");
        ProgressService.checkRunningTotal(reported, 4, new BigDecimal("45"));
    }

    @Test
    void aTargetComputedFromTheMapCannotBeTypedIn() {
        TargetInfo computed = plans.allTargets().stream().map(TargetProgress::target)
                .filter(t -> !t.reported() && t.taskNumber() == 1).findFirst().orElseThrow();
        assertThatThrownBy(() -> runAs.user("xiangxi", () -> progress.report(computed.id(), 3, BigDecimal.ONE, null)))
                .extracting(ProgressServiceTest::keyOf).isEqualTo("error.progress.computed");
    }

    @Test
    void aCorrectionKeepsTheEarlierEntryInTheHistoryWithItsAuthor() {
        TargetInfo t = amountReportedBy("EDZ").target();
        // re-reporting the current January figure (or a first one) keeps every running-total rule
        BigDecimal january = runAs.user("edz", () -> progress.ownEntry(t.id(), 1)).map(ProgressEntryInfo::value)
                .orElse(BigDecimal.ZERO);
        runAs.user("edz", () -> progress.report(t.id(), 1, january, "first"));
        runAs.user("edz", () -> progress.report(t.id(), 1, january, "corrected"));
        var entries = progress.historyOfTarget(t.id()).stream().filter(e -> e.month() == 1).toList();
        assertThat(entries).filteredOn(ProgressEntryInfo::current).singleElement()
                .satisfies(e -> assertThat(e.note()).isEqualTo("corrected"));
        assertThat(entries).filteredOn(e -> !e.current()).extracting(ProgressEntryInfo::note).contains("first");
        assertThat(entries).filteredOn(e -> !e.current()).extracting(ProgressEntryInfo::authorName).doesNotContainNull();
    }
}
