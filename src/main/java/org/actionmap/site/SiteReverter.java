package org.actionmap.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.actionmap.collaboration.Reverter;
import org.actionmap.common.UserMessageException;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** Reads a site's state back from its history ({@link SiteSnapshots}), to revert it as an edit of the site. */
@Component
class SiteReverter implements Reverter {

    private static final ObjectMapper JSON = new ObjectMapper();

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
        JsonNode s;
        try {
            s = JSON.readTree(snapshot);
        } catch (JsonProcessingException e) {
            throw new UserMessageException("history.error.not-revertible");
        }
        Set<Long> tasks = new LinkedHashSet<>();
        s.path("task_ids").forEach(t -> tasks.add(t.asLong()));
        return new SiteDraft(now.id(), now.version(), s.path("code").asText(), text(s, "name_zh"), text(s, "name_en"),
                SiteKind.valueOf(s.path("kind").asText()), SiteStatus.valueOf(s.path("status").asText()),
                new SiteDates(date(s, "started_on"), date(s, "completed_on"), date(s, "opened_on")),
                s.path("responsible_unit_id").asLong(), tasks, text(s, "notes"), s.path("geometry").toString());
    }

    private static String text(JsonNode s, String field) {
        return s.path(field).isNull() || s.path(field).isMissingNode() ? null : s.path(field).asText();
    }

    private static LocalDate date(JsonNode s, String field) {
        String value = text(s, field);
        return value == null ? null : LocalDate.parse(value);
    }
}
