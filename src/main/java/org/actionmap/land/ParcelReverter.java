package org.actionmap.land;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.actionmap.collaboration.Reverter;
import org.actionmap.common.UserMessageException;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Reads a parcel's state back from its history ({@link LandSnapshots}), to revert it as an edit of the parcel. */
@Component
class ParcelReverter implements Reverter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ParcelEditService edit;

    ParcelReverter(ParcelEditService edit) {
        this.edit = edit;
    }

    @Override
    public String kind() {
        return LandSnapshots.PARCEL;
    }

    @Override
    public void revert(long objectId, String snapshot) {
        edit.revert(objectId, snapshot);
    }

    /** The draft that makes the parcel {@code now} what the snapshot kept, from the version it has now. */
    static ParcelDraft draft(ParcelDetails now, String snapshot) {
        JsonNode s;
        try {
            s = JSON.readTree(snapshot);
        } catch (JsonProcessingException e) {
            throw new UserMessageException("history.error.not-revertible");
        }
        Map<ParcelStatus, LocalDate> steps = new EnumMap<>(ParcelStatus.class);
        s.path("steps").fields().forEachRemaining(e -> steps.put(ParcelStatus.valueOf(e.getKey()), LocalDate.parse(e.getValue().asText())));
        Set<Long> tasks = new LinkedHashSet<>();
        s.path("task_ids").forEach(t -> tasks.add(t.asLong()));
        return new ParcelDraft(now.id(), now.version(), s.path("code").asText(), s.path("name").asText(),
                s.path("land_use").asText(), ParcelPurpose.valueOf(s.path("purpose").asText()),
                ParcelStatus.valueOf(s.path("status").asText()), steps, tasks,
                s.path("notes").isNull() ? null : s.path("notes").asText(null), s.path("geometry").toString());
    }
}
