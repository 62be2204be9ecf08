package org.actionmap.power;

import net.sf.geographiclib.Geodesic;
import org.actionmap.ActionMapTest;
import org.actionmap.common.UserMessageException;
import org.actionmap.plan.PlanService;
import org.actionmap.plan.TargetProgress;
import org.actionmap.plan.TargetStatus;
import org.actionmap.security.NotPermittedException;
import org.actionmap.security.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Power projects on PostGIS: geodesic lengths, milestone rules, who may record, and the computed power targets. */
@ActionMapTest
@Transactional
class PowerServiceTest {

    @Autowired
    PowerService power;
    @Autowired
    PlanService plan;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;

    long substation(String code) {
        return jdbc.queryForObject("select id from substation where code = ?", Long.class, code);
    }

    TargetProgress target(String code) {
        return runAs.user("leader", () -> plan.allTargets()).stream().filter(t -> t.target().code().equals(code))
                .findFirst().orElseThrow();
    }

    @Test
    void aLinesStoredLengthMatchesAnIndependentGeodesicComputation() {
        PowerLineDetails line = power.lines().stream().filter(l -> l.code().equals("L500-XINAN")).findFirst().orElseThrow();
        double[] total = {0};
        double[] last = null;
        for (var point : jdbc.queryForList("""
                select st_x(dp.geom) as x, st_y(dp.geom) as y
                  from power_line l, st_dumppoints(l.geom) dp where l.code = 'L500-XINAN' order by dp.path
                """)) {
            double[] p = {((Number) point.get("x")).doubleValue(), ((Number) point.get("y")).doubleValue()};
            if (last != null) {
                total[0] += Geodesic.WGS84.Inverse(last[1], last[0], p[1], p[0]).s12;
            }
            last = p;
        }
        assertThat(line.lengthM()).isCloseTo(total[0], within(total[0] * 1e-6));
        assertThat(line.lengthKm()).isBetween(15.0, 40.0);
    }

    @Test
    void milestonesFollowEachOtherAndNeverLieInTheFuture() {
        long nvbu = substation("SS-NVBU");
        assertThatThrownBy(() -> runAs.user("power", () -> { power.recordMilestone(nvbu, Milestone.COMPLETED, LocalDate.of(2011, 9, 1), null); return null; }))
                .isInstanceOfSatisfying(UserMessageException.class, e -> assertThat(e.messageKey()).isEqualTo("power.error.milestone-needs-previous"));
        assertThatThrownBy(() -> runAs.user("power", () -> { power.recordMilestone(nvbu, Milestone.CONSTRUCTION_STARTED, LocalDate.of(2011, 12, 1), null); return null; }))
                .isInstanceOfSatisfying(UserMessageException.class, e -> assertThat(e.messageKey()).isEqualTo("power.error.milestone-in-future"));
        assertThatThrownBy(() -> runAs.user("power", () -> { power.recordMilestone(nvbu, Milestone.CONSTRUCTION_STARTED, LocalDate.of(2011, 6, 1), null); return null; }))
                .isInstanceOfSatisfying(UserMessageException.class, e -> assertThat(e.messageKey()).isEqualTo("power.error.milestone-before-previous"));
        SubstationDetails before = power.substations().stream().filter(s -> s.id() == nvbu).findFirst().orElseThrow();
        assertThat(before.reached()).isEqualTo(Milestone.APPROVED);
        assertThat(before.next()).isEqualTo(Milestone.CONSTRUCTION_STARTED);
        assertThat(before.late(Milestone.APPROVED, LocalDate.of(2011, 9, 20))).isTrue();
    }

    @Test
    void onlyThePowerBureauRecordsMilestones() {
        long nvbu = substation("SS-NVBU");
        for (String reader : new String[]{"edz", "leader", "admin"}) {
            assertThatThrownBy(() -> runAs.user(reader, () -> { power.recordMilestone(nvbu, Milestone.CONSTRUCTION_STARTED, LocalDate.of(2011, 9, 10), null); return null; }))
                    .isInstanceOf(NotPermittedException.class);
        }
        assertThat(runAs.user("power", () -> power.mayEdit())).isTrue();
        assertThat(runAs.user("edz", () -> power.mayEdit())).isFalse();
    }

    @Test
    void thePowerTargetsAreComputedFromTheProjects() {
        assertThat(target("T11.1.xiangxi-substation-in-operation").status()).isEqualTo(TargetStatus.MET);
        assertThat(target("T11.1.lianhua-substation-expanded").actual()).isEqualByComparingTo("0");
        // a milestone is judged by its planned date, not by a twelfth of it a month: Lianhua's completion is planned
        // for 31 October, so on 20 September it is not behind
        assertThat(target("T11.1.lianhua-substation-expanded").status()).isEqualTo(TargetStatus.ON_PACE);
        assertThat(target("T11.1.xinan-500kv-line-built").status()).isEqualTo(TargetStatus.MET);
        TargetProgress nvbu = target("T11.1.nvbu-substation-started");
        assertThat(nvbu.actual()).isEqualByComparingTo("0");

        runAs.user("power", () -> { power.recordMilestone(substation("SS-NVBU"), Milestone.CONSTRUCTION_STARTED, LocalDate.of(2011, 9, 10), "开工仪式"); return null; });
        assertThat(target("T11.1.nvbu-substation-started").status()).isEqualTo(TargetStatus.MET);
        assertThat(target("T11.1.nvbu-substation-started").mapFigure().features()).extracting(f -> f.code()).containsExactly("SS-NVBU");

        double completedKm = jdbc.queryForObject("""
                select sum(length_m) / 1000 from power_line
                 where voltage_kv = 10 and status = 'COMPLETED' and completed_on between '2011-01-01' and '2011-09-20'
                """, Double.class);
        assertThat(target("T11.2.lines-10kv").actual().doubleValue()).isCloseTo(completedKm, within(0.05));
        long underConstruction = jdbc.queryForObject(
                "select id from power_line where voltage_kv = 10 and status = 'UNDER_CONSTRUCTION' order by code limit 1", Long.class);
        double extra = jdbc.queryForObject("select length_m / 1000 from power_line where id = ?", Double.class, underConstruction);
        runAs.user("power", () -> { power.completeLine(underConstruction, LocalDate.of(2011, 9, 15)); return null; });
        assertThat(target("T11.2.lines-10kv").actual().doubleValue()).isCloseTo(completedKm + extra, within(0.05));
        // a line completed the year before is not this year's
        runAs.user("power", () -> { power.completeLine(underConstruction, LocalDate.of(2010, 12, 20)); return null; });
        assertThat(target("T11.2.lines-10kv").actual().doubleValue()).isCloseTo(completedKm, within(0.05));
        assertThatThrownBy(() -> runAs.user("power", () -> { power.completeLine(underConstruction, LocalDate.of(2011, 10, 1)); return null; }))
                .isInstanceOfSatisfying(UserMessageException.class, e -> assertThat(e.messageKey()).isEqualTo("power.error.line-completed-in-future"));

        // rural distribution areas count once completed within the year
        int ruralDone = jdbc.queryForObject("""
                select count(*) from rural_area where status = 'COMPLETED' and completed_on between '2011-01-01' and '2011-09-20'
                """, Integer.class);
        assertThat(target("T11.2.rural-areas").actual().intValue()).isEqualTo(ruralDone).isPositive();
        RuralAreaDetails open = power.ruralAreas().stream().filter(r -> !"COMPLETED".equals(r.status())).findFirst().orElseThrow();
        assertThat(open.townshipUnitId()).isNotNull();
        runAs.user("power", () -> { power.completeRuralArea(open.id(), LocalDate.of(2011, 9, 19)); return null; });
        assertThat(target("T11.2.rural-areas").actual().intValue()).isEqualTo(ruralDone + 1);
        assertThatThrownBy(() -> runAs.user("xiangxi", () -> { power.completeRuralArea(open.id(), null); return null; }))
                .isInstanceOf(NotPermittedException.class);
    }
}
