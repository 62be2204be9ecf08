package org.actionmap.collaboration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.actionmap.common.UserMessageException;
import org.actionmap.map.BaseLayers;
import org.actionmap.map.LayerStyle;
import org.actionmap.map.MapComponent;
import org.actionmap.map.MapLayer;
import org.actionmap.security.OrgUnitInfo;

import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An object's history: every version, newest first, with who of which unit made it, when, and what it changed; a
 * change of the shape is drawn on a map (the version before dashed, this one in orange). An editor can go back to
 * an earlier version, as a new change that the object's module checks like any edit.
 */
public class HistoryDialog extends Dialog {

    private final transient History history;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String kind;
    private final Map<Long, OrgUnitInfo> units;
    private final MapComponent map = new MapComponent();
    private final transient Runnable reverted;

    public HistoryDialog(History history, String kind, long objectId, String title, Map<Long, OrgUnitInfo> units,
                         boolean mayRevert, Runnable reverted) {
        this.history = history;
        this.reverted = reverted;
        this.kind = kind;
        this.units = units;
        setHeaderTitle(getTranslation("history.dialog-title", title));
        setId("history-dialog");
        setWidth("min(60em, 95vw)");
        setMaxHeight("90vh");
        List<History.Version> versions = history.versions(kind, objectId);
        map.setHeight("260px");
        map.setTexts(Map.of("layers", getTranslation("map.layers"), "gk", getTranslation("map.gk")));
        BaseLayers.all(this::getTranslation, "zh".equals(getLocale().getLanguage())).forEach(map::addLayer);
        map.setVisible(false);
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        if (versions.isEmpty()) {
            list.add(new Span(getTranslation("history.none")));
        }
        for (int i = 0; i < versions.size(); i++) {
            History.Version v = versions.get(i);
            History.Version before = i + 1 < versions.size() ? versions.get(i + 1) : null;
            ChangeLogEntry e = v.entry();
            Div row = new Div();
            row.addClassName("history-version");
            row.getStyle().set("border-top", "1px solid var(--lumo-contrast-10pct)").set("padding-top", ".3em").set("width", "100%");
            String who = e.actorName() == null ? getTranslation("activity.system")
                    : Optional.ofNullable(e.actorUnitId()).map(units::get)
                    .map(u -> getTranslation("activity.who-of-unit", e.actorName(), u.name(getLocale()))).orElse(e.actorName());
            Span heading = new Span(time.format(e.at()) + " · " + who + " · " + getTranslation("history.action." + e.action().name()));
            heading.getStyle().set("font-weight", "600").set("display", "block");
            row.add(heading);
            for (History.Difference d : v.differences()) {
                if (d.field().equals("geometry")) {
                    continue;
                }
                Span line = new Span(getTranslation("history.difference", field(d.field()), shown(d.field(), d.before()),
                        shown(d.field(), d.after())));
                line.addClassName("history-difference");
                line.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)");
                row.add(line);
            }
            if (v.geometryChanged() && before != null) {
                Button show = new Button(getTranslation("history.show-shape"), click -> showShapes(before.entry().id(), e.id()));
                show.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                show.addClassName("history-show-shape");
                row.add(show);
            }
            if (mayRevert && i > 0 && history.revertible(kind) && e.action() != ChangeAction.DELETED) {
                Button revert = new Button(getTranslation("history.revert"), click -> confirmRevert(e, time));
                revert.addThemeVariants(ButtonVariant.LUMO_SMALL);
                revert.addClassName("history-revert");
                row.add(revert);
            }
            list.add(row);
        }
        add(map, list);
        getFooter().add(new Button(getTranslation("history.close"), e -> close()));
    }

    private void showShapes(long beforeId, long afterId) {
        map.setVisible(true);
        map.addLayer(MapLayer.geoJson("history-before", getTranslation("history.layer.before"),
                "map-data/history/" + beforeId + ".geojson", LayerStyle.area("#616161", "rgba(97,97,97,0.1)").dashed(6, 4)));
        map.addLayer(MapLayer.geoJson("history-after", getTranslation("history.layer.after"),
                "map-data/history/" + afterId + ".geojson", LayerStyle.area("#ef6c00", "rgba(239,108,0,0.15)")));
        history.extent(beforeId, afterId).ifPresent(x -> map.fitExtent(x[0], x[1], x[2], x[3]));
    }

    private void confirmRevert(ChangeLogEntry entry, DateTimeFormatter time) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("history.revert.title"));
        confirm.setText(getTranslation("history.revert.text", time.format(entry.at())));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("parcel.form.cancel"));
        confirm.setConfirmText(getTranslation("history.revert"));
        confirm.addConfirmListener(e -> {
            try {
                history.revert(entry.id());
                close();
                Notification.show(getTranslation("history.reverted"), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                reverted.run();
            } catch (UserMessageException ex) {
                Notification.show(ex.translate(this::getTranslation), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        confirm.open();
    }

    private String field(String name) {
        // a field without a translation of its own is shown by its name rather than as a missing key
        return translated("history.field." + name).orElse(name);
    }

    /** A key's text, or empty when the bundles lack it (Vaadin then answers the key itself, or "!key"). */
    private Optional<String> translated(String key) {
        String text = getTranslation(key);
        return text.startsWith("!") || text.equals(key) ? Optional.empty() : Optional.of(text);
    }

    private String shown(String field, String value) {
        if (value == null) {
            return "—";
        }
        String text = readable(field, value);
        return text.length() > 80 ? text.substring(0, 77) + "…" : text;
    }

    /**
     * A stored value as the forms show it: an id by its name (a unit, a zone), a code by its label (a status, a land
     * use), status dates as "label date", a long decimal rounded; anything else as stored.
     */
    private String readable(String field, String value) {
        if (field.endsWith("_id") && value.matches("\\d{1,18}")) {
            OrgUnitInfo unit = field.equals("township_id") || field.contains("unit") ? units.get(Long.parseLong(value)) : null;
            return unit != null ? unit.name(getLocale()) : history.nameOf(field, value, getLocale()).orElse(value);
        }
        if (value.startsWith("{")) {
            try {
                JsonNode object = JSON.readTree(value);
                List<String> parts = new java.util.ArrayList<>();
                object.fields().forEachRemaining(e -> parts.add(label("status", e.getKey()).orElse(e.getKey()) + " "
                        + (e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString())));
                return String.join(", ", parts);
            } catch (JsonProcessingException notJson) {
                return value;
            }
        }
        Optional<String> label = label(field, value);
        if (label.isPresent()) {
            return label.get();
        }
        if (value.matches("-?\\d+\\.\\d{3,}")) {
            NumberFormat number = NumberFormat.getNumberInstance(getLocale());
            number.setMaximumFractionDigits(2);
            return number.format(Double.parseDouble(value));
        }
        return value;
    }

    /** The label of a code under the object's kind ({@code parcel.land-use.warehousing}, {@code power.line-status.PLANNED}). */
    private Optional<String> label(String field, String code) {
        String dashed = field.replace('_', '-');
        List<String> keys = new java.util.ArrayList<>(List.of(kind + "." + dashed + "." + code, kind + "." + field + "." + code));
        if (kind.equals("power_line")) {
            keys.add("power.line-" + dashed + "." + code);
        }
        if (kind.equals("substation") || kind.equals("power_line") || kind.equals("rural_area")) {
            keys.add("power." + dashed + "." + code);
        }
        return keys.stream().map(this::translated).flatMap(Optional::stream).findFirst();
    }
}
