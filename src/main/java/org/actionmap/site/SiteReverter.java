package org.actionmap.site;

import org.actionmap.collaboration.Reverter;
import org.actionmap.collaboration.SnapshotReader;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.Set;

/** Reads a site's state back from its history ({@link SiteSnapshots}), to revert it as an edit of the site. */
@Component
class SiteReverter implements Reverter {

    private final SiteEditService edit;

    SiteReverter(SiteEditService edit) {
        this.edit = edit;
    }

    @Override
    public String kind() {
        return SiteSnapshots.SITE;
    }

    @Override
    public void revert(long objectId, String snapshot) {
        edit.revert(objectId, snapshot);
    }

    /** The draft that makes the site {@code now} what the snapshot kept, from the version it has now. */
    static SiteDraft draft(SiteDetails now, String snapshot) {
        SnapshotReader s = SnapshotReader.of(snapshot);
        Set<Long> tasks = new LinkedHashSet<>();
        s.node("task_ids").forEach(t -> tasks.add(t.asLong()));
        return new SiteDraft(now.id(), now.version(), s.text("code"), s.text("name_zh"), s.text("name_en"),
                SiteKind.valueOf(s.text("kind")), SiteStatus.valueOf(s.text("status")),
                new SiteDates(s.date("started_on"), s.date("completed_on"), s.date("opened_on")),
                s.node("responsible_unit_id").asLong(), tasks, s.text("notes"), s.geometry());
    }
}
