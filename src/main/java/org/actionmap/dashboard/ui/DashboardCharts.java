package org.actionmap.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import org.actionmap.chart.ChartComponent;
import org.actionmap.dashboard.Dashboard;
import org.actionmap.dashboard.Place;
import org.actionmap.plan.MapFigure;
import org.actionmap.plan.PlanStanding;
import org.actionmap.plan.TargetInfo;
import org.actionmap.plan.TargetTexts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The overview's charts under the dashboard's filter: the chosen target's monthly trend against its pace, its figure
 * by township and by zone (a click on a township's or zone's bar chooses that place), and the investment and output
 * targets together as shares of their aims against the pace (a click chooses the target).
 */
class DashboardCharts extends Div {

    static final String BY_TOWNSHIP = "by-township";
    static final String BY_ZONE = "by-zone";
    static final String MONEY = "money";

    private final ChartComponent trend = chart("trend-chart");
    private final ChartComponent byTownship = chart("township-chart");
    private final ChartComponent byZone = chart("zone-chart");
    private final ChartComponent money = chart("money-chart");
    private List<Place> townshipBars = List.of();
    private List<Place> zoneBars = List.of();
    private List<Dashboard.Tile> moneyBars = List.of();

    DashboardCharts(Consumer<Place> onPlace, Consumer<Dashboard.Tile> onTarget) {
        addClassName("dashboard-charts");
        getStyle().set("display", "grid").set("gap", "var(--lumo-space-m)")
                .set("grid-template-columns", "repeat(auto-fit, minmax(320px, 1fr))");
        byTownship.addChartClickListener(e -> pick(townshipBars, e.getDataIndex(), onPlace));
        byZone.addChartClickListener(e -> pick(zoneBars, e.getDataIndex(), onPlace));
        money.addChartClickListener(e -> pick(moneyBars, e.getDataIndex(), onTarget));
        add(trend, byTownship, byZone, money);
    }

    private static <T> void pick(List<T> items, int index, Consumer<T> action) {
        if (index >= 0 && index < items.size()) {
            action.accept(items.get(index));
        }
    }

    void show(Dashboard dashboard, Dashboard.Tile chosen, List<Place> places) {
        Locale locale = getLocale();
        Place place = dashboard.filter().place();
        List<Dashboard.Tile> tiles = dashboard.tiles();

        Dashboard.Tile trendTile = chosen != null ? chosen
                : tiles.stream().filter(t -> !t.standing().paceByMonth().isEmpty() && !t.standing().actualByMonth().isEmpty())
                .findFirst().orElse(tiles.isEmpty() ? null : tiles.get(0));
        trend.setVisible(trendTile != null);
        if (trendTile != null) {
            trend.setOption(ChartOptions.trend(trendTile.standing(), trendTile.placeByMonth(),
                    place == null ? null : place.name(locale), dashboard.year(), locale, this::getTranslation));
        }

        showByTownship(dashboard, chosen, places, place, locale);
        showByZone(dashboard, chosen, places, place, locale);
        showMoney(dashboard, tiles, locale);
    }

    /** The chosen target by township where it has one, else the land work done in each township. */
    private void showByTownship(Dashboard dashboard, Dashboard.Tile chosen, List<Place> places, Place place, Locale locale) {
        List<Place> townships = places.stream().filter(p -> p.kind() == Place.Kind.TOWNSHIP).toList();
        List<ChartOptions.Bar> bars = new ArrayList<>();
        String title;
        String axis;
        if (chosen != null && !chosen.standing().actualByUnit().isEmpty()) {
            TargetInfo t = chosen.standing().target();
            title = getTranslation("dashboard.chart.by-township", t.name(locale));
            axis = ChartOptions.unit(t, locale, this::getTranslation);
            for (Place township : townships) {
                BigDecimal value = chosen.standing().actualByUnit().getOrDefault(township.id(), BigDecimal.ZERO);
                bars.add(new ChartOptions.Bar(township.name(locale), ChartOptions.scaled(value, t, locale), "#1565c0",
                        township.equals(place)));
            }
        } else {
            title = getTranslation("dashboard.chart.land-by-township");
            axis = "%";
            dashboard.townships().forEach(t -> {
                Double f = t.fraction();
                bars.add(new ChartOptions.Bar(t.name(locale), f == null ? 0 : f * 100,
                        OverviewMap.BAND_FILLS.get(t.band()).replace("0.75)", "1)").replace("0.35)", "1)"),
                        place != null && place.kind() == Place.Kind.TOWNSHIP && place.id() == t.townshipUnitId()));
            });
        }
        townshipBars = bars.stream().map(b -> townships.stream().filter(p -> p.name(locale).equals(b.label()))
                .findFirst().orElse(null)).toList();
        byTownship.setHeight(ChartOptions.barsHeight(bars.size()));
        byTownship.setOption(ChartOptions.bars(BY_TOWNSHIP, title, axis, bars, null, null));
    }

    /** A land target's figure by zone (EDZ areas, township parks): the chosen one if it is a land target. */
    private void showByZone(Dashboard dashboard, Dashboard.Tile chosen, List<Place> places, Place place, Locale locale) {
        Dashboard.Tile subject = chosen != null && isLand(chosen) ? chosen
                : dashboard.tiles().stream().filter(DashboardCharts::isLand).findFirst().orElse(null);
        byZone.setVisible(subject != null);
        if (subject == null) {
            zoneBars = List.of();
            return;
        }
        TargetInfo t = subject.standing().target();
        List<ChartOptions.Bar> bars = new ArrayList<>();
        List<Place> zones = new ArrayList<>();
        for (MapFigure.Part part : subject.standing().progress().mapFigure().parts()) {
            Place zone = places.stream().filter(p -> p.kind() == Place.Kind.ZONE
                    && (Objects.equals(p.nameEn(), part.nameEn()) || Objects.equals(p.nameZh(), part.nameZh())))
                    .findFirst().orElse(null);
            zones.add(zone);
            bars.add(new ChartOptions.Bar(part.name(locale), ChartOptions.scaled(part.value(), t, locale), "#6d4c41",
                    zone != null && zone.equals(place)));
        }
        zoneBars = zones;
        byZone.setHeight(ChartOptions.barsHeight(bars.size()));
        byZone.setOption(ChartOptions.bars(BY_ZONE, getTranslation("dashboard.chart.by-zone", t.name(locale)),
                ChartOptions.unit(t, locale, this::getTranslation), bars, null, null));
    }

    /** Investment, output, tax and export targets side by side as shares of their aims, with the pace by now. */
    private void showMoney(Dashboard dashboard, List<Dashboard.Tile> tiles, Locale locale) {
        moneyBars = tiles.stream().filter(t -> TargetTexts.isMoney(t.standing().target())).toList();
        money.setVisible(!moneyBars.isEmpty());
        if (moneyBars.isEmpty()) {
            return;
        }
        List<ChartOptions.Bar> bars = moneyBars.stream().map(t -> {
            PlanStanding.TargetStanding s = t.standing();
            double percent = s.progress().actual() == null ? 0 : s.progress().fraction() * 100;
            return new ChartOptions.Bar(s.target().name(locale), percent, StatusColours.of(s.progress().status()), false);
        }).toList();
        // the steady pace at the dashboard's date, the same for every money target that has one
        double pace = dashboard.asOf().equals(java.time.YearMonth.of(dashboard.year(), dashboard.month()).atEndOfMonth())
                ? dashboard.month() * 100.0 / 12 : (dashboard.month() - 1) * 100.0 / 12;
        money.setHeight(ChartOptions.barsHeight(bars.size()));
        money.setOption(ChartOptions.bars(MONEY, getTranslation("dashboard.chart.money"), "%", bars, pace,
                getTranslation("dashboard.chart.pace")));
    }

    private static boolean isLand(Dashboard.Tile tile) {
        MapFigure figure = tile.standing().progress().mapFigure();
        return figure != null && figure.featureKind() == MapFigure.FeatureKind.parcels;
    }

    private static ChartComponent chart(String id) {
        ChartComponent chart = new ChartComponent();
        chart.setId(id);
        chart.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("background", "var(--lumo-base-color)");
        return chart;
    }

    ChartComponent trend() {
        return trend;
    }

    ChartComponent byTownship() {
        return byTownship;
    }

    ChartComponent byZone() {
        return byZone;
    }

    ChartComponent money() {
        return money;
    }
}
