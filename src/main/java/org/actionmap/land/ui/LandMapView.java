package org.actionmap.land.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
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
import org.actionmap.land.GeometryProblem;
import org.actionmap.land.LandSnapshots;
import org.actionmap.land.ParcelDetails;
import org.actionmap.land.ParcelEditService;
import org.actionmap.land.LandMeasures;
import org.actionmap.plan.PlanService;
import org.actionmap.land.ParcelService;
import org.actionmap.land.ZoneSummary;
import org.actionmap.land.ParcelStatus;
import org.actionmap.land.ParcelStatusColours;
import org.actionmap.map.BaseLayers;
import org.actionmap.map.LayerStyle;
import org.actionmap.map.MapComponent;
import org.actionmap.map.MapLayer;
import org.actionmap.map.MapLayerSource;
import org.actionmap.map.OnlineBaseMap;
import org.actionmap.security.OrgUnitService;
import org.actionmap.shell.MainLayout;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The city on the map: zones and parcels over base layers from open data. A click on a parcel opens its details
 * beside the map; {@code /map?parcel=CODE} opens the map zoomed to that parcel, so a link can be sent to a colleague,
 * {@code ?zone=CODE} frames a zone and {@code ?bbox=W,S,E,N} an extent (the features of an import).
 */
@Route(value = "map", layout = MainLayout.class)
@PermitAll
public class LandMapView extends HorizontalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String PARCELS = "parcels";
    static final String ZONES = "zones";
    static final String TOWNSHIPS = "townships";
    /** Parcels near the view as GeoJSON while a shape is edited: vector tiles cannot be snapped to. */
    static final String SNAP_PARCELS = "snap-parcels";
    /** Parcels a colleague is editing now, outlined with the editor's name. */
    static final String BEING_EDITED = "being-edited";

    private final transient ParcelEditService edit;
    private final transient PlanService plan;
    private final transient LandMeasures measures;
    private ParcelForm form;
    private final transient History history;
    private final transient CommentThreads commentThreads;
    private final transient EditLocks locks;
    private final transient LiveChanges live;
    private final transient Presence presence;
    private final String me;
    /** The edit lock of the parcel in the form; null for a new parcel or while not editing. */
    private EditSession editSession;
    /** The code of the parcel whose details are beside the map, to read them again when a colleague changes it. */
    private String shownParcel;
    /** Colleagues changed parcels since the search's items were read. */
    private boolean searchStale;
    /** The parcel list beside the map, when it is shown. */
    private ParcelListPanel list;
    /** The avatars beside the subject shown, kept while it stays shown so that a re-render does not re-announce it. */
    private PresenceAvatars presenceAvatars;
    private final transient ParcelService parcels;
    private final transient OrgUnitService units;
    private final MapComponent map = new MapComponent();
    private final VerticalLayout side = new VerticalLayout();
    private final ComboBox<SearchItem> search = new ComboBox<>();
    private final com.vaadin.flow.component.button.Button listButton = new com.vaadin.flow.component.button.Button();
    private final com.vaadin.flow.component.button.Button newButton = new com.vaadin.flow.component.button.Button();

    /** A search hit: a parcel (by code or name) or a zone (a park, an EDZ area, a township). */
    record SearchItem(String label, String parcelCode, double[] extent) {
    }

    public LandMapView(ParcelService parcels, OrgUnitService units, ParcelEditService edit, PlanService plan,
                       LandMeasures measures, OnlineBaseMap onlineBaseMap, List<MapLayerSource> otherLayers,
                       LiveChanges live, History history, EditLocks locks, Presence presence, CurrentUser currentUser,
                       CommentThreads commentThreads) {
        this.commentThreads = commentThreads;
        this.history = history;
        this.locks = locks;
        this.live = live;
        this.presence = presence;
        this.me = currentUser.require().username();
        this.measures = measures;
        this.edit = edit;
        this.plan = plan;
        this.parcels = parcels;
        this.units = units;
        setSizeFull();
        setPadding(false);
        setSpacing(false);

        map.setId("land-map");
        map.setSizeFull();
        boolean chinese = "zh".equals(getLocale().getLanguage());
        map.setTexts(Map.of("layers", getTranslation("map.layers"), "gk", getTranslation("map.gk"),
                "area", getTranslation("map.area-template")));
        onlineBaseMap.layer(this::getTranslation).ifPresent(map::addLayer);
        BaseLayers.all(this::getTranslation, chinese).forEach(map::addLayer);
        // zones identified by code, so that a zone opened by address (map?zone=CODE) is outlined
        map.addLayer(MapLayer.geoJson(TOWNSHIPS, getTranslation("map.layer.townships"), "map-data/zones.geojson?kind=TOWNSHIP",
                LayerStyle.line("#78909c", 1.2).dashed(2, 4).labelledBy(chinese ? "name_zh" : "name_en")).identifiedBy("code"));
        map.addLayer(MapLayer.geoJson(ZONES, getTranslation("map.layer.zones"), "map-data/zones.geojson?kind=EDZ_AREA,TOWNSHIP_PARK",
                LayerStyle.area("#5e35b1", "rgba(94,53,177,0.05)").dashed(6, 4).labelledBy(chinese ? "name_zh" : "name_en"))
                .identifiedBy("code"));
        // other modules' features (power projects) above the zones, below the parcels
        otherLayers.forEach(source -> source.layers(this::getTranslation, getLocale()).forEach(map::addLayer));
        map.addLayer(new MapLayer(PARCELS, getTranslation("map.layer.parcels"), MapLayer.Kind.VECTOR_TILES,
                "tiles/parcels/{z}/{x}/{y}.mvt", LayerStyle.area("#5d4037", "#eeeeee")
                .filledBy("status", ParcelStatusColours.byName()), true, getTranslation("map.illustrative-attribution"),
                "code", 10, null));
        map.addLayer(MapLayer.geoJson(BEING_EDITED, getTranslation("map.layer.being-edited"),
                        "map-data/parcels-being-edited.geojson", LayerStyle.line("#ef6c00", 3).dashed(6, 3).labelledBy("editor"))
                .identifiedBy("code").withZIndex(11));
        map.setView(119.50, 29.24, 11);
        // a click on a parcel opens its form; anywhere else (a zone, a river, empty land) brings the legend back
        map.addFeatureClickListener(e -> {
            if (form != null) {
                return; // the form stays open while a shape is drawn or edited
            }
            Optional<String> elsewhere = otherLayers.stream().map(s -> s.linkFor(e.getLayerId(), e.getFeatureId()))
                    .flatMap(Optional::stream).findFirst();
            if (elsewhere.isPresent()) {
                // a link may carry a query ("sites?site=CODE"): the router takes it apart, never in the path
                com.vaadin.flow.router.Location link = new com.vaadin.flow.router.Location(elsewhere.get());
                getUI().ifPresent(ui -> ui.navigate(link.getPath(), link.getQueryParameters()));
                return;
            }
            Optional<ParcelDetails> parcel = PARCELS.equals(e.getLayerId()) || BEING_EDITED.equals(e.getLayerId())
                    ? parcels.findByCode(e.getFeatureId()) : Optional.empty();
            parcel.ifPresentOrElse(p -> show(p, false), this::showLegend);
        });
        map.addMapClickListener(e -> {
            if (form == null) {
                showLegend();
            }
        });
        map.addGeometryChangeListener(e -> {
            if (form != null) {
                form.geometryChanged(e.getGeometry(), e.getAreaM2());
            }
        });

        search.setId("map-search");
        search.setWidthFull();
        search.setPlaceholder(getTranslation("map.search"));
        search.setClearButtonVisible(true);
        search.setItems(this::matches, searchItems());
        search.setItemLabelGenerator(SearchItem::label);
        search.addFocusListener(e -> {
            if (searchStale) {
                searchStale = false;
                search.setItems(this::matches, searchItems());
            }
        });
        search.addValueChangeListener(e -> {
            if (e.getValue() != null && e.isFromClient()) {
                open(e.getValue());
            }
        });

        listButton.setText(getTranslation("parcel.list"));
        listButton.setId("parcel-list-button");
        listButton.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL);
        listButton.addClickListener(e -> showList());
        newButton.setText(getTranslation("parcel.new"));
        newButton.setId("parcel-new-button");
        newButton.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL,
                com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
        newButton.addClickListener(e -> startEditing(null));
        newButton.setVisible(edit.mayEditSomewhere());

        // colleagues' changes appear without a reload: parcels and other modules' layers fetched again, the parcel
        // shown beside the map read again (unless this user is editing one)
        LiveRefresh.keep(this, live, e -> true, events -> {
            if (events.stream().anyMatch(e -> LandSnapshots.PARCEL.equals(e.kind()))) {
                map.refreshLayer(PARCELS);
                // read again when the user next opens the search, not for every open map at every change
                searchStale = true;
                if (form == null && shownParcel != null) {
                    parcels.findByCode(shownParcel).ifPresentOrElse(p -> show(p, false), this::showLegend);
                } else if (form == null && list != null && list.isAttached()) {
                    list.replaceItems(parcels.findAll());
                }
            }
            events.stream().map(e -> e.kind()).distinct().forEach(kind -> otherLayers.forEach(source ->
                    source.layersShowing(kind).forEach(map::refreshLayer)));
            if (events.stream().anyMatch(e -> LandSnapshots.ZONE.equals(e.kind()))) {
                // a new zone is drawn, and the parcels under it changed zone: their details and the search change too
                map.refreshLayer(ZONES);
                map.refreshLayer(TOWNSHIPS);
                map.refreshLayer(PARCELS);
                searchStale = true;
            }
            if (events.stream().anyMatch(e -> ChangeEvent.EDIT_LOCK.equals(e.kind()) && e.code().startsWith(LandSnapshots.PARCEL + ":"))) {
                map.refreshLayer(BEING_EDITED);
            }
        });

        side.setWidth("22em");
        side.setMinWidth("18em");
        side.getStyle().set("overflow", "auto").set("border-left", "1px solid var(--lumo-contrast-10pct)");
        showLegend();
        add(map, side);
        setFlexGrow(1, map);
    }

    private List<SearchItem> searchItems() {
        List<SearchItem> items = new java.util.ArrayList<>();
        parcels.zones().forEach(z -> items.add(new SearchItem(getTranslation("map.search.zone", z.name(getLocale()), z.code()),
                null, z.extent())));
        parcels.findAll().forEach(p -> items.add(new SearchItem(getTranslation("map.search.parcel", p.code(), p.name(),
                p.zoneCode() == null ? "" : p.zoneName(getLocale())), p.code(), p.extent())));
        return items;
    }

    private boolean matches(SearchItem item, String filter) {
        return filter == null || filter.isBlank() || item.label().toLowerCase(getLocale()).contains(filter.trim().toLowerCase(getLocale()));
    }

    private void open(SearchItem item) {
        if (item.parcelCode() != null) {
            parcels.findByCode(item.parcelCode()).ifPresent(p -> show(p, true));
        } else {
            showLegend();
            double[] e = item.extent();
            map.fitExtent(e[0], e[1], e[2], e[3]);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("bbox").flatMap(LandMapView::extent)
                .ifPresent(e -> map.fitExtent(e[0], e[1], e[2], e[3]));
        event.getLocation().getQueryParameters().getSingleParameter("zone").ifPresent(this::showZone);
        Optional<String> code = event.getLocation().getQueryParameters().getSingleParameter("parcel");
        code.flatMap(parcels::findByCode).ifPresentOrElse(p -> show(p, true), () -> code.ifPresent(c -> {
            showLegend();
            Paragraph missing = new Paragraph(getTranslation("map.parcel-not-found", c));
            missing.getStyle().set("color", "var(--lumo-error-text-color)");
            side.addComponentAtIndex(2, missing);
        }));
    }

    /**
     * {@code bbox=W,S,E,N} in longitude/latitude (the import links its features here): the map framed on it. Anything
     * else (not four numbers, outside the globe, west of its west) is ignored: the map opens as usual.
     */
    static Optional<double[]> extent(String bbox) {
        String[] parts = bbox.split(",");
        if (parts.length != 4) {
            return Optional.empty();
        }
        double[] e = new double[4];
        try {
            for (int i = 0; i < 4; i++) {
                e[i] = Double.parseDouble(parts[i].trim());
            }
        } catch (NumberFormatException ex) {
            return Optional.empty();
        }
        boolean valid = e[0] >= -180 && e[2] <= 180 && e[0] <= e[2] && e[1] >= -90 && e[3] <= 90 && e[1] <= e[3];
        return valid ? Optional.of(e) : Optional.empty();
    }

    /** A zone by address (the activity feed links a new zone here): framed, outlined, named beside the map. */
    private void showZone(String code) {
        showLegend();
        Optional<ZoneSummary> zone = parcels.zones().stream().filter(z -> z.code().equals(code)).findFirst();
        Paragraph named = new Paragraph(zone.map(z -> getTranslation("map.zone-shown", z.name(getLocale()),
                getTranslation("zone.kind." + z.kind()), z.code())).orElseGet(() -> getTranslation("map.zone-not-found", code)));
        named.setId("map-zone");
        if (zone.isEmpty()) {
            named.getStyle().set("color", "var(--lumo-error-text-color)");
        }
        side.addComponentAtIndex(2, named);
        zone.ifPresent(z -> {
            map.highlight("TOWNSHIP".equals(z.kind()) ? TOWNSHIPS : ZONES, z.code());
            double[] e = z.extent();
            map.fitExtent(e[0], e[1], e[2], e[3]);
        });
    }

    private void showList() {
        shownParcel = null;
        side.removeAll();
        map.highlight(PARCELS, null);
        // back from a parcel opened from the list: the list as it was left, its filters and checked rows kept
        if (list == null) {
            list = new ParcelListPanel(parcels.findAll(), parcels.zones(), units.byId(), plan.tasks(), p -> show(p, true));
        } else {
            list.replaceItems(parcels.findAll());
        }
        side.add(search, actions(), list);
    }

    private void show(ParcelDetails parcel, boolean zoom) {
        shownParcel = parcel.code();
        side.removeAll();
        side.add(search, actions());
        // the edit action first, where the eye lands, not below the details
        if (edit.mayEdit(parcel)) {
            com.vaadin.flow.component.button.Button editButton = new com.vaadin.flow.component.button.Button(
                    getTranslation("parcel.edit"), e -> startEditing(parcel));
            editButton.setId("parcel-edit-button");
            editButton.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL);
            side.add(editButton);
        }
        side.add(presenceFor(LandSnapshots.PARCEL, parcel.code()));
        side.add(new ParcelPanel(parcel, units.byId(), plan.tasks(), targetLines(parcel)));
        com.vaadin.flow.component.button.Button historyButton = new com.vaadin.flow.component.button.Button(
                getTranslation("history.open"), e -> new HistoryDialog(history, LandSnapshots.PARCEL, parcel.id(),
                parcel.code() + " " + parcel.name(), units.byId(), edit.mayEdit(parcel),
                () -> parcels.findById(parcel.id()).ifPresent(p -> {
                    map.refreshLayer(PARCELS);
                    show(p, false);
                })).open());
        historyButton.setId("parcel-history-button");
        side.add(commentThreads.button(LandSnapshots.PARCEL, parcel.code(), parcel.code() + " " + parcel.name()));
        historyButton.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL,
                com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
        side.add(historyButton);
        map.highlight(PARCELS, parcel.code());
        if (zoom) {
            double[] e = parcel.extent();
            map.fitExtent(e[0], e[1], e[2], e[3]);
        }
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                "map?" + QueryParameters.simple(Map.of("parcel", parcel.code())).getQueryString()));
    }

    private void showLegend() {
        shownParcel = null;
        side.removeAll();
        side.add(search, actions());
        map.highlight(PARCELS, null);
        H4 title = new H4(getTranslation("map.legend"));
        title.getStyle().set("margin", "0");
        side.add(title);
        for (List<ParcelStatus> workflow : List.of(ParcelStatus.NEW_LAND, ParcelStatus.IDLE_LAND)) {
            for (ParcelStatus status : workflow) {
                Span swatch = new Span();
                swatch.getStyle().set("display", "inline-block").set("width", "1.2em").set("height", "0.9em")
                        .set("margin-right", ".5em").set("border", "1px solid #5d4037")
                        .set("background", ParcelStatusColours.BY_STATUS.get(status));
                Div row = new Div(swatch, new Span(getTranslation("parcel.status." + status.name())));
                row.getElement().setAttribute("data-status", status.name());
                side.add(row);
            }
        }
        Paragraph hint = new Paragraph(getTranslation("map.click-parcel"));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Paragraph illustrative = new Paragraph(getTranslation("map.illustrative-note"));
        illustrative.getStyle().set("font-size", "var(--lumo-font-size-s)").set("background", "#fff3cd").set("padding", ".4em");
        side.add(hint, illustrative);
    }

    private List<ParcelPanel.TargetLine> targetLines(ParcelDetails parcel) {
        return plan.figuresAsOf().map(asOf -> measures.targetsOf(parcel, asOf).stream()
                .flatMap(t -> plan.target(t.targetCode()).stream().map(info -> new ParcelPanel.TargetLine(
                        getTranslation(t.counted() ? "parcel.counts" : "parcel.will-count", info.name(getLocale()),
                                getTranslation("parcel.status." + t.reached().name())),
                        "plan/tasks/" + info.taskNumber())))
                .toList()).orElse(List.of());
    }

    private com.vaadin.flow.component.Component actions() {
        HorizontalLayout row = new HorizontalLayout(listButton, newButton);
        row.setSpacing(true);
        return row;
    }

    /**
     * Opens the form for a new parcel (null: the user draws it) or for a change of an existing one, whose edit lock it
     * takes; while a colleague holds that lock the parcel stays readable with who edits it, and may be asked for.
     */
    private void startEditing(ParcelDetails parcel) {
        if (parcel != null) {
            try {
                editSession = EditSession.start(locks, live, side, LandSnapshots.PARCEL, parcel.id(), parcel.code(),
                        () -> {
                            stopEditing();
                            parcels.findById(parcel.id()).ifPresentOrElse(p -> show(p, false), this::showLegend);
                        },
                        () -> Notification.show(getTranslation("lock.lost"), 6000, Notification.Position.MIDDLE)
                                .addThemeVariants(NotificationVariant.LUMO_WARNING));
            } catch (LockHeldException held) {
                show(parcel, false);
                side.addComponentAtIndex(2, new LockNotice(locks, live, held.lock(), units.byId(), me,
                        () -> parcels.findById(parcel.id()).ifPresentOrElse(this::startEditing, this::showLegend)));
                return;
            }
        }
        side.removeAll();
        map.highlight(PARCELS, null);
        map.addLayer(new MapLayer(SNAP_PARCELS, getTranslation("map.layer.snap-parcels"), MapLayer.Kind.GEOJSON_BBOX,
                "map-data/parcels.geojson" + (parcel == null ? "" : "?exclude=" + parcel.id()),
                LayerStyle.line("#6d4c41", 1), true, null, "code", 11, 13));
        List<String> snapTo = List.of(SNAP_PARCELS, ZONES, TOWNSHIPS);
        String geometry = parcel == null ? null : parcels.geometry(parcel.id()).orElse(null);
        if (parcel == null) {
            map.startDrawing(snapTo);
        } else {
            map.editGeometry(geometry, snapTo);
        }
        form = new ParcelForm(parcel, geometry, plan.tasks(), edit, new ParcelForm.MapSide() {
            @Override
            public void showProblems(List<GeometryProblem> problems) {
                map.showProblems(ProblemFeatures.toGeoJson(problems, LandMapView.this::getTranslation));
            }

            @Override
            public void replaceGeometry(String geoJson) {
                map.editGeometry(geoJson, snapTo);
            }

            @Override
            public void saved(ParcelDetails saved) {
                stopEditing();
                map.refreshLayer(PARCELS);
                Notification.show(getTranslation("parcel.saved", saved.code()), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                search.setItems(LandMapView.this::matches, searchItems());
                show(saved, false);
            }

            @Override
            public void deleted(ParcelDetails deleted) {
                stopEditing();
                map.refreshLayer(PARCELS);
                Notification.show(getTranslation("parcel.deleted", deleted.code()), 4000, Notification.Position.BOTTOM_START);
                search.setItems(LandMapView.this::matches, searchItems());
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "map"));
                showLegend();
            }

            @Override
            public void closed(ParcelDetails original) {
                stopEditing();
                if (original == null) {
                    showLegend();
                } else {
                    parcels.findById(original.id()).ifPresentOrElse(p -> show(p, false), LandMapView.this::showLegend);
                }
            }
        });
        side.add(form);
    }

    private void stopEditing() {
        if (editSession != null) {
            editSession.end();
            editSession = null;
        }
        form = null;
        map.stopEditing();
        map.clearProblems();
        map.removeLayer(SNAP_PARCELS);
    }

    private PresenceAvatars presenceFor(String kind, String key) {
        if (presenceAvatars == null || !presenceAvatars.shows(kind, key)) {
            presenceAvatars = new PresenceAvatars(presence, live, kind, key, me, units.byId());
        }
        return presenceAvatars;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.map") + " · " + getTranslation("app.name");
    }
}
