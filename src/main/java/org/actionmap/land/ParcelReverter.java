package org.actionmap.land;

import org.actionmap.collaboration.Reverter;
import org.actionmap.collaboration.SnapshotReader;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Reads a parcel's state back from its history ({@link LandSnapshots}), to revert it as an edit of the parcel. */
@Component
class ParcelReverter implements Reverter {

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
        SnapshotReader s = SnapshotReader.of(snapshot);
        Map<ParcelStatus, LocalDate> steps = new EnumMap<>(ParcelStatus.class);
        s.node("steps").fields().forEachRemaining(e -> steps.put(ParcelStatus.valueOf(e.getKey()), LocalDate.parse(e.getValue().asText())));
        Set<Long> tasks = new LinkedHashSet<>();
        s.node("task_ids").forEach(t -> tasks.add(t.asLong()));
        return new ParcelDraft(now.id(), now.version(), s.text("code"), s.text("name"), s.text("land_use"),
                ParcelPurpose.valueOf(s.text("purpose")), ParcelStatus.valueOf(s.text("status")), steps, tasks,
                s.text("notes"), s.geometry());
    }
}
