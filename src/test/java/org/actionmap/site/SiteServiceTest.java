package org.actionmap.site;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.PolygonArea;
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
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Sites on PostGIS: the rules of every write, who may write, the targets computed from the sites, delete and restore. */
@ActionMapTest
@Transactional
class SiteServiceTest {

    /** In the EDZ's Lanjiang area (subdistrict 兰江街道), and a city far outside the county. */
    static final String IN_EDZ = "{\"type\":\"Point\",\"coordinates\":[119.51,29.20]}";
    static final String HANGZHOU = "{\"type\":\"Point\",\"coordinates\":[120.16,30.27]}";
    static final String SQUARE_IN_EDZ = "{\"type\":\"Polygon\",\"coordinates\":[[[119.440,29.170],[119.443,29.170],"
            + "[119.443,29.172],[119.440,29.172],[119.440,29.170]]]}";
    /** The square with two corners swapped: its edges cross in the middle. */
    static final String BOW_TIE = "{\"type\":\"Polygon\",\"coordinates\":[[[119.440,29.170],[119.443,29.172],"
            + "[119.443,29.170],[119.440,29.172],[119.440,29.170]]]}";
    static final LocalDate JUNE = LocalDate.of(2011, 6, 10);

    @Autowired
    SiteService sites;
    @Autowired
    SiteEditService edit;
    @Autowired
    SiteMeasures measures;
    @Autowired
    PlanService plan;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;

    long unit(String code) {
        return jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
    }

    SiteDraft draft(String code, SiteKind kind, SiteStatus status, SiteDates dates, String unitCode, String geometry) {
        return new SiteDraft(null, 0, code, "测试站点 " + code, "Test site " + code, kind, status, dates, unit(unitCode),
                Set.of(), null, geometry);
    }

    SiteDetails save(String user, SiteDraft draft) {
        return runAs.user(user, () -> edit.save(draft));
    }

    SiteDetails completedProject(String code, LocalDate started, LocalDate completed) {
        return save("trade", draft(code, SiteKind.TECH_TRANSFORMATION, SiteStatus.COMPLETED,
                new SiteDates(started, completed, null), "ECON_TRADE", IN_EDZ));
    }

    SiteDraft changed(SiteDetails site, SiteStatus status, SiteDates dates, Long unitId) {
        return new SiteDraft(site.id(), site.version(), site.code(), site.nameZh(), site.nameEn(), site.kind(), status, dates,
                unitId, site.taskIds(), site.notes(), sites.geometry(site.id()).orElseThrow());
    }

    TargetProgress target(String code) {
        return runAs.user("leader", () -> plan.allTargets()).stream().filter(t -> t.target().code().equals(code))
                .findFirst().orElseThrow();
    }

    int actual(String code) {
        return target(code).actual().intValue();
    }

    void refusedWith(String key, Runnable write) {
        assertThatThrownBy(write::run).isInstanceOfSatisfying(UserMessageException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void theDemoSitesLieInTheirTownshipsWithGeodesicAreasAndTheStationsInOtherCitiesHaveNone() {
        assertThat(sites.findAll()).hasSize(76).allSatisfy(s -> assertThat(s.illustrative()).isTrue());
        SiteDetails dongguan = sites.findByCode("IS-DONGGUAN").orElseThrow();
        assertThat(dongguan.townshipUnitId()).isNull();
        assertThat(dongguan.responsibleUnitId()).isEqualTo(unit("FOREIGN_TRADE"));
        assertThat(sites.findAll().stream().filter(s -> !s.kind().isStation()))
                .allSatisfy(s -> assertThat(s.townshipUnitId()).as(s.code()).isNotNull());
        SiteDetails market = sites.findByCode("TM-01").orElseThrow();
        assertThat(market.townshipUnitId()).isEqualTo(unit("SHANGHUA"));
        assertThat(market.point()).isFalse();
        assertThat(market.taskIds()).hasSize(1);

        PolygonArea polygon = new PolygonArea(Geodesic.WGS84, false);
        jdbc.query("select st_x(dp.geom), st_y(dp.geom) from site s, st_dumppoints(s.geom) dp where s.code = 'TM-01' "
                + "order by dp.path", rs -> {
            polygon.AddPoint(rs.getDouble(2), rs.getDouble(1));
        });
        // the closing vertex repeats the first: an edge of no length, which adds no area
        double area = Math.abs(polygon.Compute().area);
        assertThat(market.areaM2()).isCloseTo(area, within(area * 1e-6));
        assertThat(sites.findByCode("TT-001").orElseThrow().areaM2()).isNull();
    }

    @Test
    void theResponsibleUnitsStaffCreateAndChangeTheirSite() {
        SiteDetails created = save("trade", draft("K-T1", SiteKind.TECH_TRANSFORMATION, SiteStatus.UNDER_CONSTRUCTION,
                new SiteDates(JUNE, null, null), "ECON_TRADE", IN_EDZ));
        assertThat(created.townshipUnitId()).isEqualTo(unit("LANJIANG"));
        assertThat(created.point()).isTrue();
        assertThat(runAs.user("trade", () -> edit.mayEdit(created))).isTrue();

        SiteDetails completed = save("trade", changed(created, SiteStatus.COMPLETED,
                new SiteDates(JUNE, LocalDate.of(2011, 9, 1), null), created.responsibleUnitId()));
        assertThat(completed.status()).isEqualTo(SiteStatus.COMPLETED);
        assertThat(completed.version()).isEqualTo(created.version() + 1);
        assertThat(completed.updatedBy()).isEqualTo("trade");

        SiteDetails outline = save("trade", draft("K-T2", SiteKind.TEXTILE_MARKET, SiteStatus.PLANNED, SiteDates.NONE,
                "ECON_TRADE", SQUARE_IN_EDZ));
        assertThat(outline.point()).isFalse();
        assertThat(outline.areaM2()).isBetween(60_000.0, 70_000.0);
        assertThat(outline.townshipUnitId()).isEqualTo(unit("SHANGHUA"));
    }

    @Test
    void otherUnitsThePowerBureauLeadersAndAdministratorsOnlyRead() {
        SiteDetails site = save("trade", draft("K-R1", SiteKind.KEY_PROJECT, SiteStatus.PLANNED, SiteDates.NONE,
                "ECON_TRADE", IN_EDZ));
        SiteDraft change = changed(site, SiteStatus.UNDER_CONSTRUCTION, new SiteDates(JUNE, null, null), site.responsibleUnitId());
        for (String reader : new String[]{"edz", "power", "xiangxi", "leader", "admin"}) {
            assertThatThrownBy(() -> save(reader, change)).as(reader).isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> runAs.user(reader, () -> { edit.delete(site.id(), site.version()); return null; }))
                    .as(reader).isInstanceOf(NotPermittedException.class);
            assertThat(runAs.user(reader, () -> edit.mayEdit(site))).as(reader).isFalse();
        }
        assertThat(runAs.user("leader", () -> edit.mayCreate())).isFalse();
        assertThat(runAs.user("admin", () -> edit.mayCreate())).isFalse();
        assertThat(runAs.user("edz", () -> edit.mayCreate())).isTrue();
        assertThat(sites.findById(site.id()).orElseThrow().status()).isEqualTo(SiteStatus.PLANNED);
        // leaders read: refused as readers, not as another unit
        assertThatThrownBy(() -> save("leader", draft("K-R2", SiteKind.KEY_PROJECT, SiteStatus.PLANNED, SiteDates.NONE,
                "ECON_TRADE", IN_EDZ))).isInstanceOfSatisfying(NotPermittedException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.permission.read-only"));
    }

    @Test
    void aUnitCanNeitherHandItsSiteToAnotherUnitNorCreateOneForAnother() {
        SiteDetails site = save("trade", draft("K-H1", SiteKind.KEY_PROJECT, SiteStatus.PLANNED, SiteDates.NONE,
                "ECON_TRADE", IN_EDZ));
        assertThatThrownBy(() -> save("trade", changed(site, SiteStatus.PLANNED, SiteDates.NONE, unit("EDZ"))))
                .isInstanceOfSatisfying(NotPermittedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("site.error.not-responsible"));
        assertThat(sites.findById(site.id()).orElseThrow().responsibleUnitId()).isEqualTo(unit("ECON_TRADE"));
        assertThatThrownBy(() -> save("trade", draft("K-H2", SiteKind.KEY_PROJECT, SiteStatus.PLANNED, SiteDates.NONE,
                "EDZ", IN_EDZ))).isInstanceOf(NotPermittedException.class);
        assertThat(sites.findByCode("K-H2")).isEmpty();
        // and the EDZ, for its part, does not take the site over
        assertThatThrownBy(() -> save("edz", changed(site, SiteStatus.PLANNED, SiteDates.NONE, unit("EDZ"))))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aSaveFromAStaleVersionIsRefusedNamingWhoChangedTheSite() {
        SiteDetails site = save("trade", draft("K-S1", SiteKind.KEY_PROJECT, SiteStatus.PLANNED, SiteDates.NONE,
                "ECON_TRADE", IN_EDZ));
        SiteDraft first = changed(site, SiteStatus.UNDER_CONSTRUCTION, new SiteDates(JUNE, null, null), site.responsibleUnitId());
        save("trade", first);
        assertThatThrownBy(() -> save("trade", first)).isInstanceOfSatisfying(UserMessageException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("site.error.stale");
            assertThat(e.args()).containsExactly("K-S1", "trade");
        });
        assertThatThrownBy(() -> runAs.user("trade", () -> { edit.delete(site.id(), site.version()); return null; }))
                .isInstanceOfSatisfying(UserMessageException.class, e -> assertThat(e.messageKey()).isEqualTo("site.error.stale"));
    }

    @Test
    void aSelfIntersectingOutlineIsRefusedWithItsPlaceAndNothingIsSaved() {
        int before = sites.findAll().size();
        assertThatThrownBy(() -> save("trade", draft("K-B1", SiteKind.TEXTILE_MARKET, SiteStatus.PLANNED, SiteDates.NONE,
                "ECON_TRADE", BOW_TIE))).isInstanceOfSatisfying(SiteGeometryException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("site.problem.self-intersection");
            assertThat(e.location()).contains("Point").contains("119.4415");
        });
        assertThat(sites.findAll()).hasSize(before);
        assertThat(edit.checkGeometry(BOW_TIE, SiteKind.TEXTILE_MARKET)).isPresent();
        assertThat(edit.checkGeometry(SQUARE_IN_EDZ, SiteKind.TEXTILE_MARKET)).isEmpty();
        refusedWith("site.problem.not-point-or-polygon", () -> save("trade", draft("K-B2", SiteKind.HEATING_NETWORK,
                SiteStatus.PLANNED, SiteDates.NONE, "ECON_TRADE", "{\"type\":\"LineString\",\"coordinates\":[[119.44,29.17],[119.45,29.18]]}")));
        refusedWith("site.problem.no-geometry", () -> save("trade", draft("K-B3", SiteKind.KEY_PROJECT,
                SiteStatus.PLANNED, SiteDates.NONE, "ECON_TRADE", " ")));
    }

    @Test
    void onlyAStationMayLieOutsideTheCounty() {
        refusedWith("site.problem.outside-county", () -> save("trade", draft("K-O1", SiteKind.TECH_TRANSFORMATION,
                SiteStatus.PLANNED, SiteDates.NONE, "ECON_TRADE", HANGZHOU)));
        // half in, half out of the county is outside too
        String straddling = "{\"type\":\"Polygon\",\"coordinates\":[[[119.10,29.20],[119.40,29.20],[119.40,29.21],"
                + "[119.10,29.21],[119.10,29.20]]]}";
        refusedWith("site.problem.outside-county", () -> save("trade", draft("K-O2", SiteKind.HEATING_NETWORK,
                SiteStatus.PLANNED, SiteDates.NONE, "ECON_TRADE", straddling)));
        SiteDetails station = save("trade", draft("K-O3", SiteKind.INVESTMENT_STATION, SiteStatus.OPEN,
                new SiteDates(null, null, JUNE), "ECON_TRADE", HANGZHOU));
        assertThat(station.townshipUnitId()).isNull();
    }

    @Test
    void statusAndDatesFollowTheKindsWorkflowAndNeverLieInTheFuture() {
        refusedWith("site.error.status-not-for-kind", () -> save("trade", draft("K-W1", SiteKind.TECH_TRANSFORMATION,
                SiteStatus.OPEN, new SiteDates(null, null, JUNE), "ECON_TRADE", IN_EDZ)));
        refusedWith("site.error.status-not-for-kind", () -> save("trade", draft("K-W2", SiteKind.INVESTMENT_STATION,
                SiteStatus.COMPLETED, new SiteDates(JUNE, JUNE, null), "ECON_TRADE", HANGZHOU)));
        refusedWith("site.error.date-missing", () -> save("trade", draft("K-W3", SiteKind.TECH_TRANSFORMATION,
                SiteStatus.COMPLETED, new SiteDates(JUNE, null, null), "ECON_TRADE", IN_EDZ)));
        refusedWith("site.error.date-not-reached", () -> save("trade", draft("K-W4", SiteKind.TECH_TRANSFORMATION,
                SiteStatus.UNDER_CONSTRUCTION, new SiteDates(JUNE, JUNE, null), "ECON_TRADE", IN_EDZ)));
        refusedWith("site.error.completed-before-started", () -> save("trade", draft("K-W5", SiteKind.TECH_TRANSFORMATION,
                SiteStatus.COMPLETED, new SiteDates(JUNE, JUNE.minusDays(1), null), "ECON_TRADE", IN_EDZ)));
        // the demo's reporting date is 20 September 2011
        refusedWith("site.error.date-in-future", () -> save("trade", draft("K-W6", SiteKind.TECH_TRANSFORMATION,
                SiteStatus.UNDER_CONSTRUCTION, new SiteDates(LocalDate.of(2011, 9, 21), null, null), "ECON_TRADE", IN_EDZ)));
        refusedWith("site.error.code-format", () -> save("trade", draft("bad code!", SiteKind.KEY_PROJECT,
                SiteStatus.PLANNED, SiteDates.NONE, "ECON_TRADE", IN_EDZ)));
        refusedWith("site.error.code-taken", () -> save("trade", draft("TT-001", SiteKind.KEY_PROJECT,
                SiteStatus.PLANNED, SiteDates.NONE, "ECON_TRADE", IN_EDZ)));
        assertThat(sites.findAll().stream().filter(s -> s.code().startsWith("K-W"))).isEmpty();
        assertThat(save("trade", draft("K-W7", SiteKind.TECH_TRANSFORMATION, SiteStatus.UNDER_CONSTRUCTION,
                new SiteDates(LocalDate.of(2011, 9, 20), null, null), "ECON_TRADE", IN_EDZ)).status())
                .isEqualTo(SiteStatus.UNDER_CONSTRUCTION);
    }

    @Test
    void theSiteTargetsCountTheSitesUnderWayCompletedOrOpenWithinThePlanYear() {
        int underWay = jdbc.queryForObject("""
                select count(*) from site where kind = 'TECH_TRANSFORMATION' and status in ('UNDER_CONSTRUCTION', 'COMPLETED')
                   and (completed_on is null or completed_on >= '2011-01-01')
                """, Integer.class);
        int completed = jdbc.queryForObject("""
                select count(*) from site where kind = 'TECH_TRANSFORMATION' and completed_on between '2011-01-01' and '2011-09-20'
                """, Integer.class);
        assertThat(actual("T02.4.key-tech-projects")).isEqualTo(underWay).isEqualTo(56);
        assertThat(actual("T02.4.tech-projects-completed")).isEqualTo(completed).isEqualTo(31);
        assertThat(actual("T03.2.investment-stations")).isEqualTo(6);
        assertThat(target("T05.2.quality-inspection-centre").status()).isEqualTo(TargetStatus.MET);
        assertThat(actual("T05.2.textile-market")).isZero();
        TargetProgress projects = target("T02.4.tech-projects-completed");
        assertThat(projects.mapFigure().features()).hasSize(31).allSatisfy(f -> assertThat(f.link()).startsWith("sites?site=TT-"));

        // completed in June: under way and completed; in the running totals from June on
        completedProject("K-C1", LocalDate.of(2010, 11, 1), JUNE);
        assertThat(actual("T02.4.key-tech-projects")).isEqualTo(underWay + 1);
        assertThat(actual("T02.4.tech-projects-completed")).isEqualTo(completed + 1);
        var totals = target("T02.4.tech-projects-completed").mapFigure().runningTotals();
        var before = projects.mapFigure().runningTotals();
        assertThat(totals.get(5)).isEqualByComparingTo(before.get(5));
        assertThat(totals.get(6)).isEqualByComparingTo(before.get(6).add(java.math.BigDecimal.ONE));
        // completed the year before: not this year's project at all
        completedProject("K-C2", LocalDate.of(2010, 3, 1), LocalDate.of(2010, 12, 20));
        assertThat(actual("T02.4.key-tech-projects")).isEqualTo(underWay + 1);
        assertThat(actual("T02.4.tech-projects-completed")).isEqualTo(completed + 1);
        // started the year before and still being built: under way this year, counted from January
        save("trade", draft("K-C3", SiteKind.TECH_TRANSFORMATION, SiteStatus.UNDER_CONSTRUCTION,
                new SiteDates(LocalDate.of(2010, 5, 1), null, null), "ECON_TRADE", IN_EDZ));
        assertThat(actual("T02.4.key-tech-projects")).isEqualTo(underWay + 2);
        assertThat(target("T02.4.key-tech-projects").mapFigure().features()).filteredOn(f -> f.code().equals("K-C3"))
                .singleElement().satisfies(f -> assertThat(f.countedOn()).isEqualTo(LocalDate.of(2011, 1, 1)));
        // a key project is not a technical-transformation project
        save("trade", draft("K-C4", SiteKind.KEY_PROJECT, SiteStatus.UNDER_CONSTRUCTION, new SiteDates(JUNE, null, null),
                "ECON_TRADE", IN_EDZ));
        assertThat(actual("T02.4.key-tech-projects")).isEqualTo(underWay + 2);

        // a station counts once it is open; a planned one does not
        SiteDetails taicang = sites.findByCode("IS-TAICANG").orElseThrow();
        save("trade", draft("K-C5", SiteKind.INVESTMENT_STATION, SiteStatus.PLANNED, SiteDates.NONE, "ECON_TRADE", HANGZHOU));
        assertThat(actual("T03.2.investment-stations")).isEqualTo(6);
        save("trade", draft("K-C6", SiteKind.INVESTMENT_STATION,
                SiteStatus.OPEN, new SiteDates(null, null, JUNE), "ECON_TRADE", HANGZHOU));
        assertThat(actual("T03.2.investment-stations")).isEqualTo(7);
        assertThat(runAs.user("trade", () -> edit.mayEdit(taicang))).isFalse();

        // the textile market counts once it is completed within the year
        SiteDetails market = sites.findByCode("TM-01").orElseThrow();
        save("trade", changed(market, SiteStatus.COMPLETED, new SiteDates(market.dates().startedOn(), LocalDate.of(2011, 9, 15), null),
                market.responsibleUnitId()));
        assertThat(target("T05.2.textile-market").status()).isEqualTo(TargetStatus.MET);
    }

    @Test
    void aSiteTellsWhichTargetsItCountsTowardAndWhetherItCountsYet() {
        LocalDate asOf = LocalDate.of(2011, 9, 20);
        assertThat(measures.targetsOf(sites.findByCode("TT-001").orElseThrow(), asOf))
                .extracting(SiteMeasures.SiteTarget::targetCode, SiteMeasures.SiteTarget::counted)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("T02.4.key-tech-projects", true),
                        org.assertj.core.groups.Tuple.tuple("T02.4.tech-projects-completed", true));
        SiteDetails planned = sites.findByCode("TT-060").orElseThrow();
        assertThat(planned.status()).isEqualTo(SiteStatus.PLANNED);
        assertThat(measures.targetsOf(planned, asOf)).hasSize(2).noneMatch(SiteMeasures.SiteTarget::counted);
        assertThat(measures.targetsOf(sites.findByCode("IS-TAICANG").orElseThrow(), asOf))
                .singleElement().satisfies(t -> {
                    assertThat(t.targetCode()).isEqualTo("T03.2.investment-stations");
                    assertThat(t.counted()).isFalse();
                });
        assertThat(measures.targetsOf(sites.findByCode("HN-01").orElseThrow(), asOf)).isEmpty();
    }

    @Test
    void theResponsibleUnitDeletesASiteAndAnAdministratorRestoresIt() {
        int completed = actual("T02.4.tech-projects-completed");
        SiteDetails site = completedProject("K-D1", LocalDate.of(2011, 2, 1), JUNE);
        assertThat(actual("T02.4.tech-projects-completed")).isEqualTo(completed + 1);
        runAs.user("trade", () -> { edit.delete(site.id(), site.version()); return null; });
        assertThat(sites.findByCode("K-D1")).isEmpty();
        assertThat(actual("T02.4.tech-projects-completed")).isEqualTo(completed);
        // the code stays taken while the site is deleted, so that a restore finds it free
        refusedWith("site.error.code-taken", () -> completedProject("K-D1", LocalDate.of(2011, 2, 1), JUNE));

        assertThatThrownBy(() -> runAs.user("trade", () -> edit.deleted())).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> runAs.user("leader", () -> { edit.restore(site.id()); return null; }))
                .isInstanceOf(NotPermittedException.class);
        assertThat(runAs.user("admin", () -> edit.deleted())).extracting(DeletedSite::code).contains("K-D1");
        runAs.user("admin", () -> { edit.restore(site.id()); return null; });
        assertThat(sites.findByCode("K-D1")).isPresent();
        assertThat(actual("T02.4.tech-projects-completed")).isEqualTo(completed + 1);
        refusedWith("site.error.gone", () -> runAs.user("admin", () -> { edit.restore(site.id()); return null; }));
    }

    @Test
    void anUnreadableGeometryIsRefusedWithAClearMessage() {
        // last in its test: PostgreSQL's parse error ends the test's transaction
        refusedWith("site.problem.unreadable", () -> save("trade", draft("K-U1", SiteKind.KEY_PROJECT, SiteStatus.PLANNED,
                SiteDates.NONE, "ECON_TRADE", "{\"type\":\"Point\",\"coordinates\":\"here\"}")));
    }
}
