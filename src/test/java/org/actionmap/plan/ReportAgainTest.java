package org.actionmap.plan;

import org.actionmap.ActionMapTest;
import org.actionmap.collaboration.ChangeAction;
import org.actionmap.collaboration.ChangeLog;
import org.actionmap.common.UserMessageException;
import org.actionmap.security.NotPermittedException;
import org.actionmap.security.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Going back to an earlier figure of a month: reported again as a correction, with every rule of a report. */
@ActionMapTest
@Transactional
class ReportAgainTest {

    @Autowired
    ProgressService progress;
    @Autowired
    PlanService plans;
    @Autowired
    ChangeLog log;
    @Autowired
    RunAs runAs;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void anEarlierFigureComesBackAsANewEntryAndOnlyTheReporterMayDoIt() {
        Long tradeUnit = jdbc.queryForObject("select unit_id from app_user where username = 'trade'", Long.class);
        TargetInfo t = runAs.user("trade", () -> plans.allTargets()).stream().map(TargetProgress::target)
                .filter(x -> x.measure() == MeasureKind.REPORTED && x.accumulation() != Accumulation.LEVEL
                        && x.value() != null && x.value().signum() > 0)
                .filter(x -> tradeUnit.equals(x.reporterUnitId()))
                .findFirst().orElseThrow();
        // above anything reported for earlier months, so that a running total stays in order
        BigDecimal big = t.value().multiply(BigDecimal.TEN).setScale(0, java.math.RoundingMode.UP);
        ProgressEntryInfo first = runAs.user("trade", () -> progress.report(t.id(), 9, big, "first"));
        runAs.user("trade", () -> progress.report(t.id(), 9, big.add(BigDecimal.ONE), "second"));

        assertThatThrownBy(() -> runAs.user("land", () -> progress.reportAgain(first.id())))
                .isInstanceOf(NotPermittedException.class);
        ProgressEntryInfo back = runAs.user("trade", () -> progress.reportAgain(first.id()));

        assertThat(back.value()).isEqualByComparingTo(big);
        assertThat(back.id()).isNotEqualTo(first.id());
        assertThat(runAs.user("trade", () -> progress.ownEntry(t.id(), 9)).orElseThrow().value()).isEqualByComparingTo(big);
        assertThat(log.history("progress_entry", back.id()).get(0).action()).isEqualTo(ChangeAction.REVERTED);
        assertThatThrownBy(() -> runAs.user("trade", () -> progress.reportAgain(back.id())))
                .isInstanceOfSatisfying(UserMessageException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.progress.already-current"));
    }
}
