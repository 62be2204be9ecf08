package org.actionmap.dashboard.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import org.actionmap.collaboration.ChangeEvent;
import org.actionmap.collaboration.CommentThreads;
import org.actionmap.collaboration.LiveChanges;
import org.actionmap.collaboration.LiveRefresh;
import org.actionmap.dashboard.Dashboard;
import org.actionmap.dashboard.DashboardFilter;
import org.actionmap.dashboard.DashboardService;
import org.actionmap.dashboard.Place;
import org.actionmap.dashboard.report.MonthlyReportService;
import org.actionmap.dashboard.report.MonthlyReportsDialog;
import org.actionmap.land.TownshipProgress;
import org.actionmap.map.MapLayerSource;
import org.actionmap.map.OnlineBaseMap;
import org.actionmap.plan.MapFigure;
import org.actionmap.plan.PlanService;
import org.actionmap.plan.PlanViews.TaskRef;
import org.actionmap.plan.ProgressService;
import org.actionmap.plan.QuantityFormat;
import org.actionmap.security.OrgUnitInfo;
import org.actionmap.security.OrgUnitService;
import org.actionmap.security.UnitKind;
import org.actionmap.shell.MainLayout;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.*;

/**
 * The leaders' overview (the first page a leader sees): a tile for every target grouped by task, the thematic map and
 * the charts, all under one filter (task, place, unit) and one month of the plan year, which a slider picks or plays
 * through. The filter lives in the address, so a view can be sent to a colleague or kept as a bookmark.
 */
@Route(value = "dashboard", layout = MainLayout.class)
@PermitAll
public class DashboardView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** How long each month stays on screen while the year plays. */
    static final int PLAY_STEP_MS = 1500;

    private final transient DashboardService service;
    private final transient ProgressService progress;
    private final transient CommentThreads comments;
    private final transient MonthlyReportService reports;
    private final List<Place> places;
    private final Map<Long, OrgUnitInfo> units;

    private final H2 title = new H2();
    private final Paragraph asOf = new Paragraph();
    private final ComboBox<TaskRef> task = new ComboBox<>();
    private final ComboBox<Place> place = new ComboBox<>();
    private final ComboBox<OrgUnitInfo> unit = new ComboBox<>();
    private final Input month = new Input(ValueChangeMode.ON_CHANGE);
    private final Span monthLabel = new Span();
    private final Button play = new Button();
    private final Div placeCard = new Div();
    private final Div tiles = new Div();
    private final Paragraph hidden = new Paragraph();
    private final OverviewMap map;
    private final DashboardCharts charts;

    private DashboardFilter filter = DashboardFilter.everything();
    private String chosenTarget;
    private Dashboard shown;
    private boolean playing;
    private boolean updatingFields;
    private Registration pollRegistration;

    public DashboardView(DashboardService service, PlanService plan, ProgressService progress, OrgUnitService unitService,
                         OnlineBaseMap onlineBaseMap, List<MapLayerSource> otherLayers, LiveChanges live,
                         CommentThreads comments, MonthlyReportService reports) {
        this.service = service;
        this.reports = reports;
        this.progress = progress;
        this.comments = comments;
        this.places = service.places();
        this.units = unitService.byId();
        addClassName("dashboard-view");
        setWidthFull();
        getStyle().set("max-width", "1800px");

        title.setId("dashboard-title");
        title.getStyle().set("margin", "0");
        asOf.setId("dashboard-as-of");
        asOf.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");

        map = new OverviewMap(onlineBaseMap, otherLayers, this::chooseTownship, countyExtent(places));
        charts = new DashboardCharts(this::choosePlace, this::openTile);

        setUpFilters(plan.tasks(), unitService);
        Div toolbar = new Div(task, place, unit, clearButton(), monthControl(), reportButton());
        toolbar.addClassName("dashboard-toolbar");
        toolbar.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0 var(--lumo-space-m)")
                .set("align-items", "flex-end").set("width", "100%");

        placeCard.setId("place-card");
        placeCard.setWidthFull();
        tiles.setId("dashboard-tiles");
        hidden.setId("dashboard-hidden");
        hidden.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");

        // two columns on a wide screen (tiles left, map and charts right); on a tablet held upright they wrap, and the
        // reversed row puts the map and charts first, where a leader looks before reading the tiles
        Div left = new Div(placeCard, tiles, hidden);
        left.getStyle().set("flex", "1 1 420px").set("min-width", "0");
        Div right = new Div(map, charts);
        right.getStyle().set("flex", "1.3 1 480px").set("min-width", "0").set("display", "flex")
                .set("flex-direction", "column").set("gap", "var(--lumo-space-m)");
        Div body = new Div(right, left);
        body.getStyle().set("display", "flex").set("flex-direction", "row-reverse").set("flex-wrap", "wrap")
                .set("gap", "var(--lumo-space-l)").set("width", "100%").set("align-items", "flex-start");

        add(title, asOf, toolbar, body);
        // colleagues' reports and map changes move the figures while the leader looks
        LiveRefresh.keep(this, live, ChangeEvent::changesContent, events -> refresh());
    }

    private void setUpFilters(List<TaskRef> tasks, OrgUnitService unitService) {
        task.setId("filter-task");
        task.setLabel(getTranslation("dashboard.filter.task"));
        task.setPlaceholder(getTranslation("dashboard.filter.all-tasks"));
        task.setItems(tasks);
        task.setItemLabelGenerator(t -> t.label(getLocale()));
        task.setClearButtonVisible(true);
        task.setWidth("18em");
        task.addValueChangeListener(e -> {
            if (!updatingFields) {
                apply(filter.withTask(e.getValue() == null ? null : e.getValue().number()));
            }
        });

        place.setId("filter-place");
        place.setLabel(getTranslation("dashboard.filter.place"));
        place.setPlaceholder(getTranslation("dashboard.filter.all-places"));
        place.setItems(places);
        place.setItemLabelGenerator(p -> p.name(getLocale()) + " · " + getTranslation("dashboard.place." + p.kind().name()));
        place.setClearButtonVisible(true);
        place.setWidth("14em");
        place.addValueChangeListener(e -> {
            if (!updatingFields) {
                apply(filter.withPlace(e.getValue()));
            }
        });

        unit.setId("filter-unit");
        unit.setLabel(getTranslation("dashboard.filter.unit"));
        unit.setPlaceholder(getTranslation("dashboard.filter.all-units"));
        unit.setItems(unitService.findAll().stream().filter(u -> u.enabled() && u.kind() != UnitKind.GROUP)
                .sorted(Comparator.comparing((OrgUnitInfo u) -> u.kind().ordinal()).thenComparing(OrgUnitInfo::code))
                .toList());
        unit.setItemLabelGenerator(u -> u.name(getLocale()));
        unit.setClearButtonVisible(true);
        unit.setWidth("14em");
        unit.addValueChangeListener(e -> {
            if (!updatingFields) {
                apply(filter.withUnit(e.getValue() == null ? null : e.getValue().id()));
            }
        });
    }

    private Button clearButton() {
        Button clear = new Button(getTranslation("dashboard.filter.clear"), VaadinIcon.CLOSE_SMALL.create(),
                e -> apply(new DashboardFilter(null, null, null, filter.month())));
        clear.setId("filter-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return clear;
    }

    /** The month's report (PDF and workbook in the user's language) for the month shown, and the kept month-end ones. */
    private Button reportButton() {
        Button report = new Button(getTranslation("dashboard.report"), VaadinIcon.FILE_TEXT_O.create(),
                e -> new MonthlyReportsDialog(reports, filter.month()).open());
        report.setId("dashboard-report");
        report.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        report.getStyle().set("margin-bottom", "0.3em");
        return report;
    }

    /** The month slider (the plan year's month ends up to the reporting date) with its label and the play button. */
    private Div monthControl() {
        month.setId("month-slider");
        month.setType("range");
        month.getElement().setAttribute("min", "1");
        month.getElement().setAttribute("step", "1");
        month.getElement().setAttribute("aria-label", getTranslation("dashboard.month"));
        month.getStyle().set("width", "min(22em, 60vw)").set("accent-color", "var(--lumo-primary-color)")
                .set("border", "none").set("background", "transparent").set("padding", "0");
        month.addValueChangeListener(e -> {
            if (!updatingFields && e.getValue() != null && !e.getValue().isBlank()) {
                stopPlaying();
                apply(filter.withMonth(Integer.parseInt(e.getValue().trim())));
            }
        });
        monthLabel.setId("month-label");
        monthLabel.getStyle().set("font-weight", "600").set("min-width", "6em");
        play.setId("month-play");
        play.addThemeVariants(ButtonVariant.LUMO_SMALL);
        play.addClickListener(e -> {
            if (playing) {
                stopPlaying();
            } else {
                startPlaying();
            }
        });
        showPlayButton();
        Span caption = new Span(getTranslation("dashboard.month"));
        caption.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)")
                .set("width", "100%");
        Div control = new Div(caption, play, month, monthLabel);
        control.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "center")
                .set("gap", "0 var(--lumo-space-s)").set("padding-bottom", "0.3em");
        return control;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        Integer taskNumber = intParam(query, "task");
        Long unitId = Optional.ofNullable(intParam(query, "unit")).map(Integer::longValue).orElse(null);
        Place chosenPlace = first(query, "place").flatMap(key -> places.stream().filter(p -> p.key().equals(key)).findFirst())
                .orElse(null);
        Integer monthParam = intParam(query, "month");
        chosenTarget = first(query, "target").orElse(null);
        filter = new DashboardFilter(taskNumber, chosenPlace, unitId, monthParam == null ? 12 : monthParam);
        refresh();
        map.choose(filter.place(), true);
    }

    /** Takes a new filter: the figures, tiles, map, charts and address follow. */
    void apply(DashboardFilter next) {
        boolean placeChanged = !Objects.equals(next.place(), filter.place());
        filter = next;
        refresh();
        if (placeChanged) {
            map.choose(filter.place(), true);
        }
        UI.getCurrent().getPage().getHistory().replaceState(null, "dashboard" + queryString());
    }

    /** Reads the overview again under the current filter and shows it. */
    private void refresh() {
        Optional<Dashboard> dashboard = service.dashboard(filter);
        if (dashboard.isEmpty()) {
            title.setText(getTranslation("dashboard.title"));
            asOf.setText(getTranslation("plan.none-loaded"));
            return;
        }
        Dashboard d = dashboard.get();
        shown = d;
        filter = d.filter().withMonth(d.month());
        title.setText(getTranslation("dashboard.heading", "zh".equals(getLocale().getLanguage()) ? d.titleZh() : d.titleEn()));
        asOf.setText(getTranslation("dashboard.as-of",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()).format(d.asOf())));
        showFields(d);
        showPlaceCard(d);
        showTiles(d);
        map.show(d.asOf(), landTargets(d));
        map.choose(filter.place(), false);
        Dashboard.Tile chosen = d.tiles().stream().filter(t -> t.code().equals(chosenTarget)).findFirst().orElse(null);
        charts.show(d, chosen, places);
    }

    private void showFields(Dashboard d) {
        updatingFields = true;
        try {
            task.setValue(filter.taskNumber() == null ? null : task.getListDataView().getItems()
                    .filter(t -> t.number() == filter.taskNumber()).findFirst().orElse(null));
            place.setValue(filter.place());
            unit.setValue(filter.unitId() == null ? null : units.get(filter.unitId()));
            month.getElement().setAttribute("max", String.valueOf(d.latestMonth()));
            month.setValue(String.valueOf(d.month()));
            monthLabel.setText(QuantityFormat.month(d.year(), d.month(), getLocale()));
        } finally {
            updatingFields = false;
        }
    }

    private void showTiles(Dashboard d) {
        tiles.removeAll();
        d.tasks().forEach(group -> tiles.add(new TaskTiles(group, filter.place(), chosenTarget,
                number -> apply(filter.withTask(number)), this::openTile)));
        if (d.tasks().isEmpty()) {
            tiles.add(new Paragraph(getTranslation("dashboard.no-targets")));
        }
        hidden.setVisible(d.hiddenByPlace() > 0);
        if (filter.place() != null) {
            hidden.setText(getTranslation("dashboard.hidden-by-place", d.hiddenByPlace(), filter.place().name(getLocale())));
        }
    }

    /** A township chosen shows its land work: planned and done, and how many parcels. */
    private void showPlaceCard(Dashboard d) {
        placeCard.removeAll();
        Place chosenPlace = filter.place();
        placeCard.setVisible(chosenPlace != null);
        if (chosenPlace == null) {
            return;
        }
        placeCard.getStyle().set("border", "1px solid #ef6c00").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "0.5em 0.8em").set("margin-bottom", "var(--lumo-space-m)").set("box-sizing", "border-box");
        Span name = new Span(chosenPlace.name(getLocale()));
        name.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        Button clear = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> apply(filter.withPlace(null)));
        clear.setId("place-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        clear.setAriaLabel(getTranslation("dashboard.place.clear"));
        Div head = new Div(name, new Span(" · " + getTranslation("dashboard.place." + chosenPlace.kind().name())), clear);
        placeCard.add(head);
        if (chosenPlace.kind() == Place.Kind.TOWNSHIP) {
            d.townships().stream().filter(t -> t.townshipUnitId() == chosenPlace.id()).findFirst().ifPresent(t -> {
                Paragraph land = new Paragraph(landText(t));
                land.setId("place-land");
                land.getStyle().set("margin", "0.2em 0 0");
                placeCard.add(land);
            });
        }
    }

    private String landText(TownshipProgress t) {
        if (t.fraction() == null) {
            return getTranslation("dashboard.place.no-land");
        }
        String mu = getTranslation("unit.mu");
        return getTranslation("dashboard.place.land", QuantityFormat.number(t.doneMu(), getLocale()) + " " + mu,
                QuantityFormat.number(t.plannedMu(), getLocale()) + " " + mu, Math.round(t.fraction() * 100), t.parcels());
    }

    private void openTile(Dashboard.Tile tile) {
        chosenTarget = tile.code();
        UI.getCurrent().getPage().getHistory().replaceState(null, "dashboard" + queryString());
        // the chosen tile stands out and the charts follow it
        refresh();
        shown.tasks().stream().filter(g -> g.task().number() == tile.standing().target().taskNumber()).findFirst()
                .ifPresent(group -> new TargetDrillDown(shown, tile, group.task(), units,
                        tile.standing().target().reported() ? progress.historyOfTarget(tile.standing().target().id()) : List.of(),
                        comments).open());
    }

    private void choosePlace(Place chosenPlace) {
        if (chosenPlace != null) {
            apply(filter.withPlace(chosenPlace.equals(filter.place()) ? null : chosenPlace));
        }
    }

    private void chooseTownship(long townshipUnitId) {
        places.stream().filter(p -> p.kind() == Place.Kind.TOWNSHIP && p.id() == townshipUnitId).findFirst()
                .ifPresent(this::choosePlace);
    }

    /** The land targets on the dashboard, to shade the townships by; null for all of them (nothing narrows it). */
    private Set<String> landTargets(Dashboard d) {
        if (filter.taskNumber() == null && filter.unitId() == null) {
            return null;
        }
        Set<String> codes = new TreeSet<>();
        d.tiles().stream().filter(t -> t.standing().progress().mapFigure() != null
                        && t.standing().progress().mapFigure().featureKind() == MapFigure.FeatureKind.parcels)
                .forEach(t -> codes.add(t.code()));
        return codes;
    }

    private void startPlaying() {
        if (shown == null) {
            return;
        }
        playing = true;
        if (filter.month() >= shown.latestMonth()) {
            apply(filter.withMonth(1));
        }
        UI ui = UI.getCurrent();
        ui.setPollInterval(PLAY_STEP_MS);
        pollRegistration = ui.addPollListener(e -> nextMonth());
        showPlayButton();
    }

    /** One step of the year playing: the next month, until the latest. */
    void nextMonth() {
        if (!playing || shown == null) {
            return;
        }
        if (filter.month() >= shown.latestMonth()) {
            stopPlaying();
            return;
        }
        apply(filter.withMonth(filter.month() + 1));
        if (filter.month() >= shown.latestMonth()) {
            stopPlaying();
        }
    }

    private void stopPlaying() {
        playing = false;
        if (pollRegistration != null) {
            pollRegistration.remove();
            pollRegistration = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
        showPlayButton();
    }

    private void showPlayButton() {
        play.setIcon((playing ? VaadinIcon.PAUSE : VaadinIcon.PLAY).create());
        play.setText(getTranslation(playing ? "dashboard.pause" : "dashboard.play"));
    }

    boolean isPlaying() {
        return playing;
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopPlaying();
        super.onDetach(detachEvent);
    }

    private String queryString() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("month", String.valueOf(filter.month()));
        if (filter.taskNumber() != null) {
            params.put("task", String.valueOf(filter.taskNumber()));
        }
        if (filter.place() != null) {
            params.put("place", filter.place().key());
        }
        if (filter.unitId() != null) {
            params.put("unit", String.valueOf(filter.unitId()));
        }
        if (chosenTarget != null) {
            params.put("target", chosenTarget);
        }
        return "?" + QueryParameters.simple(params).getQueryString();
    }

    /** The townships' outlines together: the county, to frame the map on when no place is chosen. */
    private static double[] countyExtent(List<Place> places) {
        double[] extent = null;
        for (Place p : places) {
            if (p.kind() != Place.Kind.TOWNSHIP || p.extent() == null) {
                continue;
            }
            double[] e = p.extent();
            extent = extent == null ? e.clone() : new double[]{Math.min(extent[0], e[0]), Math.min(extent[1], e[1]),
                    Math.max(extent[2], e[2]), Math.max(extent[3], e[3])};
        }
        return extent;
    }

    private static Optional<String> first(Map<String, List<String>> query, String name) {
        return Optional.ofNullable(query.get(name)).filter(v -> !v.isEmpty()).map(v -> v.get(0));
    }

    private static Integer intParam(Map<String, List<String>> query, String name) {
        return first(query, name).map(v -> {
            try {
                return Integer.parseInt(v.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }).orElse(null);
    }

    Dashboard shown() {
        return shown;
    }

    DashboardCharts charts() {
        return charts;
    }

    OverviewMap overviewMap() {
        return map;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " · " + getTranslation("app.name");
    }
}
