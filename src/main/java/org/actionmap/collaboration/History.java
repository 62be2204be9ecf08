package org.actionmap.collaboration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.actionmap.common.UserMessageException;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An object's history: its changes with the differences each made, and going back to an earlier version through the
 * module that owns the object (so the same permissions and rules apply as to any edit).
 */
@Service
public class History {

    /** Bookkeeping that changes with every save and says nothing about the object itself. */
    static final Set<String> NOT_COMPARED = Set.of("id", "version", "updated_at", "updated_by", "created_at", "created_by",
            "illustrative");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChangeLog log;
    private final Map<String, Reverter> reverters;
    private final List<SnapshotNames> names;

    History(ChangeLog log, List<Reverter> reverters, List<SnapshotNames> names) {
        this.log = log;
        this.reverters = reverters.stream().collect(Collectors.toMap(Reverter::kind, Function.identity()));
        this.names = List.copyOf(names);
    }

    /** The name of what a snapshot's id field refers to ({@code zone_id} 28: the zone's name), empty when unknown. */
    public java.util.Optional<String> nameOf(String field, String value, java.util.Locale locale) {
        if (value == null || !value.matches("\\d{1,18}")) {
            return java.util.Optional.empty();
        }
        long id = Long.parseLong(value);
        return names.stream().map(n -> n.name(field, id, locale)).flatMap(java.util.Optional::stream).findFirst();
    }

    /** One version of an object: the change that made it and what it changed against the version before. */
    public record Version(ChangeLogEntry entry, List<Difference> differences, boolean geometryChanged) {
    }

    /** One attribute that a change set from one value to another (JSON text; null when absent). */
    public record Difference(String field, String before, String after) {
    }

    /** The object's versions, newest first, each with its differences from the one before. */
    public List<Version> versions(String kind, long objectId) {
        List<ChangeLogEntry> entries = log.history(kind, objectId);
        List<Version> versions = new ArrayList<>();
        JsonNode previous = null;
        for (ChangeLogEntry e : entries) {
            JsonNode state = read(e.snapshot());
            List<Difference> differences = differences(previous, state);
            versions.add(new Version(e, differences, differences.stream().anyMatch(d -> d.field().equals("geometry"))));
            previous = state;
        }
        java.util.Collections.reverse(versions);
        return versions;
    }

    /** The extent (W, S, E, N) of the shapes two entries kept, to show both on a map. */
    public java.util.Optional<double[]> extent(long firstEntryId, long secondEntryId) {
        return log.extent(firstEntryId, secondEntryId);
    }

    public boolean revertible(String kind) {
        return reverters.containsKey(kind);
    }

    /** Brings the object back to the state an entry kept, as a new change; refused as its module refuses edits. */
    public void revert(long entryId) {
        ChangeLogEntry entry = log.entry(entryId).orElseThrow(() -> new UserMessageException("history.error.gone"));
        Reverter reverter = reverters.get(entry.kind());
        if (reverter == null || entry.snapshot() == null || entry.action() == ChangeAction.DELETED) {
            throw new UserMessageException("history.error.not-revertible");
        }
        reverter.revert(entry.objectId(), entry.snapshot());
    }

    static List<Difference> differences(JsonNode before, JsonNode after) {
        Set<String> fields = new TreeSet<>();
        if (before != null) {
            before.fieldNames().forEachRemaining(fields::add);
        }
        after.fieldNames().forEachRemaining(fields::add);
        List<Difference> differences = new ArrayList<>();
        for (String field : fields) {
            if (NOT_COMPARED.contains(field)) {
                continue;
            }
            JsonNode was = before == null ? null : before.get(field);
            JsonNode is = after.get(field);
            if (!same(was, is)) {
                differences.add(new Difference(field, text(was), text(is)));
            }
        }
        return differences;
    }

    private static boolean same(JsonNode a, JsonNode b) {
        boolean aMissing = a == null || a.isNull();
        boolean bMissing = b == null || b.isNull();
        if (aMissing || bMissing) {
            return aMissing == bMissing;
        }
        // numbers compared by value: 1.0 and 1 are the same area
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.isTextual() ? node.asText() : node.toString();
    }

    private static JsonNode read(String snapshot) {
        try {
            return snapshot == null ? JSON.createObjectNode() : JSON.readTree(snapshot);
        } catch (JsonProcessingException e) {
            return JSON.createObjectNode();
        }
    }
}
