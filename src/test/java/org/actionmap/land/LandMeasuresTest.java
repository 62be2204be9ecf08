package org.actionmap.land;

import org.actionmap.ActionMapTest;
import org.actionmap.plan.PlanService;
import org.actionmap.plan.TargetProgress;
import org.actionmap.plan.TargetStatus;
import org.actionmap.security.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The land targets computed from parcels: which parcels count, by zone, status and date within the plan year. */
@ActionMapTest
@Transactional
class LandMeasuresTest {

    @Autowired
    PlanService plan;
    @Autowired
    ParcelEditService edit;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;

    TargetProgress target(String code) {
        return runAs.user("leader", () -> plan.allTargets()).stream().filter(t -> t.target().code().equals(code))
                .findFirst().orElseThrow();
    }

    double mu(String code) {
        return target(code).actual().doubleValue();
    }

    /** The same figure straight from the tables: parcels of a purpose in zones of a kind that reached a step in 2011 by the reporting date. */
    double sqlMu(String purpose, String zoneKinds, String step) {
        return jdbc.queryForObject("""
                select coalesce(sum(p.area_m2), 0) / (10000.0 / 15) from parcel p
                  join zone z on z.id = p.zone_id
                  join parcel_status_step s on s.parcel_id = p.id and s.status = ?
                 where p.deleted_at is null and p.purpose = ? and z.kind = any(?::varchar[])
                   and s.reached_on between '2011-01-01' and '2011-09-20'
                """, Double.class, step, purpose, zoneKinds);
    }

    String freeSquare(String zoneCode) {
        return FreeLand.square(jdbc, zoneCode, 0.0004);
    }

    ParcelDetails add(String user, String code, String zone, ParcelPurpose purpose, ParcelStatus status,
                      Map<ParcelStatus, LocalDate> steps) {
        return runAs.user(user, () -> edit.save(new ParcelDraft(null, 0, code, code, "industrial", purpose, status, steps,
                Set.of(), null, freeSquare(zone))));
    }

    @Test
    void theDemoFiguresMatchTheParcelsInTheDatabase() {
        assertThat(mu("T01.1.land-acquired")).isCloseTo(sqlMu("NEW_INDUSTRIAL", "{TOWNSHIP_PARK}", "ACQUIRED"), within(0.05));
        assertThat(mu("T01.1.land-levelled")).isCloseTo(sqlMu("NEW_INDUSTRIAL", "{TOWNSHIP_PARK}", "LEVELLED"), within(0.05));
        assertThat(mu("T01.2.industrial-land-added")).isCloseTo(sqlMu("NEW_INDUSTRIAL", "{EDZ_AREA}", "ACQUIRED"), within(0.05));
        assertThat(mu("T01.3.idle-land-cleared")).isCloseTo(sqlMu("IDLE_LAND", "{EDZ_AREA,TOWNSHIP_PARK,TOWNSHIP}", "CLEARED"), within(0.05));
        assertThat(mu("T01.1.land-acquired")).isPositive();
        TargetProgress acquired = target("T01.1.land-acquired");
        assertThat(acquired.status()).isNotIn(TargetStatus.AWAITING_MAP, TargetStatus.NOT_REPORTED);
        assertThat(acquired.mapFigure().features()).isNotEmpty().allSatisfy(f -> assertThat(f.link()).startsWith("map?parcel="));
        assertThat(acquired.mapFigure().parts().stream().map(p -> p.value()).reduce(BigDecimal.ZERO, BigDecimal::add).doubleValue())
                .isCloseTo(acquired.actual().doubleValue(), within(0.01));
        // a target of another map module's features is not the land's: the sites count the textile market
        assertThat(target("T05.2.textile-market").mapFigure().featureKind()).isEqualTo(org.actionmap.plan.MapFigure.FeatureKind.sites);
    }

    @Test
    void aParcelCountsByItsZoneStatusAndTheDateOfItsStepWithinThePlanYear() {
        double acquired = mu("T01.1.land-acquired");
        double levelled = mu("T01.1.land-levelled");
        double edz = mu("T01.2.industrial-land-added");

        ParcelDetails inPark = add("xiangxi", "M-PARK", "TP-XIANGXI", ParcelPurpose.NEW_INDUSTRIAL, ParcelStatus.ACQUIRED,
                Map.of(ParcelStatus.ACQUIRED, LocalDate.of(2011, 6, 1)));
        assertThat(mu("T01.1.land-acquired")).isCloseTo(acquired + inPark.areaMu(), within(0.05));
        assertThat(mu("T01.1.land-levelled")).isCloseTo(levelled, within(0.01));
        assertThat(mu("T01.2.industrial-land-added")).isCloseTo(edz, within(0.01));

        // acquired the year before: not this year's land
        add("xiangxi", "M-OLD", "TP-XIANGXI", ParcelPurpose.NEW_INDUSTRIAL, ParcelStatus.ACQUIRED,
                Map.of(ParcelStatus.ACQUIRED, LocalDate.of(2010, 12, 31)));
        assertThat(mu("T01.1.land-acquired")).isCloseTo(acquired + inPark.areaMu(), within(0.05));

        // levelled in the park: counts for both acquired (by its acquisition date) and levelled
        ParcelDetails levelledParcel = add("xiangxi", "M-LEV", "TP-XIANGXI", ParcelPurpose.NEW_INDUSTRIAL, ParcelStatus.LEVELLED,
                Map.of(ParcelStatus.ACQUIRED, LocalDate.of(2011, 2, 1), ParcelStatus.LEVELLED, LocalDate.of(2011, 8, 1)));
        assertThat(mu("T01.1.land-levelled")).isCloseTo(levelled + levelledParcel.areaMu(), within(0.05));
        assertThat(mu("T01.1.land-acquired")).isCloseTo(acquired + inPark.areaMu() + levelledParcel.areaMu(), within(0.05));
        // the running total of July holds the acquisition (February) but not the levelling (August)
        TargetProgress lev = target("T01.1.land-levelled");
        assertThat(lev.mapFigure().runningTotals().get(7).doubleValue()).isCloseTo(levelled - augustLevelled(), within(0.05));

        // in the zone: the EDZ's figure, not the parks'
        ParcelDetails inZone = add("edz", "M-EDZ", "EDZ-JN", ParcelPurpose.NEW_INDUSTRIAL, ParcelStatus.ACQUIRED,
                Map.of(ParcelStatus.ACQUIRED, LocalDate.of(2011, 4, 1)));
        assertThat(mu("T01.2.industrial-land-added")).isCloseTo(edz + inZone.areaMu(), within(0.05));

        // idle land counts once cleared, not while in disposal
        double idle = mu("T01.3.idle-land-cleared");
        add("edz", "M-IDLE1", "EDZ-LJ", ParcelPurpose.IDLE_LAND, ParcelStatus.IN_DISPOSAL,
                Map.of(ParcelStatus.IDENTIFIED, LocalDate.of(2011, 1, 5), ParcelStatus.IN_DISPOSAL, LocalDate.of(2011, 3, 1)));
        assertThat(mu("T01.3.idle-land-cleared")).isCloseTo(idle, within(0.01));
        ParcelDetails cleared = add("edz", "M-IDLE2", "EDZ-LJ", ParcelPurpose.IDLE_LAND, ParcelStatus.CLEARED,
                Map.of(ParcelStatus.IDENTIFIED, LocalDate.of(2011, 1, 5), ParcelStatus.IN_DISPOSAL, LocalDate.of(2011, 3, 1),
                        ParcelStatus.CLEARED, LocalDate.of(2011, 9, 1)));
        assertThat(mu("T01.3.idle-land-cleared")).isCloseTo(idle + cleared.areaMu(), within(0.05));

        // a deleted parcel leaves the figure
        runAs.user("xiangxi", () -> { edit.delete(inPark.id(), inPark.version()); return null; });
        assertThat(mu("T01.1.land-acquired")).isCloseTo(acquired + levelledParcel.areaMu(), within(0.05));
    }

    /** Demo parks' land levelled in August and September (after July's month end). */
    private double augustLevelled() {
        return jdbc.queryForObject("""
                select coalesce(sum(p.area_m2), 0) / (10000.0 / 15) from parcel p join zone z on z.id = p.zone_id
                  join parcel_status_step s on s.parcel_id = p.id and s.status = 'LEVELLED'
                 where p.deleted_at is null and z.kind = 'TOWNSHIP_PARK' and p.code not like 'M-%'
                   and s.reached_on between '2011-08-01' and '2011-09-20'
                """, Double.class);
    }
}
