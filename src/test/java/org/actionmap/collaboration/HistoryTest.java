package org.actionmap.collaboration;

import org.actionmap.ActionMapTest;
import org.actionmap.land.ParcelDetails;
import org.actionmap.land.ParcelEditService;
import org.actionmap.land.ParcelService;
import org.actionmap.power.PowerEditService;
import org.actionmap.power.PowerLineDraft;
import org.actionmap.power.PowerService;
import org.actionmap.security.NotPermittedException;
import org.actionmap.security.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An object's versions with their differences, and going back to one as a new, permission-checked change. */
@ActionMapTest
@Transactional
class HistoryTest {

    @Autowired
    History history;
    @Autowired
    ParcelService parcels;
    @Autowired
    ParcelEditService edit;
    @Autowired
    PowerService power;
    @Autowired
    PowerEditService powerEdit;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eachVersionSaysWhatItChanged() {
        String code = Renames.anEdzParcel(jdbc);
        String original = parcels.findByCode(code).orElseThrow().name();
        ParcelDetails p = Renames.rename(runAs, parcels, edit, code, "第一版");
        Renames.rename(runAs, parcels, edit, code, "第二版");

        List<History.Version> versions = history.versions("parcel", p.id());
        assertThat(versions.get(0).entry().action()).isEqualTo(ChangeAction.UPDATED);
        assertThat(versions.get(0).differences()).containsExactly(new History.Difference("name", "第一版", "第二版"));
        assertThat(versions.get(0).geometryChanged()).isFalse();
        assertThat(versions.get(1).differences()).contains(new History.Difference("name",
                versions.size() > 2 ? versions.get(2).entry().label(java.util.Locale.CHINA) : null, "第一版"));
        assertThat(original).isNotEqualTo("第一版");
    }

    @Test
    void goingBackToAVersionIsANewChangeCheckedLikeAnEdit() {
        String code = Renames.anEdzParcel(jdbc);
        ParcelDetails p = Renames.rename(runAs, parcels, edit, code, "要恢复的名字");
        Renames.rename(runAs, parcels, edit, code, "后来的名字");
        long wanted = history.versions("parcel", p.id()).get(1).entry().id();

        assertThatThrownBy(() -> runAs.user("power", () -> { history.revert(wanted); return null; }))
                .isInstanceOf(NotPermittedException.class);
        assertThat(parcels.findByCode(code).orElseThrow().name()).isEqualTo("后来的名字");

        runAs.user("land", () -> { history.revert(wanted); return null; });
        assertThat(parcels.findByCode(code).orElseThrow().name()).isEqualTo("要恢复的名字");
        History.Version latest = history.versions("parcel", p.id()).get(0);
        assertThat(latest.entry().action()).isEqualTo(ChangeAction.REVERTED);
        assertThat(latest.entry().actor()).isEqualTo("land");
    }

    @Test
    void aLinesShapeGoesBackWithItsLengthComputedAgain() {
        var line = power.lines().stream().filter(l -> l.code().equals("L10-NB-04")).findFirst().orElseThrow();
        String shape = powerEdit.geometry(org.actionmap.power.PowerFeatureKind.POWER_LINE, line.id()).orElseThrow();
        runAs.user("power", () -> powerEdit.saveLine(new PowerLineDraft(line.id(), line.version(), line.code(), line.nameZh(),
                line.nameEn(), 10, line.kind(), line.status(), null, null, shape)));
        runAs.user("power", () -> powerEdit.saveLine(new PowerLineDraft(line.id(), line.version() + 1, line.code(),
                line.nameZh(), line.nameEn(), 10, line.kind(), line.status(), null, null,
                "{\"type\":\"LineString\",\"coordinates\":[[119.4611,29.2626],[119.47,29.27]]}")));
        List<History.Version> versions = history.versions("power_line", line.id());
        assertThat(versions.get(0).geometryChanged()).isTrue();
        assertThat(versions.get(0).differences()).anyMatch(d -> d.field().equals("length_m"));

        runAs.user("power", () -> { history.revert(versions.get(1).entry().id()); return null; });
        var back = power.lines().stream().filter(l -> l.id() == line.id()).findFirst().orElseThrow();
        assertThat(back.lengthM()).isCloseTo(line.lengthM(), org.assertj.core.api.Assertions.within(0.01));
    }
}
