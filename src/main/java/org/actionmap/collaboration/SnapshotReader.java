package org.actionmap.collaboration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.actionmap.common.UserMessageException;

import java.time.LocalDate;

/**
 * Reads a state kept in the change log back, for a module's {@link Reverter}: fields by name, absent and null alike
 * as null, dates as ISO text, the geometry as GeoJSON text. An unreadable state cannot be brought back.
 */
public final class SnapshotReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode state;

    private SnapshotReader(JsonNode state) {
        this.state = state;
    }

    public static SnapshotReader of(String snapshot) {
        try {
            return new SnapshotReader(JSON.readTree(snapshot));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new UserMessageException("history.error.not-revertible");
        }
    }

    /** A field's JSON node (missing fields give a missing node, never null), for nested values. */
    public JsonNode node(String field) {
        return state.path(field);
    }

    /** A field as text; null when absent or null. */
    public String text(String field) {
        JsonNode node = state.path(field);
        return node.isNull() || node.isMissingNode() ? null : node.asText();
    }

    public LocalDate date(String field) {
        String value = text(field);
        return value == null ? null : LocalDate.parse(value);
    }

    /** The kept geometry as GeoJSON text, as the module's save takes it. */
    public String geometry() {
        return state.path("geometry").toString();
    }
}
