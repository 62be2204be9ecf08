package org.actionmap.power;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.actionmap.collaboration.Reverter;
import org.actionmap.common.UserMessageException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** Reads substations and lines back from their history ({@link PowerSnapshots}), to revert them as edits. */
@Configuration
class PowerRevert {

    private static final ObjectMapper JSON = new ObjectMapper();

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
        JsonNode s = read(snapshot);
        Map<Milestone, LocalDate> planned = new EnumMap<>(Milestone.class);
        s.path("milestones").fields().forEachRemaining(e -> {
            String date = e.getValue().path("planned").asText(null);
            if (date != null) {
                planned.put(Milestone.valueOf(e.getKey()), LocalDate.parse(date));
            }
        });
        return new SubstationDraft(id, version, s.path("code").asText(), s.path("name_zh").asText(),
                s.path("name_en").asText(), s.path("voltage_kv").asInt(), s.path("kind").asText(),
                s.path("capacity_mva").isNumber() ? s.path("capacity_mva").decimalValue() : (BigDecimal) null,
                text(s, "notes"), s.path("geometry").toString(), planned);
    }

    static PowerLineDraft line(long id, int version, String snapshot) {
        JsonNode s = read(snapshot);
        String completed = text(s, "completed_on");
        return new PowerLineDraft(id, version, s.path("code").asText(), s.path("name_zh").asText(),
                s.path("name_en").asText(), s.path("voltage_kv").asInt(), s.path("kind").asText(),
                s.path("status").asText(), completed == null ? null : LocalDate.parse(completed), text(s, "notes"),
                s.path("geometry").toString());
    }

    private static String text(JsonNode s, String field) {
        return s.path(field).isNull() || s.path(field).isMissingNode() ? null : s.path(field).asText();
    }

    private static JsonNode read(String snapshot) {
        try {
            return JSON.readTree(snapshot);
        } catch (JsonProcessingException e) {
            throw new UserMessageException("history.error.not-revertible");
        }
    }
}
