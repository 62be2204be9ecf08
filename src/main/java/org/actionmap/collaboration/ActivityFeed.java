package org.actionmap.collaboration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.actionmap.security.OrgUnitInfo;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A feed of changes in readable sentences in the user's language: who, of which unit, did what to which object, how
 * long ago ("Wu Land of the Land and Resources Bureau marked parcel DS-07 as levelled, 3 minutes ago"), each object
 * linked to where it opens. It follows new changes live while it is shown.
 */
public class ActivityFeed extends Div {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient Supplier<List<ChangeLogEntry>> entries;
    private final transient Map<Long, OrgUnitInfo> units;
    private final transient List<ObjectLinks> links;

    /**
     * @param entries what to show, newest first (asked again at every change heard)
     */
    public ActivityFeed(Supplier<List<ChangeLogEntry>> entries, Map<Long, OrgUnitInfo> units, List<ObjectLinks> links,
                        LiveChanges live) {
        this.entries = entries;
        this.units = units;
        this.links = List.copyOf(links);
        addClassName("activity-feed");
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", ".35em");
        LiveRefresh.keep(this, live, ChangeEvent::changesContent, events -> refresh());
        refresh();
    }

    /** Reads the entries again, and the times relative to now. */
    public void refresh() {
        removeAll();
        List<ChangeLogEntry> shown = entries.get();
        if (shown.isEmpty()) {
            Span none = new Span(getTranslation("activity.none"));
            none.getStyle().set("color", "var(--lumo-secondary-text-color)");
            add(none);
        }
        Instant now = Instant.now();
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        for (ChangeLogEntry e : shown) {
            Div row = new Div();
            row.addClassName("activity-entry");
            row.getElement().setAttribute("data-kind", e.kind());
            row.getElement().setAttribute("data-action", e.action().name());
            String who = e.actorName() == null ? getTranslation("activity.system")
                    : Optional.ofNullable(e.actorUnitId()).map(units::get)
                    .map(u -> getTranslation("activity.who-of-unit", e.actorName(), u.name(getLocale())))
                    .orElse(e.actorName());
            String object = objectText(e);
            // the object becomes a link inside the translated sentence, wherever the language puts it
            String sentence = getTranslation("activity.action." + e.action().name(), who, "\u0000", detail(e));
            String[] around = sentence.split("\u0000", 2);
            row.add(new Span(around[0]));
            Optional<String> link = links.stream().map(l -> l.linkFor(e.kind(), e.code())).flatMap(Optional::stream).findFirst();
            row.add(link.<com.vaadin.flow.component.Component>map(href -> new Anchor(href, object)).orElseGet(() -> new Span(object)));
            if (around.length > 1) {
                row.add(new Span(around[1]));
            }
            Span ago = new Span(getTranslation("activity.sentence-end", RelativeTime.ago(this, Duration.between(e.at(), now))));
            ago.getElement().setAttribute("title", time.format(e.at()));
            ago.getStyle().set("color", "var(--lumo-secondary-text-color)");
            row.add(ago);
            add(row);
        }
    }

    /**
     * How the object is named: "parcel DS-07 (name)" by default; a kind may name its objects its own way
     * ({@code activity.object.<kind>}), e.g. a figure by its target's name alone, whose code means nothing to readers.
     */
    private String objectText(ChangeLogEntry e) {
        String kindName = getTranslation("activity.kind." + e.kind());
        String own = "activity.object." + e.kind();
        String text = getTranslation(own, kindName, e.code(), e.label(getLocale()));
        return text.contains(own) ? getTranslation("activity.object", kindName, e.code(), e.label(getLocale())) : text;
    }

    /** What a sentence says beside the action: the status a parcel was moved to, the month a figure was reported for. */
    private String detail(ChangeLogEntry e) {
        JsonNode state;
        try {
            state = e.snapshot() == null ? JSON.createObjectNode() : JSON.readTree(e.snapshot());
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            return "";
        }
        return switch (e.action()) {
            // each kind names its statuses in its own bundle keys: parcel.status.LEVELLED, site.status.OPEN
            case STATUS_CHANGED -> getTranslation(e.kind() + ".status." + state.path("status").asText());
            case REPORTED -> getTranslation("activity.month", state.path("month").asInt());
            default -> "";
        };
    }
}
