package org.actionmap.land;

import org.actionmap.ActionMapTest;
import org.actionmap.common.UserMessageException;
import org.actionmap.security.NotPermittedException;
import org.actionmap.security.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Parcel writes on PostGIS: validation, the status workflow, permissions, versions, delete and restore. */
@ActionMapTest
@Transactional
class ParcelEditServiceTest {

    @Autowired
    ParcelEditService edit;
    @Autowired
    ParcelService parcels;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.actionmap.plan.PlanService plan;

    String freeSquare(String zoneCode, double half) {
        return FreeLand.square(jdbc, zoneCode, half);
    }

    ParcelDraft draft(String code, String geometry) {
        return new ParcelDraft(null, 0, code, "测试地块", "industrial", ParcelPurpose.NEW_INDUSTRIAL, ParcelStatus.ACQUIRED,
                Map.of(ParcelStatus.ACQUIRED, LocalDate.of(2011, 6, 1)), Set.of(), null, geometry);
    }

    @Test
    void zoneStaffDrawAParcelInTheZoneAndItGetsItsAreaZoneAndTownship() {
        String square = freeSquare("EDZ-LJ", 0.0005);
        ParcelDetails saved = runAs.user("edz", () -> edit.save(draft("T-EDZ-1", square)));
        double expected = jdbc.queryForObject("select st_area(st_setsrid(st_geomfromgeojson(?), 4326)::geography)", Double.class, square);
        assertThat(saved.areaM2()).isCloseTo(expected, within(0.01));
        assertThat(saved.zoneCode()).isEqualTo("EDZ-LJ");
        assertThat(saved.steps()).containsEntry(ParcelStatus.ACQUIRED, LocalDate.of(2011, 6, 1));
        assertThat(saved.updatedBy()).isEqualTo("edz");
        assertThat(saved.version()).isZero();
    }

    @Test
    void aSelfIntersectingPolygonIsRefusedWithTheCrossingPointAndARepairOffer() {
        // a bow tie: its edges cross in the middle
        String bowTie = """
                {"type":"Polygon","coordinates":[[[119.46,29.22],[119.462,29.222],[119.462,29.22],[119.46,29.222],[119.46,29.22]]]}""";
        assertThatThrownBy(() -> runAs.user("edz", () -> edit.save(draft("T-BOW", bowTie))))
                .isInstanceOfSatisfying(ParcelRefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("parcel.problem.self-intersection");
                    GeometryProblem problem = e.problems().get(0);
                    assertThat(problem.where()).contains("Point").contains("119.461").contains("29.221");
                    assertThat(problem.repaired()).contains("MultiPolygon");
                });
        assertThat(parcels.findByCode("T-BOW")).isEmpty();
    }

    @Test
    void anOverlapBeyondTheToleranceIsRefusedWithItsArea() {
        ParcelDetails neighbour = parcels.findByCode("DS-N02").orElseThrow();
        String overlapping = jdbc.queryForObject("select st_asgeojson(st_translate(geom, 0.0003, 0), 7) from parcel where code = 'DS-N02'", String.class);
        assertThatThrownBy(() -> runAs.user("edz", () -> edit.save(draft("T-OVER", overlapping))))
                .isInstanceOfSatisfying(ParcelRefusedException.class, e -> {
                    assertThat(e.problems()).anySatisfy(p -> {
                        assertThat(p.message().messageKey()).isEqualTo("parcel.problem.overlap");
                        assertThat(p.message().args()[0]).isEqualTo("DS-N02");
                        assertThat((Double) p.message().args()[1]).isBetween(1000.0, neighbour.areaM2());
                        assertThat(p.where()).contains("Polygon");
                    });
                });
    }

    @Test
    void aParcelOutsideEveryZoneAndAbsurdSizesAreRefused() {
        String farAway = """
                {"type":"Polygon","coordinates":[[[110,20],[110.001,20],[110.001,20.001],[110,20.001],[110,20]]]}""";
        assertThatThrownBy(() -> runAs.user("edz", () -> edit.save(draft("T-FAR", farAway))))
                .isInstanceOfSatisfying(ParcelRefusedException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.message().messageKey()).contains("parcel.problem.outside-zones"));
        String tiny = freeSquare("EDZ-LJ", 0.00002);
        assertThatThrownBy(() -> runAs.user("edz", () -> edit.save(draft("T-TINY", tiny))))
                .isInstanceOfSatisfying(ParcelRefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("parcel.problem.too-small"));
        assertThatThrownBy(() -> runAs.user("edz", () -> edit.save(draft("T-LINE",
                "{\"type\":\"LineString\",\"coordinates\":[[119.46,29.22],[119.47,29.23]]}"))))
                .isInstanceOfSatisfying(ParcelRefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("parcel.problem.not-polygon"));
        assertThatThrownBy(() -> runAs.user("edz", () -> edit.save(draft("T-JUNK", "{not json"))))
                .isInstanceOfSatisfying(ParcelRefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("parcel.problem.unreadable"));
    }

    @Test
    void theWorkflowIsEnforced() {
        String square = freeSquare("EDZ-LJ", 0.0005);
        ParcelDraft levelledWithoutAcquired = new ParcelDraft(null, 0, "T-WF", "x", "industrial", ParcelPurpose.NEW_INDUSTRIAL,
                ParcelStatus.LEVELLED, Map.of(ParcelStatus.LEVELLED, LocalDate.of(2011, 5, 1)), Set.of(), null, square);
        assertThatThrownBy(() -> runAs.user("edz", () -> edit.save(levelledWithoutAcquired)))
                .isInstanceOfSatisfying(UserMessageException.class, e -> assertThat(e.messageKey()).isEqualTo("parcel.error.step-needs-previous"));
        ParcelDraft clearedWithoutIdentified = new ParcelDraft(null, 0, "T-WF", "x", "industrial", ParcelPurpose.IDLE_LAND,
                ParcelStatus.CLEARED, Map.of(ParcelStatus.IN_DISPOSAL, LocalDate.of(2011, 3, 1), ParcelStatus.CLEARED,
                LocalDate.of(2011, 5, 1)), Set.of(), null, square);
        assertThatThrownBy(() -> runAs.user("edz", () -> edit.save(clearedWithoutIdentified)))
                .isInstanceOfSatisfying(UserMessageException.class, e -> assertThat(e.messageKey()).isEqualTo("parcel.error.step-needs-previous"));
        ParcelDraft backwards = new ParcelDraft(null, 0, "T-WF", "x", "industrial", ParcelPurpose.NEW_INDUSTRIAL,
                ParcelStatus.LEVELLED, Map.of(ParcelStatus.ACQUIRED, LocalDate.of(2011, 6, 1), ParcelStatus.LEVELLED,
                LocalDate.of(2011, 5, 1)), Set.of(), null, square);
        assertThatThrownBy(() -> runAs.user("edz", () -> edit.save(backwards)))
                .isInstanceOfSatisfying(UserMessageException.class, e -> assertThat(e.messageKey()).isEqualTo("parcel.error.step-before-previous"));
        ParcelDraft future = draft("T-WF", square);
        ParcelDraft inFuture = new ParcelDraft(null, 0, "T-WF", "x", "industrial", ParcelPurpose.NEW_INDUSTRIAL,
                ParcelStatus.ACQUIRED, Map.of(ParcelStatus.ACQUIRED, LocalDate.of(2011, 12, 1)), Set.of(), null, future.geometry());
        assertThatThrownBy(() -> runAs.user("edz", () -> edit.save(inFuture)))
                .isInstanceOfSatisfying(UserMessageException.class, e -> assertThat(e.messageKey()).isEqualTo("parcel.error.step-in-future"));
        ParcelDraft wrongWorkflow = new ParcelDraft(null, 0, "T-WF", "x", "industrial", ParcelPurpose.IDLE_LAND,
                ParcelStatus.ACQUIRED, Map.of(ParcelStatus.ACQUIRED, LocalDate.of(2011, 5, 1)), Set.of(), null, square);
        assertThatThrownBy(() -> runAs.user("edz", () -> edit.save(wrongWorkflow)))
                .isInstanceOfSatisfying(UserMessageException.class, e -> assertThat(e.messageKey()).isEqualTo("parcel.error.status-not-for-purpose"));
        assertThat(parcels.findByCode("T-WF")).isEmpty();
    }

    @Test
    void permissionsFollowWhereTheParcelLies() {
        String inZone = freeSquare("EDZ-LJ", 0.0005);
        String inXiangxiPark = freeSquare("TP-XIANGXI", 0.0004);
        // land, construction and the EDZ edit in the zone; a township's staff do not
        assertThat(runAs.user("land", () -> edit.save(draft("T-P1", inZone))).zoneCode()).isEqualTo("EDZ-LJ");
        assertThatThrownBy(() -> runAs.user("xiangxi", () -> edit.save(draft("T-P2", freeSquare("EDZ-LJ", 0.0005)))))
                .isInstanceOf(NotPermittedException.class);
        // a township edits in its own township; the zone's editors do not
        assertThat(runAs.user("xiangxi", () -> edit.save(draft("T-P3", inXiangxiPark))).zoneCode()).isEqualTo("TP-XIANGXI");
        assertThatThrownBy(() -> runAs.user("edz", () -> edit.save(draft("T-P4", freeSquare("TP-XIANGXI", 0.0004)))))
                .isInstanceOf(NotPermittedException.class);
        // the power bureau and leaders read
        assertThatThrownBy(() -> runAs.user("power", () -> edit.save(draft("T-P5", freeSquare("EDZ-LJ", 0.0005)))))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> runAs.user("leader", () -> edit.save(draft("T-P6", freeSquare("EDZ-LJ", 0.0005)))))
                .isInstanceOf(NotPermittedException.class);
        // moving a zone parcel into a township park needs the right to edit there too
        ParcelDetails zoneParcel = parcels.findByCode("T-P1").orElseThrow();
        ParcelDraft moved = new ParcelDraft(zoneParcel.id(), zoneParcel.version(), "T-P1", "x", "industrial",
                ParcelPurpose.NEW_INDUSTRIAL, ParcelStatus.ACQUIRED, Map.of(ParcelStatus.ACQUIRED, LocalDate.of(2011, 6, 1)),
                Set.of(), null, freeSquare("TP-XIANGXI", 0.0004));
        assertThatThrownBy(() -> runAs.user("land", () -> edit.save(moved))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> runAs.user("xiangxi", () -> { edit.delete(zoneParcel.id(), zoneParcel.version()); return null; }))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aStaleSaveIsRefusedAndDeleteIsRecoverableByAnAdministrator() {
        ParcelDetails saved = runAs.user("edz", () -> edit.save(draft("T-V1", freeSquare("EDZ-JN", 0.0005))));
        Long task = plan.tasks().get(0).id();
        ParcelDraft renamed = new ParcelDraft(saved.id(), saved.version(), "T-V1", "新名称", "warehousing",
                ParcelPurpose.NEW_INDUSTRIAL, ParcelStatus.ACQUIRED, saved.steps(), Set.of(task), "备注", jdbc.queryForObject(
                "select st_asgeojson(geom) from parcel where id = ?", String.class, saved.id()));
        ParcelDetails updated = runAs.user("construction", () -> edit.save(renamed));
        assertThat(updated.version()).isEqualTo(1);
        assertThat(updated.name()).isEqualTo("新名称");
        assertThat(updated.taskIds()).containsExactly(task);
        assertThat(parcels.findByTask(task)).extracting(ParcelDetails::code).contains("T-V1");
        // a colleague still holding version 0 cannot overwrite
        assertThatThrownBy(() -> runAs.user("edz", () -> edit.save(renamed)))
                .isInstanceOfSatisfying(UserMessageException.class, e -> assertThat(e.messageKey()).isEqualTo("parcel.error.stale"));

        runAs.user("edz", () -> { edit.delete(updated.id(), updated.version()); return null; });
        assertThat(parcels.findByCode("T-V1")).isEmpty();
        assertThatThrownBy(() -> runAs.user("edz", () -> { edit.restore(updated.id()); return null; }))
                .isInstanceOf(NotPermittedException.class);
        assertThat(runAs.user("admin", () -> edit.deleted())).extracting(DeletedParcel::code).contains("T-V1");
        runAs.user("admin", () -> { edit.restore(updated.id()); return null; });
        assertThat(parcels.findByCode("T-V1")).isPresent();

        // a parcel drawn on the same land after a delete blocks the restore, and the refusal names it
        ParcelDetails again = parcels.findByCode("T-V1").orElseThrow();
        String shape = jdbc.queryForObject("select st_asgeojson(geom) from parcel where id = ?", String.class, again.id());
        runAs.user("edz", () -> { edit.delete(again.id(), again.version()); return null; });
        runAs.user("edz", () -> edit.save(draft("T-V2", shape)));
        assertThatThrownBy(() -> runAs.user("admin", () -> { edit.restore(again.id()); return null; }))
                .isInstanceOfSatisfying(UserMessageException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("parcel.error.restore-overlap");
                    assertThat(e.args()[0]).isEqualTo("T-V2");
                });
    }

    @Test
    void aCodeIsUniqueEvenAmongDeletedParcels() {
        assertThatThrownBy(() -> runAs.user("edz", () -> edit.save(draft("DS-N02", freeSquare("EDZ-LJ", 0.0005)))))
                .isInstanceOfSatisfying(UserMessageException.class, e -> assertThat(e.messageKey()).isEqualTo("parcel.error.code-taken"));
    }
}
