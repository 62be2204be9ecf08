package org.actionmap.power;

import net.sf.geographiclib.Geodesic;
import org.actionmap.ActionMapTest;
import org.actionmap.common.UserMessageException;
import org.actionmap.plan.PlanService;
import org.actionmap.plan.TargetProgress;
import org.actionmap.security.NotPermittedException;
import org.actionmap.security.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Drawing, changing, splitting, deleting and restoring power features on PostGIS, and who may. */
@ActionMapTest
@Transactional
class PowerEditServiceTest {

    static final String NEW_LINE = "{\"type\":\"LineString\",\"coordinates\":[[119.5352,29.2836],[119.545,29.29],[119.556,29.292]]}";
    static final String IN_COUNTY = "{\"type\":\"Point\",\"coordinates\":[119.50,29.25]}";

    @Autowired
    PowerEditService edit;
    @Autowired
    PowerService power;
    @Autowired
    PlanService plan;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;

    <T> T asPower(Supplier<T> work) {
        return runAs.user("power", work);
    }

    PowerLineDetails line(String code) {
        return power.lines().stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow();
    }

    PowerLineDraft newLine(String code, String geometry) {
        return new PowerLineDraft(null, 0, code, "新线", "New feeder", 10, "NEW", "UNDER_CONSTRUCTION", null, null, geometry);
    }

    String refusal(Runnable work) {
        try {
            work.run();
        } catch (UserMessageException e) {
            return e.messageKey();
        }
        throw new AssertionError("expected a refusal");
    }

    BigDecimal actual(String targetCode) {
        TargetProgress t = runAs.user("leader", () -> plan.allTargets()).stream()
                .filter(p -> p.target().code().equals(targetCode)).findFirst().orElseThrow();
        return t.actual();
    }

    @Test
    void aDrawnLineIsStoredWithItsGeodesicLength() {
        long id = asPower(() -> edit.saveLine(newLine("L10-NEW-1", NEW_LINE)));

        double expected = Geodesic.WGS84.Inverse(29.2836, 119.5352, 29.29, 119.545).s12
                + Geodesic.WGS84.Inverse(29.29, 119.545, 29.292, 119.556).s12;
        PowerLineDetails saved = power.lines().stream().filter(l -> l.id() == id).findFirst().orElseThrow();
        assertThat(saved.lengthM()).isCloseTo(expected, within(expected * 1e-6));
        assertThat(saved.status()).isEqualTo("UNDER_CONSTRUCTION");
        assertThat(edit.geometry(PowerFeatureKind.POWER_LINE, id).orElseThrow()).contains("MultiLineString");
    }

    @Test
    void aChangedLineGetsItsNewLengthAndCountsOnceCompleted() {
        BigDecimal before = actual("T11.2.lines-10kv");
        PowerLineDetails l = line("L10-XX-05");
        asPower(() -> edit.saveLine(new PowerLineDraft(l.id(), l.version(), l.code(), l.nameZh(), l.nameEn(), 10,
                l.kind(), "COMPLETED", LocalDate.of(2011, 9, 10), "done", NEW_LINE)));

        PowerLineDetails after = line("L10-XX-05");
        assertThat(after.lengthM()).isCloseTo(asPower(() -> edit.lineLength(NEW_LINE)), within(0.01));
        assertThat(after.version()).isEqualTo(l.version() + 1);
        assertThat(actual("T11.2.lines-10kv")).isEqualByComparingTo(
                before.add(BigDecimal.valueOf(after.lengthKm()).setScale(2, java.math.RoundingMode.HALF_UP)));
    }

    @Test
    void badGeometriesAndFieldsAreRefusedWithTheirReasonAndNothingIsWritten() {
        int lines = jdbc.queryForObject("select count(*) from power_line", Integer.class);
        assertThat(refusal(() -> asPower(() -> edit.saveLine(newLine("L-X", "{\"type\":\"Line")))))
                .isEqualTo("power.error.geometry-unreadable");
        assertThat(refusal(() -> asPower(() -> edit.saveLine(newLine("L-X", IN_COUNTY)))))
                .isEqualTo("power.error.geometry-not-line");
        assertThat(refusal(() -> asPower(() -> edit.saveLine(newLine("L-X",
                "{\"type\":\"LineString\",\"coordinates\":[[119.5,29.25],[119.5,29.25]]}")))))
                .isEqualTo("power.error.line-too-short");
        assertThat(refusal(() -> asPower(() -> edit.saveLine(newLine("L-X",
                "{\"type\":\"LineString\",\"coordinates\":[[121.4,31.2],[121.5,31.3]]}")))))
                .isEqualTo("power.error.line-outside");
        assertThat(refusal(() -> asPower(() -> edit.saveLine(newLine("L10-XX-01", NEW_LINE)))))
                .isEqualTo("power.error.code-taken");
        assertThat(refusal(() -> asPower(() -> edit.saveLine(new PowerLineDraft(null, 0, "L-X", "新", "New", 10, "NEW",
                "COMPLETED", null, null, NEW_LINE))))).isEqualTo("power.error.completed-needs-date");
        assertThat(refusal(() -> asPower(() -> edit.saveLine(new PowerLineDraft(null, 0, "L-X", "新", "New", 10, "NEW",
                "COMPLETED", LocalDate.of(2011, 12, 1), null, NEW_LINE))))).isEqualTo("power.error.line-completed-in-future");
        assertThat(refusal(() -> asPower(() -> edit.saveSubstation(new SubstationDraft(null, 0, "SS-SH", "上海", "Shanghai",
                110, "NEW", null, null, "{\"type\":\"Point\",\"coordinates\":[121.47,31.23]}", Map.of())))))
                .isEqualTo("power.error.substation-outside");
        assertThat(refusal(() -> asPower(() -> edit.saveSubstation(new SubstationDraft(null, 0, "SS-X", "新", "New",
                35, "NEW", null, null, IN_COUNTY, Map.of()))))).isEqualTo("power.error.voltage");
        assertThat(jdbc.queryForObject("select count(*) from power_line", Integer.class)).isEqualTo(lines);
    }

    @Test
    void aNewSubstationKeepsItsScheduleAndShowsOnTheMapData() {
        long id = asPower(() -> edit.saveSubstation(new SubstationDraft(null, 0, "SS-TEST", "测试变", "Test substation", 110,
                "NEW", new BigDecimal("100"), null, IN_COUNTY, Map.of(Milestone.APPROVED, LocalDate.of(2011, 10, 1)))));

        SubstationDetails s = power.substations().stream().filter(x -> x.id() == id).findFirst().orElseThrow();
        assertThat(s.lon()).isEqualTo(119.50);
        assertThat(s.milestones().get(Milestone.APPROVED).planned()).isEqualTo(LocalDate.of(2011, 10, 1));
        assertThat(s.milestones()).hasSize(Milestone.values().length);
        assertThat(s.reached()).isNull();
    }

    @Test
    void onlyThePowerBureauDrawsAndAStaleSaveIsRefused() {
        assertThatThrownBy(() -> runAs.user("land", () -> edit.saveLine(newLine("L-LAND", NEW_LINE))))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> runAs.user("leader", () -> edit.saveLine(newLine("L-LEAD", NEW_LINE))))
                .isInstanceOf(NotPermittedException.class);
        PowerLineDetails l = line("L10-NB-04");
        asPower(() -> edit.saveLine(new PowerLineDraft(l.id(), l.version(), l.code(), l.nameZh(), "Renamed", 10, l.kind(),
                l.status(), null, null, edit.geometry(PowerFeatureKind.POWER_LINE, l.id()).orElseThrow())));
        assertThat(refusal(() -> asPower(() -> edit.saveLine(new PowerLineDraft(l.id(), l.version(), l.code(), l.nameZh(),
                "Mine", 10, l.kind(), l.status(), null, null, NEW_LINE))))).isEqualTo("power.error.stale");
        assertThat(line("L10-NB-04").nameEn()).isEqualTo("Renamed");
    }

    @Test
    void aLineIsSplitInTwoWhereTheClickMeetsItAndTheLengthsAddUp() {
        PowerLineDetails l = line("L500-XINAN");
        // a point just beside the line's second vertex
        PowerEditService.SplitPreview preview = asPower(() -> edit.previewSplit(l.id(), 119.5162, 29.2024));
        assertThat(preview.firstLengthM() + preview.secondLengthM()).isCloseTo(l.lengthM(), within(1.0));

        long second = asPower(() -> edit.splitLine(l.id(), l.version(), 119.5162, 29.2024, "L500-XINAN-2", "西南线二段", "Xinan line, part 2"));

        PowerLineDetails first = line("L500-XINAN");
        PowerLineDetails other = power.lines().stream().filter(x -> x.id() == second).findFirst().orElseThrow();
        assertThat(first.lengthM()).isCloseTo(preview.firstLengthM(), within(0.5));
        assertThat(other.lengthM()).isCloseTo(preview.secondLengthM(), within(0.5));
        assertThat(other.voltageKv()).isEqualTo(500);
        assertThat(other.status()).isEqualTo(first.status());
        assertThat(other.completedOn()).isEqualTo(first.completedOn());
    }

    @Test
    void aSplitOffTheLineOrAtItsEndIsRefused() {
        PowerLineDetails l = line("L500-XINAN");
        assertThat(refusal(() -> asPower(() -> edit.previewSplit(l.id(), 119.70, 29.40)))).isEqualTo("power.error.split-not-on-line");
        assertThat(refusal(() -> asPower(() -> edit.previewSplit(l.id(), 119.5068, 29.1861)))).isEqualTo("power.error.split-at-end");
        assertThat(refusal(() -> asPower(() -> edit.splitLine(l.id(), l.version(), 119.5162, 29.2024, "L10-XX-01", "重", "Taken"))))
                .isEqualTo("power.error.code-taken");
        assertThat(line("L500-XINAN").lengthM()).isEqualTo(l.lengthM());
    }

    @Test
    void aDeletedLineLeavesTheFiguresAndAnAdministratorRestoresIt() {
        BigDecimal before = actual("T11.2.lines-10kv");
        PowerLineDetails l = line("L10-XX-01");
        asPower(() -> { edit.delete(PowerFeatureKind.POWER_LINE, l.id(), l.version()); return null; });

        assertThat(power.lines()).noneMatch(x -> x.code().equals("L10-XX-01"));
        assertThat(actual("T11.2.lines-10kv")).isLessThan(before);
        assertThatThrownBy(() -> asPower(() -> edit.deleted())).isInstanceOf(NotPermittedException.class);
        assertThat(runAs.user("admin", () -> edit.deleted())).anyMatch(d -> d.code().equals("L10-XX-01") && "power".equals(d.deletedBy()));

        runAs.user("admin", () -> { edit.restore(PowerFeatureKind.POWER_LINE, l.id()); return null; });
        assertThat(actual("T11.2.lines-10kv")).isEqualByComparingTo(before);
    }

    @Test
    void aPhotoIsKeptWithAMilestoneOnlyWhenItIsAnImage() {
        long nvbu = jdbc.queryForObject("select id from substation where code = 'SS-NVBU'", Long.class);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
        assertThatThrownBy(() -> MilestonePhoto.of("notes.txt", "hello".getBytes()))
                .isInstanceOfSatisfying(UserMessageException.class, e -> assertThat(e.messageKey()).isEqualTo("power.photo.error.not-an-image"));
        assertThatThrownBy(() -> MilestonePhoto.of("big.png", new byte[MilestonePhoto.MAX_BYTES + 1]))
                .isInstanceOfSatisfying(UserMessageException.class, e -> assertThat(e.messageKey()).isEqualTo("power.photo.error.too-large"));

        asPower(() -> { power.recordMilestone(nvbu, Milestone.CONSTRUCTION_STARTED, LocalDate.of(2011, 9, 15), "site cleared",
                MilestonePhoto.of("C:\\photos\\site.png", png)); return null; });
        MilestonePhoto kept = power.photo(nvbu, Milestone.CONSTRUCTION_STARTED).orElseThrow();
        assertThat(kept.contentType()).isEqualTo("image/png");
        assertThat(kept.fileName()).isEqualTo("site.png");
        assertThat(power.substations().stream().filter(s -> s.id() == nvbu).findFirst().orElseThrow()
                .milestones().get(Milestone.CONSTRUCTION_STARTED).hasPhoto()).isTrue();

        asPower(() -> { power.recordMilestone(nvbu, Milestone.CONSTRUCTION_STARTED, null, null, null); return null; });
        assertThat(power.photo(nvbu, Milestone.CONSTRUCTION_STARTED)).isEmpty();
    }
}
