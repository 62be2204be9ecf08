package org.actionmap.site.ui;

import org.actionmap.collaboration.CommentThreads;
import org.actionmap.collaboration.EditLocks;
import org.actionmap.collaboration.EditSession;
import org.actionmap.collaboration.History;
import org.actionmap.collaboration.HistoryDialog;
import org.actionmap.collaboration.LiveChanges;
import org.actionmap.collaboration.LiveRefresh;
import org.actionmap.collaboration.LockHeldException;
import org.actionmap.collaboration.LockNotice;
import org.actionmap.collaboration.Presence;
import org.actionmap.collaboration.PresenceAvatars;
import org.actionmap.security.CurrentUser;
import org.actionmap.site.SiteSnapshots;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.actionmap.map.BaseLayers;
import org.actionmap.map.LayerStyle;
import org.actionmap.map.MapComponent;
import org.actionmap.map.MapLayer;
import org.actionmap.map.OnlineBaseMap;
import org.actionmap.plan.PlanService;
import org.actionmap.security.OrgUnitInfo;
import org.actionmap.security.OrgUnitService;
import org.actionmap.site.*;
import org.actionmap.shell.MainLayout;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plan's other sites on a map: one layer per kind, filled by status, with a legend, a filtered list and each
 * site's details beside the map. The responsible unit's staff create and edit their sites in a form beside the map,
 * drawing the shape on it. {@code /sites?site=CODE} opens a site, so that a link can be sent to a colleague.
 */
@Route(value = "sites", layout = MainLayout.class)
@PermitAll
public class SiteView extends HorizontalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String TOWNSHIPS = "site-townships";
    static final String ZONES = "site-zones";
    /** Shapes snap to the township outlines and the zones' edges. */
    private static final List<String> SNAP = List.of(TOWNSHIPS, ZONES);
    /** A point site far away is shown with this margin (degrees) around it, not at the map's closest zoom. */
    private static final double POINT_MARGIN = 0.01;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient SiteService sites;
    private final transient SiteEditService edit;
    private final transient SiteMeasures measures;
    private final transient PlanService plan;
    private final transient OrgUnitService units;
    private final MapComponent map = new MapComponent();
    private final VerticalLayout side = new VerticalLayout();
    private final Button listButton = new Button();
    private final Button newButton = new Button();
    private SiteForm form;
    private String highlightedLayer;

    private final transient LiveChanges live;
    private final transient History history;
    private final transient CommentThreads commentThreads;
    private final transient EditLocks locks;
    private final transient Presence presence;
    private final String me;
    /** The code of the site beside the map, to read it again when a colleague changes it. */
    private String shownSite;
    /** The site list beside the map, when it is shown. */
    private SiteListPanel list;
    /** The edit lock of the site in the form; null for a new site or while not editing. */
    private EditSession editSession;
    /** The avatars beside the subject shown, kept while it stays shown so that a re-render does not re-announce it. */
    private PresenceAvatars presenceAvatars;

    public SiteView(SiteService sites, SiteEditService edit, SiteMeasures measures, PlanService plan,
                    OrgUnitService units, OnlineBaseMap onlineBaseMap, LiveChanges live, History history,
                    EditLocks locks, Presence presence, CurrentUser currentUser, CommentThreads commentThreads) {
        this.commentThreads = commentThreads;
        this.live = live;
        this.history = history;
        this.locks = locks;
        this.presence = presence;
        this.me = currentUser.require().username();
        this.sites = sites;
        this.edit = edit;
        this.measures = measures;
        this.plan = plan;
        this.units = units;
        setSizeFull();
        setPadding(false);
        setSpacing(false);
        // colleagues' changes appear without a reload; the site beside the map is read again unless this user edits
        LiveRefresh.keep(this, live, e -> SiteSnapshots.SITE.equals(e.kind()), events -> {
            refreshLayers();
            if (form == null && shownSite != null) {
                sites.findByCode(shownSite).ifPresentOrElse(x -> show(x, false), this::showLegend);
            } else if (form == null && list != null && list.isAttached()) {
                list.replaceItems(sites.findAll());
            }
        });

        map.setId("site-map");
        map.setSizeFull();
        boolean chinese = "zh".equals(getLocale().getLanguage());
        map.setTexts(Map.of("layers", getTranslation("map.layers"), "gk", getTranslation("map.gk"),
                "area", getTranslation("map.area-template")));
        onlineBaseMap.layer(this::getTranslation).ifPresent(map::addLayer);
        BaseLayers.all(this::getTranslation, chinese).forEach(map::addLayer);
        map.addLayer(MapLayer.geoJson(TOWNSHIPS, getTranslation("map.layer.townships"), "map-data/zones.geojson?kind=TOWNSHIP",
                LayerStyle.line("#78909c", 1.2).dashed(2, 4).labelledBy(chinese ? "name_zh" : "name_en")));
        map.addLayer(MapLayer.geoJson(ZONES, getTranslation("map.layer.zones"), "map-data/zones.geojson?kind=EDZ_AREA,TOWNSHIP_PARK",
                LayerStyle.area("#5e35b1", "rgba(94,53,177,0.05)").dashed(6, 4)));
        Arrays.stream(SiteKind.values()).forEach(k -> map.addLayer(SiteStyles.layer(k, this::getTranslation)));
        showCounty(sites.findAll());
        map.addFeatureClickListener(e -> {
            if (form != null) {
                return; // the form stays open while a shape is drawn or edited
            }
            boolean site = Arrays.stream(SiteKind.values()).anyMatch(k -> SiteStyles.layerId(k).equals(e.getLayerId()));
            Optional<SiteDetails> clicked = site ? sites.findByCode(e.getFeatureId()) : Optional.empty();
            clicked.ifPresentOrElse(s -> show(s, false), this::showLegend);
        });
        map.addMapClickListener(e -> {
            if (form == null) {
                showLegend();
            } else if (form.shape() == SiteForm.Shape.POINT && map.isEditing()) {
                // once the point is drawn, a click beside it moves it there (dragging it works too)
                form.pointPlaced(e.getLon(), e.getLat());
            }
        });
        map.addGeometryChangeListener(e -> {
            if (form != null) {
                form.geometryChanged(e.getGeometry(), e.getAreaM2());
            }
        });

        listButton.setText(getTranslation("site.list"));
        listButton.setId("site-list-button");
        listButton.addThemeVariants(ButtonVariant.LUMO_SMALL);
        listButton.addClickListener(e -> showList());
        newButton.setText(getTranslation("site.new"));
        newButton.setId("site-new-button");
        newButton.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        newButton.addClickListener(e -> startEditing(null));
        newButton.setVisible(edit.mayCreate());

        side.setWidth("24em");
        side.setMinWidth("18em");
        side.getStyle().set("overflow", "auto").set("border-left", "1px solid var(--lumo-contrast-10pct)");
        showLegend();
        add(map, side);
        setFlexGrow(1, map);
    }

    /** Frames the county's sites; a city without sites keeps the map's own default view. */
    private void showCounty(List<SiteDetails> all) {
        double[] e = SiteDetails.extentOf(all);
        if (e != null) {
            map.fitExtent(e[0], e[1], e[2], e[3]);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> code = event.getLocation().getQueryParameters().getSingleParameter("site");
        code.flatMap(sites::findByCode).ifPresentOrElse(s -> show(s, true), () -> code.ifPresent(c -> {
            showLegend();
            Paragraph missing = new Paragraph(getTranslation("site.not-found", c));
            missing.setId("site-not-found");
            missing.getStyle().set("color", "var(--lumo-error-text-color)");
            side.addComponentAtIndex(1, missing);
        }));
    }

    private HorizontalLayout actions() {
        HorizontalLayout row = new HorizontalLayout(listButton, newButton);
        row.setSpacing(true);
        return row;
    }

    private void showLegend() {
        shownSite = null;
        side.removeAll();
        highlight(null);
        side.add(actions(), new SiteLegend());
    }

    private void showList() {
        shownSite = null;
        side.removeAll();
        highlight(null);
        // back from a site opened from the list: the list as it was left, its filters and checked rows kept
        if (list == null) {
            list = new SiteListPanel(sites.findAll(), units.byId(), plan.tasks(), s -> show(s, true));
        } else {
            list.replaceItems(sites.findAll());
        }
        side.add(actions(), list);
    }

    private void show(SiteDetails site, boolean zoom) {
        shownSite = site.code();
        side.removeAll();
        side.add(actions());
        // the edit action first, where the eye lands, not below the details
        if (edit.mayEdit(site)) {
            Button editButton = new Button(getTranslation("site.edit"), e -> startEditing(site));
            editButton.setId("site-edit-button");
            editButton.addThemeVariants(ButtonVariant.LUMO_SMALL);
            side.add(editButton);
        }
        side.add(presenceFor(SiteSnapshots.SITE, site.code()));
        side.add(new SitePanel(site, units.byId(), plan.tasks(), targetLines(site)));
        Button historyButton = new Button(getTranslation("history.open"), e -> new HistoryDialog(history,
                SiteSnapshots.SITE, site.id(), site.code() + " " + site.name(getLocale()), units.byId(),
                edit.mayEdit(site), () -> {
                    refreshLayers();
                    sites.findById(site.id()).ifPresent(x -> show(x, false));
                }).open());
        historyButton.setId("site-history-button");
        historyButton.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        side.add(historyButton, commentThreads.button(SiteSnapshots.SITE, site.code(), site.name(getLocale())));
        highlight(site);
        if (zoom) {
            double[] e = site.extent();
            double margin = site.point() ? POINT_MARGIN : 0;
            map.fitExtent(e[0] - margin, e[1] - margin, e[2] + margin, e[3] + margin);
        }
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                "sites?" + QueryParameters.simple(Map.of("site", site.code())).getQueryString()));
    }

    private void highlight(SiteDetails site) {
        if (highlightedLayer != null) {
            map.highlight(highlightedLayer, null);
        }
        highlightedLayer = site == null ? null : SiteStyles.layerId(site.kind());
        if (site != null) {
            map.highlight(highlightedLayer, site.code());
        }
    }

    private List<SitePanel.TargetLine> targetLines(SiteDetails site) {
        return plan.figuresAsOf().map(asOf -> measures.targetsOf(site, asOf).stream()
                .flatMap(t -> plan.target(t.targetCode()).stream().map(info -> new SitePanel.TargetLine(
                        getTranslation(t.counted() ? "site.counts" : "site.will-count", info.name(getLocale()),
                                getTranslation("site.counts." + t.counts().name())),
                        "plan/tasks/" + info.taskNumber())))
                .toList()).orElse(List.of());
    }

    /**
     * Opens the form for a new site (null: the user draws it) or for a change of an existing one, whose edit lock it
     * takes; while a colleague holds it the site stays readable with who edits it, and may be asked for.
     */
    private void startEditing(SiteDetails site) {
        if (site != null) {
            try {
                editSession = EditSession.start(locks, live, side, SiteSnapshots.SITE, site.id(), site.code(), () -> {
                    stopEditing();
                    sites.findById(site.id()).ifPresentOrElse(x -> show(x, false), this::showLegend);
                }, () -> Notification.show(getTranslation("lock.lost"), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_WARNING));
            } catch (LockHeldException held) {
                show(site, false);
                side.addComponentAtIndex(1, new LockNotice(locks, live, held.lock(), units.byId(), me,
                        () -> sites.findById(site.id()).ifPresentOrElse(this::startEditing, this::showLegend)));
                return;
            }
        }
        side.removeAll();
        highlight(null);
        String geometry = site == null ? null : sites.geometry(site.id()).orElse(null);
        List<OrgUnitInfo> unitChoices = units.findAll().stream().filter(OrgUnitInfo::enabled)
                .sorted(Comparator.comparing(u -> u.name(getLocale()))).toList();
        form = new SiteForm(site, geometry, plan.tasks(), unitChoices, edit.ownUnitId().orElse(null), edit,
                new SiteForm.MapSide() {
                    @Override
                    public void draw(SiteForm.Shape shape) {
                        startDrawing(shape);
                    }

                    @Override
                    public void edit(String geoJson) {
                        map.editGeometry(geoJson, SNAP);
                    }

                    @Override
                    public void showProblem(SiteGeometryException problem) {
                        showGeometryProblem(problem);
                    }

                    @Override
                    public void saved(SiteDetails saved) {
                        stopEditing();
                        refreshLayers();
                        Notification.show(getTranslation("site.saved", saved.code()), 3000, Notification.Position.BOTTOM_START)
                                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                        show(saved, false);
                    }

                    @Override
                    public void deleted(SiteDetails deleted) {
                        stopEditing();
                        refreshLayers();
                        Notification.show(getTranslation("site.deleted", deleted.code()), 4000, Notification.Position.BOTTOM_START);
                        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "sites"));
                        showLegend();
                    }

                    @Override
                    public void closed(SiteDetails original) {
                        stopEditing();
                        if (original == null) {
                            showLegend();
                        } else {
                            sites.findById(original.id()).ifPresentOrElse(s -> show(s, false), SiteView.this::showLegend);
                        }
                    }
                });
        if (site == null) {
            startDrawing(form.shape());
        } else {
            map.editGeometry(geometry, SNAP);
        }
        side.add(form);
    }

    /** A point is placed with one click (or typed in the form), an outline drawn corner by corner. */
    private void startDrawing(SiteForm.Shape shape) {
        map.startDrawing(shape == SiteForm.Shape.OUTLINE ? MapComponent.DrawType.POLYGON : MapComponent.DrawType.POINT, SNAP);
    }

    private void showGeometryProblem(SiteGeometryException problem) {
        if (problem == null || problem.location() == null) {
            map.clearProblems();
            return;
        }
        ObjectNode collection = JSON.createObjectNode().put("type", "FeatureCollection");
        ObjectNode feature = collection.putArray("features").addObject().put("type", "Feature");
        try {
            feature.set("geometry", JSON.readTree(problem.location()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("PostGIS returned unreadable GeoJSON", e);
        }
        // the full sentence is in the form; the map needs a few words
        feature.putObject("properties").put("label", getTranslation(problem.messageKey() + ".label"));
        map.showProblems(collection.toString());
    }

    private void refreshLayers() {
        Arrays.stream(SiteKind.values()).forEach(k -> map.refreshLayer(SiteStyles.layerId(k)));
    }

    private void stopEditing() {
        if (editSession != null) {
            editSession.end();
            editSession = null;
        }
        form = null;
        map.stopEditing();
        map.clearProblems();
    }

    private PresenceAvatars presenceFor(String kind, String key) {
        if (presenceAvatars == null || !presenceAvatars.shows(kind, key)) {
            presenceAvatars = new PresenceAvatars(presence, live, kind, key, me, units.byId());
        }
        return presenceAvatars;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("site.title") + " · " + getTranslation("app.name");
    }
}
