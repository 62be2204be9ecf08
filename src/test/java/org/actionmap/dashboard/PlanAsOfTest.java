package org.actionmap.dashboard;

import org.actionmap.ActionMapTest;
import org.actionmap.land.LandMeasures;
import org.actionmap.land.TownshipProgress;
import org.actionmap.plan.Accumulation;
import org.actionmap.plan.PlanService;
import org.actionmap.plan.PlanStanding;
import org.actionmap.plan.TargetStatus;
import org.actionmap.security.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The plan as it stood at a month's end (the dashboard's month slider, the monthly report): figures, pace and status
 * against the same figures read straight from the tables, on the demo city (reporting date 20 September 2011).
 */
@ActionMapTest
class PlanAsOfTest {

    @Autowired
    PlanService plan;
    @Autowired
    LandMeasures landMeasures;
    @Autowired
    DashboardService dashboard;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;

    PlanStanding standing(int month) {
        return runAs.user("leader", () -> plan.standingAsOf(month)).orElseThrow();
    }

    PlanStanding.TargetStanding target(PlanStanding standing, String code) {
        return standing.targets().stream().filter(t -> t.target().code().equals(code)).findFirst().orElseThrow();
    }

    /** Mu of the parcels of a purpose, in zones of some kinds, that reached a step between 1 January and a date. */
    double sqlMu(String purpose, String zoneKinds, String step, String until, Long township) {
        return jdbc.queryForObject("""
                select coalesce(sum(p.area_m2), 0) / (10000.0 / 15) from parcel p
                  join zone z on z.id = p.zone_id
                  join parcel_status_step s on s.parcel_id = p.id and s.status = ?
                 where p.deleted_at is null and p.purpose = ? and z.kind = any(?::varchar[])
                   and s.reached_on between '2011-01-01' and ?::date
                   and (?::bigint is null or p.township_id = ?)
                """, Double.class, step, purpose, zoneKinds, until, township, township);
    }

    @Test
    void aMonthEndBeforeTheReportingDateStandsAtThatMonthsLastDayWithItsMonthsElapsed() {
        PlanStanding june = standing(6);
        assertThat(june.month()).isEqualTo(6);
        assertThat(june.asOf()).isEqualTo(LocalDate.of(2011, 6, 30));
        assertThat(june.latestMonth()).isEqualTo(9);
        PlanStanding.TargetStanding acquired = target(june, "T01.1.land-acquired");
        // six months have passed by 30 June: half the year's 6,500 mu is the pace
        assertThat(acquired.progress().expectedByNow()).isEqualByComparingTo("3250");
        assertThat(acquired.paceByMonth().get(6)).isEqualByComparingTo("3250");
        assertThat(acquired.paceByMonth().get(12)).isEqualByComparingTo("6500");
    }

    @Test
    void aMonthAfterTheReportingDateIsTheReportingDateItself() {
        PlanStanding latest = standing(12);
        assertThat(latest.month()).isEqualTo(9);
        assertThat(latest.asOf()).isEqualTo(LocalDate.of(2011, 9, 20));
        // September is still running on the 20th: eight months count toward the pace, as on the task pages
        PlanStanding.TargetStanding acquired = target(latest, "T01.1.land-acquired");
        assertThat(acquired.progress().expectedByNow())
                .isEqualByComparingTo(new BigDecimal(6500).multiply(BigDecimal.valueOf(8)).divide(BigDecimal.valueOf(12), MathContext.DECIMAL64));
        assertThat(latest.targets()).hasSize(84);
    }

    @Test
    void aComputedLandFigureAsOfAMonthCountsOnlyTheParcelsThatHadReachedTheirStepByItsEnd() {
        for (int month : List.of(3, 6, 8)) {
            String end = LocalDate.of(2011, month, 1).withDayOfMonth(LocalDate.of(2011, month, 1).lengthOfMonth()).toString();
            PlanStanding.TargetStanding acquired = target(standing(month), "T01.1.land-acquired");
            assertThat(acquired.progress().actual().doubleValue())
                    .as("township parks acquired by %s", end)
                    .isCloseTo(sqlMu("NEW_INDUSTRIAL", "{TOWNSHIP_PARK}", "ACQUIRED", end, null), within(0.05));
            assertThat(acquired.actualByMonth().lastKey()).isEqualTo(month);
        }
        // and the figure grows with the months: the replay never loses land
        double march = target(standing(3), "T01.1.land-acquired").progress().actual().doubleValue();
        double august = target(standing(8), "T01.1.land-acquired").progress().actual().doubleValue();
        assertThat(august).isGreaterThan(march);
    }

    @Test
    void aReportedRunningTotalAsOfAMonthIsTheLatestEntryUpToThatMonth() {
        PlanStanding may = standing(5);
        PlanStanding.TargetStanding reported = may.targets().stream()
                .filter(t -> t.target().reported() && t.target().accumulation() == Accumulation.YEAR_TO_DATE
                        && !t.actualByMonth().isEmpty() && t.actualByUnit().size() == 1)
                .findFirst().orElseThrow();
        BigDecimal fromTable = jdbc.queryForObject("""
                select value from progress_entry
                 where target_id = ? and superseded_at is null and month <= 5 order by month desc limit 1
                """, BigDecimal.class, reported.target().id());
        assertThat(reported.progress().actual()).isEqualByComparingTo(fromTable);
        // the month-by-month figure ends in May even though later months are reported
        assertThat(reported.actualByMonth().lastKey()).isLessThanOrEqualTo(5);
        Integer laterMonths = jdbc.queryForObject("select count(*) from progress_entry where target_id = ? and month > 5",
                Integer.class, reported.target().id());
        assertThat(laterMonths).isPositive();
    }

    @Test
    void aTargetsStatusAsOfAMonthFollowsItsPaceThen() {
        PlanStanding june = standing(6);
        for (PlanStanding.TargetStanding t : june.targets()) {
            var p = t.progress();
            if (p.actual() == null || p.expectedByNow() == null || p.status() == TargetStatus.MET) {
                continue;
            }
            if (p.mapFigure() != null && p.mapFigure().expectedByNow() != null) {
                continue; // a milestone keeps its own schedule
            }
            assertThat(p.status()).as(t.target().code())
                    .isEqualTo(p.actual().compareTo(p.expectedByNow()) >= 0 ? TargetStatus.ON_PACE : TargetStatus.BEHIND);
        }
    }

    @Test
    void aTownshipsLandWorkAddsUpItsParcelsPlannedAndDoneByTheDate() {
        LocalDate june = LocalDate.of(2011, 6, 30);
        List<TownshipProgress> townships = runAs.user("leader",
                () -> landMeasures.townshipProgress(2011, june, java.util.Set.of("T01.1.land-acquired")));
        TownshipProgress withLand = townships.stream().filter(t -> t.plannedMu().signum() > 0).findFirst().orElseThrow();
        double planned = jdbc.queryForObject("""
                select coalesce(sum(p.area_m2), 0) / (10000.0 / 15) from parcel p join zone z on z.id = p.zone_id
                 where p.deleted_at is null and p.purpose = 'NEW_INDUSTRIAL' and z.kind = 'TOWNSHIP_PARK'
                   and p.township_id = ?
                """, Double.class, withLand.townshipUnitId());
        assertThat(withLand.plannedMu().doubleValue()).isCloseTo(planned, within(0.05 * Math.max(1, withLand.parcels())));
        assertThat(withLand.doneMu().doubleValue()).isCloseTo(
                sqlMu("NEW_INDUSTRIAL", "{TOWNSHIP_PARK}", "ACQUIRED", "2011-06-30", withLand.townshipUnitId()),
                within(0.05 * Math.max(1, withLand.parcels())));
        assertThat(withLand.band()).isNotEqualTo("NONE");
        // a township without parks of the plan has nothing to shade
        assertThat(townships).anyMatch(t -> t.plannedMu().signum() == 0 && t.band().equals("NONE"));
    }

    @Test
    void aParcelsStatusOnADateIsTheLastStepItHadReachedThen() {
        Map<String, Object> levelled = jdbc.queryForMap("""
                select p.id, p.purpose, a.reached_on as acquired, l.reached_on as levelled from parcel p
                  join parcel_status_step a on a.parcel_id = p.id and a.status = 'ACQUIRED'
                  join parcel_status_step l on l.parcel_id = p.id and l.status = 'LEVELLED'
                 where p.deleted_at is null and l.reached_on > a.reached_on limit 1
                """);
        LocalDate acquired = ((java.sql.Date) levelled.get("acquired")).toLocalDate();
        LocalDate level = ((java.sql.Date) levelled.get("levelled")).toLocalDate();
        assertThat(statusOn(levelled, acquired.minusDays(1))).isEqualTo("PLANNED");
        assertThat(statusOn(levelled, acquired)).isEqualTo("ACQUIRED");
        assertThat(statusOn(levelled, level.minusDays(1))).isEqualTo("ACQUIRED");
        assertThat(statusOn(levelled, level)).isEqualTo("LEVELLED");
    }

    String statusOn(Map<String, Object> parcel, LocalDate date) {
        return jdbc.queryForObject("select parcel_status_as_of(?, ?, ?)", String.class, parcel.get("id"),
                parcel.get("purpose"), java.sql.Date.valueOf(date));
    }

    @Test
    void aTaskRollsUpToItsWorstState() {
        PlanStanding june = standing(6);
        Dashboard overview = runAs.user("leader", () -> dashboard.dashboard(DashboardFilter.everything().withMonth(6))).orElseThrow();
        assertThat(overview.tasks()).hasSize(13);
        for (Dashboard.TaskGroup group : overview.tasks()) {
            List<TargetStatus> states = group.tiles().stream().map(t -> t.standing().progress().status()).toList();
            if (states.contains(TargetStatus.BEHIND)) {
                assertThat(group.rollUp()).isEqualTo(TargetStatus.BEHIND);
            } else if (states.contains(TargetStatus.NOT_REPORTED)) {
                assertThat(group.rollUp()).isEqualTo(TargetStatus.NOT_REPORTED);
            } else if (states.contains(TargetStatus.ON_PACE)) {
                assertThat(group.rollUp()).isEqualTo(TargetStatus.ON_PACE);
            }
        }
        assertThat(overview.tiles()).hasSize(june.targets().size());
    }

    @Test
    void aTownshipChosenKeepsTheTargetsWithAFigureThereAndGivesTheirPart() {
        TownshipProgress township = runAs.user("leader", () -> landMeasures.townshipProgress(2011, LocalDate.of(2011, 8, 31),
                java.util.Set.of("T01.1.land-acquired"))).stream().filter(t -> t.doneMu().signum() > 0).findFirst().orElseThrow();
        Place place = runAs.user("leader", () -> dashboard.places()).stream()
                .filter(p -> p.kind() == Place.Kind.TOWNSHIP && p.id() == township.townshipUnitId()).findFirst().orElseThrow();
        Dashboard overview = runAs.user("leader", () -> dashboard.dashboard(DashboardFilter.everything().withMonth(8).withPlace(place)))
                .orElseThrow();
        Dashboard.Tile acquired = overview.tiles().stream().filter(t -> t.code().equals("T01.1.land-acquired")).findFirst().orElseThrow();
        assertThat(acquired.placeFigure().doubleValue()).isCloseTo(
                sqlMu("NEW_INDUSTRIAL", "{TOWNSHIP_PARK}", "ACQUIRED", "2011-08-31", place.id()), within(0.05 * township.parcels()));
        assertThat(acquired.placePlanned()).isEqualByComparingTo(township.plannedMu());
        // the whole city's figures without a share in the township are left out, and counted
        assertThat(overview.hiddenByPlace()).isPositive();
        assertThat(overview.tiles().size() + overview.hiddenByPlace()).isEqualTo(84);
    }

    @Test
    void aUnitChosenKeepsTheTargetsOfItsTasksAndThoseItReports() {
        Long power = jdbc.queryForObject("select id from org_unit where code = 'POWER'", Long.class);
        Dashboard overview = runAs.user("leader", () -> dashboard.dashboard(DashboardFilter.everything().withUnit(power)))
                .orElseThrow();
        assertThat(overview.tasks()).extracting(g -> g.task().number()).contains(11);
        assertThat(overview.tasks()).allMatch(g -> g.task().responsibleUnitIds().contains(power)
                || g.task().cooperatingUnitIds().contains(power)
                || g.tiles().stream().allMatch(t -> power.equals(t.standing().target().reporterUnitId())));
    }
}
