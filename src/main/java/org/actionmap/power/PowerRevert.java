package org.actionmap.power;

import org.actionmap.collaboration.Reverter;
import org.actionmap.collaboration.SnapshotReader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** Reads substations and lines back from their history ({@link PowerSnapshots}), to revert them as edits. */
@Configuration
class PowerRevert {

    @Bean
    Reverter substationReverter(PowerEditService edit) {
        return reverter(PowerSnapshots.SUBSTATION, PowerFeatureKind.SUBSTATION, edit);
    }

    @Bean
    Reverter powerLineReverter(PowerEditService edit) {
        return reverter(PowerSnapshots.POWER_LINE, PowerFeatureKind.POWER_LINE, edit);
    }

    private static Reverter reverter(String kind, PowerFeatureKind feature, PowerEditService edit) {
        return new Reverter() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public void revert(long objectId, String snapshot) {
                edit.revert(feature, objectId, snapshot);
            }
        };
    }

    static SubstationDraft substation(long id, int version, String snapshot) {
        SnapshotReader s = SnapshotReader.of(snapshot);
        Map<Milestone, LocalDate> planned = new EnumMap<>(Milestone.class);
        s.node("milestones").fields().forEachRemaining(e -> {
            String date = e.getValue().path("planned").asText(null);
            if (date != null) {
                planned.put(Milestone.valueOf(e.getKey()), LocalDate.parse(date));
            }
        });
        return new SubstationDraft(id, version, s.text("code"), s.text("name_zh"), s.text("name_en"),
                s.node("voltage_kv").asInt(), s.text("kind"),
                s.node("capacity_mva").isNumber() ? s.node("capacity_mva").decimalValue() : (BigDecimal) null,
                s.text("notes"), s.geometry(), planned);
    }

    static PowerLineDraft line(long id, int version, String snapshot) {
        SnapshotReader s = SnapshotReader.of(snapshot);
        return new PowerLineDraft(id, version, s.text("code"), s.text("name_zh"), s.text("name_en"),
                s.node("voltage_kv").asInt(), s.text("kind"), s.text("status"), s.date("completed_on"), s.text("notes"),
                s.geometry());
    }
}
