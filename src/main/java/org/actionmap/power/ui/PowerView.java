package org.actionmap.power.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import org.actionmap.collaboration.ChangeEvent;
import org.actionmap.collaboration.CommentThreads;
import org.actionmap.collaboration.EditLocks;
import org.actionmap.collaboration.EditSession;
import org.actionmap.collaboration.History;
import org.actionmap.collaboration.LockHeldException;
import org.actionmap.collaboration.LockNotice;
import org.actionmap.collaboration.Presence;
import org.actionmap.collaboration.PresenceAvatars;
import org.actionmap.security.CurrentUser;
import org.actionmap.collaboration.HistoryDialog;
import org.actionmap.collaboration.LiveChanges;
import org.actionmap.collaboration.LiveRefresh;
import org.actionmap.common.UserMessageException;
import org.actionmap.map.BaseLayers;
import org.actionmap.map.MapComponent;
import org.actionmap.map.OnlineBaseMap;
import org.actionmap.plan.PlanService;
import org.actionmap.plan.ReportingCalendar;
import org.actionmap.power.Milestone;
import org.actionmap.power.MilestoneColours;
import org.actionmap.power.PowerEditService;
import org.actionmap.power.PowerFeatureKind;
import org.actionmap.power.PowerLineDetails;
import org.actionmap.power.PowerService;
import org.actionmap.power.PowerSnapshots;
import org.actionmap.power.RuralAreaDetails;
import org.actionmap.power.SubstationDetails;
import org.actionmap.security.OrgUnitService;
import org.actionmap.shell.ExportSelection;
import org.actionmap.shell.MainLayout;

import java.io.ByteArrayInputStream;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The power supply bureau's workspace: its projects on a map coloured by the last milestone reached, with a panel
 * beside it for the feature clicked (or {@code ?feature=CODE}); the programme's timeline on one axis; each
 * substation's milestones planned against actual (late ones flagged, overdue projects first); the lines with their
 * geodesic length and the rural distribution areas. The bureau draws and edits substations and lines beside the map,
 * splits a line, records a milestone (with a photo) or a completion; everyone else reads.
 */
@Route(value = "power", layout = MainLayout.class)
@PermitAll
public class PowerView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final Map<String, String> MILESTONE_COLOURS = MilestoneColours.BY_REACHED;
    static final String SUBSTATIONS = "substations";
    /** Substations and lines a colleague is editing now, marked with the editor's name. */
    static final String BEING_EDITED = "power-being-edited";
    static final java.util.Set<String> POWER_KINDS = java.util.Set.of(PowerSnapshots.SUBSTATION, PowerSnapshots.POWER_LINE,
            PowerSnapshots.RURAL_AREA);
    static final List<String> SNAP_LAYERS = List.of(SUBSTATIONS, "power-lines-planned", "power-lines-building",
            "power-lines-completed");

    private final transient PowerService power;
    private final transient PowerEditService edit;
    private final transient ReportingCalendar calendar;
    private final transient PlanService plan;
    private final transient History history;
    private final transient CommentThreads commentThreads;
    private final transient EditLocks locks;
    private final transient LiveChanges live;
    private final transient Presence presence;
    private final String me;
    /** The edit lock of the feature in the form; null for a new one or while not editing. */
    private EditSession editSession;
    /** The avatars beside the subject shown, kept while it stays shown so that a re-render does not re-announce it. */
    private PresenceAvatars presenceAvatars;
    private final transient OrgUnitService units;
    private final MapComponent map = new MapComponent();
    private final VerticalLayout side = new VerticalLayout();
    private final Div timeline = new Div();
    private final Grid<SubstationDetails> substations = new Grid<>();
    private final Grid<PowerLineDetails> lines = new Grid<>();
    private final ExportSelection<PowerLineDetails> lineSelection = new ExportSelection<>(lines, "power-lines", PowerLineDetails::code);
    private final Grid<RuralAreaDetails> ruralAreas = new Grid<>();
    private final Span ruralSummary = new Span();
    /** The form beside the map while a feature is drawn or edited; map clicks then belong to the drawing. */
    private PowerFeatureForm form;
    /** The code of the substation or line whose details are beside the map; null for the legend. */
    private String shownFeature;
    /** The line waiting for the click that splits it; null when not splitting. */
    private PowerLineDetails splitting;

    public PowerView(PowerService power, PowerEditService edit, ReportingCalendar calendar, PlanService plan,
                     OnlineBaseMap onlineBaseMap, LiveChanges live, History history, OrgUnitService units,
                     EditLocks locks, Presence presence, CurrentUser currentUser, CommentThreads commentThreads) {
        this.commentThreads = commentThreads;
        this.locks = locks;
        this.live = live;
        this.presence = presence;
        this.me = currentUser.require().username();
        this.history = history;
        this.units = units;
        this.power = power;
        this.edit = edit;
        this.calendar = calendar;
        this.plan = plan;
        setMaxWidth("1400px");
        boolean chinese = "zh".equals(getLocale().getLanguage());

        map.setId("power-map");
        map.setHeight("460px");
        map.setTexts(Map.of("layers", getTranslation("map.layers"), "gk", getTranslation("map.gk"),
                "length", getTranslation("map.length-template")));
        onlineBaseMap.layer(this::getTranslation).ifPresent(map::addLayer);
        BaseLayers.all(this::getTranslation, chinese).forEach(map::addLayer);
        // the same layers as on the city map
        new PowerMapLayers().layers(this::getTranslation, getLocale()).forEach(map::addLayer);
        map.addLayer(org.actionmap.map.MapLayer.geoJson(BEING_EDITED, getTranslation("map.layer.being-edited"),
                        "map-data/power-being-edited.geojson",
                        org.actionmap.map.LayerStyle.line("#ef6c00", 4).dashed(6, 3).labelledBy("editor"))
                .identifiedBy("code"));
        map.setView(119.50, 29.25, 10.5);
        map.addFeatureClickListener(e -> clicked(e.getLayerId(), e.getFeatureId(), e.getLon(), e.getLat()));
        map.addMapClickListener(e -> clicked(null, null, e.getLon(), e.getLat()));
        map.addGeometryChangeListener(e -> {
            if (form != null) {
                form.geometryChanged(e.getGeometry(), e.getLengthM());
            }
        });

        side.setId("power-side");
        side.setWidth("24em");
        side.setMinWidth("18em");
        side.setPadding(false);
        side.getStyle().set("overflow", "auto").set("max-height", "460px");
        HorizontalLayout mapRow = new HorizontalLayout(map, side);
        mapRow.setWidthFull();
        mapRow.setFlexGrow(1, map);

        H2 title = new H2(getTranslation("power.title"));
        title.getStyle().set("margin", "0");
        add(title, mapRow);

        H3 timelineTitle = new H3(getTranslation("power.timeline"));
        timeline.setWidthFull();

        H3 stationsTitle = new H3(getTranslation("power.substations"));
        substations.setId("substation-grid");
        substations.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        substations.setAllRowsVisible(true);
        substations.addColumn(s -> s.name(getLocale())).setHeader(getTranslation("power.substation")).setAutoWidth(true).setFrozen(true);
        substations.addColumn(s -> getTranslation("power.kind." + s.kind())).setHeader(getTranslation("power.kind")).setAutoWidth(true);
        substations.addComponentColumn(this::nextMilestone).setHeader(getTranslation("power.next")).setAutoWidth(true).setKey("next");
        for (Milestone m : Milestone.values()) {
            substations.addComponentColumn(s -> timelineCell(s, m)).setHeader(getTranslation("power.milestone." + m.name()))
                    .setAutoWidth(true).setKey(m.name());
        }
        if (power.mayEdit()) {
            substations.addComponentColumn(s -> {
                Button record = new Button(getTranslation("power.record"), e -> new MilestoneDialog(power, s, calendar.today(), this::refresh).open());
                record.addThemeVariants(ButtonVariant.LUMO_SMALL);
                record.addClassName("record-milestone");
                record.getElement().setAttribute("data-substation", s.code());
                return record;
            }).setAutoWidth(true).setKey("record").setFrozenToEnd(true);
        }
        substations.addItemClickListener(e -> showSubstation(e.getItem(), true));

        H3 linesTitle = new H3(getTranslation("power.lines"));
        // by address: the power module knows no export module
        Anchor exportLines = new Anchor("export?layer=power-lines", getTranslation("export.link"));
        exportLines.setId("power-lines-export");
        exportLines.getStyle().set("font-size", "var(--lumo-font-size-s)").set("font-weight", "normal").set("margin-left", "1em");
        lineSelection.button().setId("power-lines-export-selected");
        lineSelection.button().getStyle().set("margin-left", "1em");
        linesTitle.add(exportLines, lineSelection.button());
        lines.setId("line-grid");
        lines.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        lines.setHeight("22em");
        lines.addColumn(l -> l.name(getLocale())).setHeader(getTranslation("power.line")).setAutoWidth(true).setSortable(true)
                .setComparator(PowerLineDetails::code);
        lines.addColumn(l -> l.voltageKv() + " kV").setHeader(getTranslation("power.voltage")).setAutoWidth(true);
        lines.addColumn(l -> getTranslation("power.line-kind." + l.kind())).setHeader(getTranslation("power.kind")).setAutoWidth(true);
        lines.addColumn(l -> getTranslation("power.line-status." + l.status())).setHeader(getTranslation("power.status")).setAutoWidth(true);
        lines.addColumn(l -> km().format(l.lengthKm())).setHeader(getTranslation("power.length-km")).setAutoWidth(true)
                .setComparator(PowerLineDetails::lengthM).setSortable(true);
        lines.addColumn(l -> l.completedOn() == null ? "—" : date().format(l.completedOn())).setHeader(getTranslation("power.completed-on")).setAutoWidth(true);
        if (power.mayEdit()) {
            lines.addComponentColumn(l -> {
                Button complete = new Button(getTranslation("power.line.complete"), e -> new CompletionDialog(
                        getTranslation("power.line.complete.title", l.name(getLocale())), l.completedOn(), calendar.today(),
                        d -> power.completeLine(l.id(), d), this::refresh).open());
                complete.addThemeVariants(ButtonVariant.LUMO_SMALL);
                complete.addClassName("complete-line");
                return complete;
            }).setAutoWidth(true);
        }
        lines.addItemClickListener(e -> showLine(e.getItem(), true));

        H3 ruralTitle = new H3(getTranslation("power.rural-areas"));
        ruralSummary.setId("rural-summary");
        ruralAreas.setId("rural-grid");
        ruralAreas.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        ruralAreas.setHeight("18em");
        ruralAreas.addColumn(RuralAreaDetails::name).setHeader(getTranslation("power.rural-area")).setAutoWidth(true)
                .setComparator(RuralAreaDetails::code).setSortable(true);
        ruralAreas.addColumn(r -> getTranslation("power.rural-kind." + r.kind())).setHeader(getTranslation("power.kind")).setAutoWidth(true);
        ruralAreas.addColumn(r -> getTranslation("power.line-status." + r.status())).setHeader(getTranslation("power.status"))
                .setAutoWidth(true).setSortable(true).setComparator(RuralAreaDetails::status);
        ruralAreas.addColumn(r -> r.completedOn() == null ? "—" : date().format(r.completedOn())).setHeader(getTranslation("power.completed-on")).setAutoWidth(true);
        if (power.mayEdit()) {
            ruralAreas.addComponentColumn(r -> {
                Button complete = new Button(getTranslation("power.line.complete"), e -> new CompletionDialog(
                        getTranslation("power.line.complete.title", r.name()), r.completedOn(), calendar.today(),
                        d -> power.completeRuralArea(r.id(), d), this::refresh).open());
                complete.addThemeVariants(ButtonVariant.LUMO_SMALL);
                return complete;
            }).setAutoWidth(true);
        }
        add(timelineTitle, timeline, stationsTitle, substations, linesTitle, lines, ruralTitle, ruralSummary, ruralAreas);
        showLegend();
        refresh();
        // the bureau's colleagues' changes appear without a reload; a feature's details beside the map are read
        // again unless this user is drawing or splitting
        LiveRefresh.keep(this, live, e -> ChangeEvent.EDIT_LOCK.equals(e.kind()) && POWER_KINDS.stream()
                .anyMatch(k -> e.code().startsWith(k + ":")), events -> map.refreshLayer(BEING_EDITED));
        LiveRefresh.keep(this, live, e -> POWER_KINDS.contains(e.kind()), events -> {
            refresh();
            if (form == null && splitting == null && shownFeature != null) {
                showFeature(shownFeature);
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("feature").ifPresent(code -> {
            Optional<SubstationDetails> s = findSubstation(code);
            Optional<PowerLineDetails> l = findLine(code);
            if (s.isPresent()) {
                showSubstation(s.get(), true);
            } else if (l.isPresent()) {
                showLine(l.get(), true);
            } else {
                Notification.show(getTranslation("power.not-found", code), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_CONTRAST);
            }
        });
    }

    /** A click on the map: a split point while splitting, nothing while drawing, else the feature's details. */
    private void clicked(String layerId, String featureId, double lon, double lat) {
        if (form != null) {
            return;
        }
        if (splitting != null) {
            split(splitting, lon, lat);
            return;
        }
        if (SUBSTATIONS.equals(layerId)) {
            findSubstation(featureId).ifPresent(s -> showSubstation(s, false));
        } else if (layerId != null && layerId.startsWith("power-lines-")) {
            findLine(featureId).ifPresent(l -> showLine(l, false));
        } else if (BEING_EDITED.equals(layerId)) {
            showFeature(featureId);
        } else {
            showLegend();
        }
    }

    private void refresh() {
        LocalDate today = calendar.today();
        List<SubstationDetails> all = power.substations();
        // overdue projects first, then by the next milestone's planned date
        substations.setItems(all.stream().sorted(Comparator
                .comparing((SubstationDetails s) -> !(s.next() != null && s.late(s.next(), today)))
                .thenComparing(s -> s.next() == null || s.milestones().get(s.next()) == null
                        || s.milestones().get(s.next()).planned() == null ? LocalDate.MAX : s.milestones().get(s.next()).planned()))
                .toList());
        timeline.removeAll();
        int year = plan.figuresAsOf().map(LocalDate::getYear).orElse(today.getYear());
        timeline.add(new ProgrammeTimeline(all, year, today, getLocale(), this::getTranslation), timelineLegend());
        lineSelection.setItems(power.lines());
        List<RuralAreaDetails> rural = power.ruralAreas();
        ruralAreas.setItems(rural);
        ruralSummary.setText(getTranslation("power.rural-summary", rural.size(),
                rural.stream().filter(r -> "COMPLETED".equals(r.status())).count(),
                rural.stream().filter(r -> "UNDER_CONSTRUCTION".equals(r.status())).count()));
        PowerMapLayers.IDS.forEach(map::refreshLayer);
    }

    // --- the panel beside the map ------------------------------------------------------------------------------

    private void showLegend() {
        shownFeature = null;
        splitting = null;
        side.removeAll();
        map.highlight(SUBSTATIONS, null);
        side.add(editorActions());
        side.add(new PowerLegend(getTranslation("power.legend")));
        addHint(getTranslation("power.click-feature"));
    }

    private void showSubstation(SubstationDetails s, boolean zoom) {
        splitting = null;
        side.removeAll();
        side.add(editorActions());
        highlight(SUBSTATIONS, s.code());
        FeaturePanel panel = new FeaturePanel(s.name(getLocale()));
        panel.row(getTranslation("power.voltage"), s.voltageKv() + " kV");
        panel.row(getTranslation("power.kind"), getTranslation("power.kind." + s.kind()));
        if (s.capacityMva() != null) {
            panel.row(getTranslation("power.capacity-mva"), NumberFormat.getNumberInstance(getLocale()).format(s.capacityMva()));
        }
        Milestone next = s.next();
        panel.row(getTranslation("power.next"), next == null ? getTranslation("power.all-reached")
                : getTranslation("power.milestone." + next.name()) + (s.late(next, calendar.today()) ? " · " + getTranslation("power.overdue") : ""));
        for (Milestone m : Milestone.values()) {
            panel.add(timelineCell(s, m, getTranslation("power.milestone." + m.name())));
        }
        panel.illustrative(s.illustrative(), getTranslation("power.illustrative"));
        if (s.notes() != null) {
            panel.row(getTranslation("parcel.notes"), s.notes());
        }
        if (edit.mayEdit()) {
            Button record = new Button(getTranslation("power.record"), e -> new MilestoneDialog(power, s, calendar.today(), () -> {
                refresh();
                findSubstation(s.code()).ifPresent(x -> showSubstation(x, false));
            }).open());
            record.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button change = new Button(getTranslation("power.edit"), e -> editSubstation(s));
            change.setId("power-edit-button");
            change.addThemeVariants(ButtonVariant.LUMO_SMALL);
            side.add(new HorizontalLayout(change, record));
        }
        side.add(presenceFor(PowerSnapshots.SUBSTATION, s.code()));
        side.add(panel, historyButton(PowerSnapshots.SUBSTATION, s.id(), s.name(getLocale()), s.code()),
                commentThreads.button(PowerSnapshots.SUBSTATION, s.code(), s.name(getLocale())));
        if (zoom) {
            map.setView(s.lon(), s.lat(), 14);
        }
        remember(s.code());
    }

    private void showLine(PowerLineDetails l, boolean zoom) {
        splitting = null;
        side.removeAll();
        side.add(editorActions());
        highlight("power-lines-" + layerSuffix(l.status()), l.code());
        FeaturePanel panel = new FeaturePanel(l.name(getLocale()));
        panel.row(getTranslation("power.voltage"), l.voltageKv() + " kV");
        panel.row(getTranslation("power.kind"), getTranslation("power.line-kind." + l.kind()));
        panel.row(getTranslation("power.status"), getTranslation("power.line-status." + l.status()));
        panel.row(getTranslation("power.length-km"), km().format(l.lengthKm()));
        if (l.completedOn() != null) {
            panel.row(getTranslation("power.completed-on"), date().format(l.completedOn()));
        }
        panel.illustrative(l.illustrative(), getTranslation("power.illustrative"));
        if (l.notes() != null) {
            panel.row(getTranslation("parcel.notes"), l.notes());
        }
        if (edit.mayEdit()) {
            Button change = new Button(getTranslation("power.edit"), e -> editLine(l));
            change.setId("power-edit-button");
            change.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button split = new Button(getTranslation("power.split"), e -> startSplit(l));
            split.setId("power-split-button");
            split.addThemeVariants(ButtonVariant.LUMO_SMALL);
            side.add(new HorizontalLayout(change, split));
        }
        side.add(presenceFor(PowerSnapshots.POWER_LINE, l.code()));
        side.add(panel, historyButton(PowerSnapshots.POWER_LINE, l.id(), l.name(getLocale()), l.code()),
                commentThreads.button(PowerSnapshots.POWER_LINE, l.code(), l.name(getLocale())));
        if (zoom) {
            fitTo(l);
        }
        remember(l.code());
    }

    private Button historyButton(String kind, long id, String name, String code) {
        Button button = new Button(getTranslation("history.open"), e -> new HistoryDialog(history, kind, id, name,
                units.byId(), edit.mayEdit(), () -> {
            refresh();
            showFeature(code);
        }).open());
        button.setId("power-history-button");
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private Component editorActions() {
        HorizontalLayout row = new HorizontalLayout();
        if (edit.mayEdit()) {
            Button newSubstation = new Button(getTranslation("power.substation.new"), e -> editSubstation(null));
            newSubstation.setId("power-new-substation");
            Button newLine = new Button(getTranslation("power.line.new"), e -> editLine(null));
            newLine.setId("power-new-line");
            newSubstation.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            newLine.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            row.add(newSubstation, newLine);
        }
        return row;
    }

    // --- drawing and editing -----------------------------------------------------------------------------------

    private void editSubstation(SubstationDetails s) {
        if (s != null && !takeLock(PowerSnapshots.SUBSTATION, s.id(), s.code(),
                () -> findSubstation(s.code()).ifPresentOrElse(this::editSubstation, this::showLegend))) {
            return;
        }
        String geometry = s == null ? null : edit.geometry(PowerFeatureKind.SUBSTATION, s.id()).orElse(null);
        startForm(new SubstationForm(edit, power, s, geometry, formHost()), geometry, MapComponent.DrawType.POINT);
    }

    private void editLine(PowerLineDetails l) {
        if (l != null && !takeLock(PowerSnapshots.POWER_LINE, l.id(), l.code(),
                () -> findLine(l.code()).ifPresentOrElse(this::editLine, this::showLegend))) {
            return;
        }
        String geometry = l == null ? null : edit.geometry(PowerFeatureKind.POWER_LINE, l.id()).orElse(null);
        startForm(new PowerLineForm(edit, power, l, geometry, calendar.today(), formHost()), geometry, MapComponent.DrawType.LINE);
    }

    /**
     * Takes the feature's edit lock for this user's form; while a colleague holds it, shows who edits since when
     * (the feature stays readable) with "ask to take over", and {@code retry} opens the form once it is free.
     */
    private boolean takeLock(String kind, long id, String code, Runnable retry) {
        try {
            editSession = EditSession.start(locks, live, side, kind, id, code, () -> {
                        stopEditing();
                        showFeature(code);
                    },
                    () -> Notification.show(getTranslation("lock.lost"), 6000, Notification.Position.MIDDLE)
                            .addThemeVariants(NotificationVariant.LUMO_WARNING));
            return true;
        } catch (LockHeldException held) {
            showFeature(code);
            side.addComponentAtIndex(1, new LockNotice(locks, live, held.lock(), units.byId(), me, retry));
            return false;
        }
    }

    private void startForm(PowerFeatureForm newForm, String geometry, MapComponent.DrawType type) {
        splitting = null;
        map.highlight(SUBSTATIONS, null);
        map.clearProblems();
        if (geometry == null) {
            map.startDrawing(type, SNAP_LAYERS);
        } else {
            map.editGeometry(geometry, SNAP_LAYERS);
        }
        form = newForm;
        side.removeAll();
        side.add(form);
    }

    private PowerFeatureForm.Host formHost() {
        return new PowerFeatureForm.Host() {
            @Override
            public void saved(String code) {
                stopEditing();
                refresh();
                notify(getTranslation("power.saved", code));
                showFeature(code);
            }

            @Override
            public void deleted(String code) {
                stopEditing();
                refresh();
                notify(getTranslation("power.deleted", code));
                showLegend();
            }

            @Override
            public void closed() {
                stopEditing();
                showLegend();
            }

            private void notify(String text) {
                Notification.show(text, 3000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
        };
    }

    private void stopEditing() {
        if (editSession != null) {
            editSession.end();
            editSession = null;
        }
        form = null;
        map.stopEditing();
    }

    private void showFeature(String code) {
        findSubstation(code).ifPresentOrElse(s -> showSubstation(s, false),
                () -> findLine(code).ifPresentOrElse(l -> showLine(l, false), this::showLegend));
    }

    // --- splitting a line --------------------------------------------------------------------------------------

    private void startSplit(PowerLineDetails l) {
        splitting = l;
        side.removeAll();
        FeaturePanel panel = new FeaturePanel(getTranslation("power.split.title", l.name(getLocale())));
        addHintTo(panel, getTranslation("power.split.hint"));
        Button cancel = new Button(getTranslation("parcel.form.cancel"), e -> {
            map.clearProblems();
            showLine(l, false);
        });
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL);
        side.add(panel, cancel);
    }

    private void split(PowerLineDetails l, double lon, double lat) {
        try {
            PowerEditService.SplitPreview at = edit.previewSplit(l.id(), lon, lat);
            map.showProblems("""
                    {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"label":"%s"},
                     "geometry":{"type":"Point","coordinates":[%s,%s]}}]}"""
                    .formatted(getTranslation("power.split.here").replace("\"", "'"), at.lon(), at.lat()));
            new SplitLineDialog(edit, l, at, code -> {
                map.clearProblems();
                refresh();
                Notification.show(getTranslation("power.split.done", l.code(), code), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                findLine(l.code()).ifPresentOrElse(x -> showLine(x, false), this::showLegend);
            }, map::clearProblems).open();
        } catch (UserMessageException e) {
            Notification.show(e.translate(this::getTranslation), 4000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private Optional<SubstationDetails> findSubstation(String code) {
        return power.substations().stream().filter(s -> s.code().equals(code)).findFirst();
    }

    private Optional<PowerLineDetails> findLine(String code) {
        return power.lines().stream().filter(l -> l.code().equals(code)).findFirst();
    }

    private void highlight(String layerId, String code) {
        map.highlight(layerId, code);
    }

    private void fitTo(PowerLineDetails l) {
        edit.extent(PowerFeatureKind.POWER_LINE, l.id()).ifPresent(e -> map.fitExtent(e[0], e[1], e[2], e[3]));
    }

    private static String layerSuffix(String status) {
        return switch (status) {
            case "PLANNED" -> "planned";
            case "UNDER_CONSTRUCTION" -> "building";
            default -> "completed";
        };
    }

    /** The address names the feature shown, so that it can be sent to a colleague. */
    private void remember(String code) {
        shownFeature = code;
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                "power?" + QueryParameters.simple(Map.of("feature", code)).getQueryString()));
    }

    private void addHint(String text) {
        addHintTo(side, text);
    }

    private static void addHintTo(com.vaadin.flow.component.HasComponents target, String text) {
        Span hint = new Span(text);
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        target.add(hint);
    }

    private NumberFormat km() {
        NumberFormat km = NumberFormat.getNumberInstance(getLocale());
        km.setMaximumFractionDigits(2);
        return km;
    }

    private DateTimeFormatter date() {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
    }

    private Span nextMilestone(SubstationDetails s) {
        Milestone next = s.next();
        Span text = new Span(next == null ? getTranslation("power.all-reached") : getTranslation("power.milestone." + next.name()));
        if (next != null && s.late(next, calendar.today())) {
            text.setText(text.getText() + " · " + getTranslation("power.overdue"));
            text.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
            text.addClassName("overdue");
        }
        return text;
    }

    private Div timelineCell(SubstationDetails s, Milestone m) {
        return timelineCell(s, m, null);
    }

    /** A milestone's cell: planned date over actual date (late in red), and the photo kept with it; a title first. */
    private Div timelineCell(SubstationDetails s, Milestone m, String title) {
        SubstationDetails.Dates d = s.milestones().get(m);
        Div cell = new Div();
        if (title != null) {
            Span heading = new Span(title);
            heading.getStyle().set("display", "block").set("font-weight", "600");
            cell.add(heading);
        }
        Span planned = new Span(getTranslation("power.planned-short", d == null || d.planned() == null ? "—" : date().format(d.planned())));
        Span actual = new Span(d == null || d.actual() == null ? "○" : "● " + date().format(d.actual()));
        planned.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-xs)");
        actual.getStyle().set("display", "inline-block");
        if (s.late(m, calendar.today())) {
            actual.getStyle().set("color", "var(--lumo-error-text-color)");
            actual.getElement().setAttribute("title", getTranslation("power.late"));
        }
        cell.add(planned, actual);
        if (d != null && d.hasPhoto()) {
            cell.add(photoLink(s, m));
        }
        cell.getElement().setAttribute("data-milestone", m.name());
        if (d != null && d.note() != null) {
            cell.getElement().setAttribute("title", d.note());
        }
        return cell;
    }

    private Anchor photoLink(SubstationDetails s, Milestone m) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> power.photo(s.id(), m)
                .map(p -> new DownloadResponse(new ByteArrayInputStream(p.bytes()), p.fileName(), p.contentType(), p.bytes().length))
                .orElseGet(() -> DownloadResponse.error(404))), AttachmentType.INLINE, " 📷");
        link.setTarget(AnchorTarget.BLANK);
        link.addClassName("milestone-photo");
        link.getElement().setAttribute("title", getTranslation("power.photo.open"));
        link.getElement().setAttribute("aria-label", getTranslation("power.photo.open"));
        return link;
    }

    private Div timelineLegend() {
        Div legend = new Div();
        legend.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "1.2em")
                .set("font-size", "var(--lumo-font-size-s)").set("margin-top", ".4em");
        legend.add(new Span("◇ " + getTranslation("power.timeline.planned")), new Span("● " + getTranslation("power.timeline.reached")));
        Span late = new Span("━ " + getTranslation("power.timeline.late"));
        late.getStyle().set("color", "var(--lumo-error-text-color)");
        Span today = new Span("│ " + getTranslation("power.timeline.today", date().format(calendar.today())));
        today.getStyle().set("color", "var(--lumo-primary-text-color)");
        legend.add(late, today);
        return legend;
    }

    private PresenceAvatars presenceFor(String kind, String key) {
        if (presenceAvatars == null || !presenceAvatars.shows(kind, key)) {
            presenceAvatars = new PresenceAvatars(presence, live, kind, key, me, units.byId());
        }
        return presenceAvatars;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("power.title") + " · " + getTranslation("app.name");
    }
}
