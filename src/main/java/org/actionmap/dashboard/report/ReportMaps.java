package org.actionmap.dashboard.report;

import org.actionmap.land.ParcelAsOf;
import org.actionmap.land.ParcelService;
import org.actionmap.land.ParcelStatusColours;
import org.actionmap.plan.PlanStanding;
import org.actionmap.plan.TaskFeatures;
import org.actionmap.power.MilestoneColours;
import org.actionmap.power.PowerAsOf;
import org.actionmap.power.PowerService;
import org.actionmap.site.SiteAsOf;
import org.actionmap.site.SiteService;
import org.actionmap.site.SiteStyles;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The map pages of a month's report: for each task with features on the map, those features as they stood at the
 * month's end (status from the database's *_as_of functions) over the township outlines. Which features serve a task
 * is what the task's page shows (the modules' {@link TaskFeatures}), so the report and the page never disagree.
 */
@Component
class ReportMaps {

    /**
     * Lines by status: completed in the green the power workspace gives completed lines, under construction in the
     * orange of a started milestone, planned in grey. The power module keeps no line colours in its API.
     */
    static final Map<String, String> LINE_COLOURS = Map.of(
            "PLANNED", "#90a4ae", "UNDER_CONSTRUCTION", "#ef6c00", "COMPLETED", "#2e7d32");

    private final List<TaskFeatures> taskFeatures;
    private final ParcelService parcels;
    private final PowerService power;
    private final SiteService sites;

    ReportMaps(List<TaskFeatures> taskFeatures, ParcelService parcels, PowerService power, SiteService sites) {
        this.taskFeatures = List.copyOf(taskFeatures);
        this.parcels = parcels;
        this.power = power;
        this.sites = sites;
    }

    /** Every parcel, power project and site as it stood on the date, read once for the maps and the workbook. */
    MonthlyReport.Features featuresAsOf(LocalDate date) {
        return new MonthlyReport.Features(parcels.allAsOf(date), power.allAsOf(date), sites.allAsOf(date));
    }

    List<MapPage> pages(PlanStanding standing, MonthlyReport.Features asOf, ReportText text) {
        List<MapPage.Outline> townships = parcels.outlines("TOWNSHIP").stream()
                .map(z -> new MapPage.Outline(z.name(text.locale()), z.geoJson())).toList();
        List<ParcelAsOf> allParcels = asOf.parcels();
        PowerAsOf allPower = asOf.power();
        List<SiteAsOf> allSites = asOf.sites();
        List<MapPage> pages = new ArrayList<>();
        for (PlanStanding.Task task : standing.tasks()) {
            Set<String> codes = codesOf(task.number(), text);
            if (codes.isEmpty()) {
                continue;
            }
            List<MapPage.Feature> features = new ArrayList<>();
            // one legend entry per colour shown, in the order of first appearance within each kind
            Map<String, MapPage.LegendEntry> legend = new LinkedHashMap<>();
            for (ParcelAsOf p : allParcels) {
                if (codes.contains(p.code())) {
                    String colour = ParcelStatusColours.BY_STATUS.get(p.status());
                    features.add(new MapPage.Feature(p.code(), MapPage.Shape.AREA, colour, p.geoJson()));
                    legend.putIfAbsent("parcel." + p.status(), new MapPage.LegendEntry(MapPage.Shape.AREA, colour,
                            text.t("report.map.legend.parcel", text.t("parcel.status." + p.status().name()))));
                }
            }
            for (SiteAsOf s : allSites) {
                if (codes.contains(s.code())) {
                    MapPage.Shape shape = s.areaM2() == null ? MapPage.Shape.POINT : MapPage.Shape.AREA;
                    String colour = SiteStyles.STATUS_FILLS.get(s.status());
                    features.add(new MapPage.Feature(s.code(), shape, colour, s.geoJson()));
                    legend.putIfAbsent("site." + s.status(), new MapPage.LegendEntry(shape, colour,
                            text.t("report.map.legend.site", text.t("site.status." + s.status().name()))));
                }
            }
            for (PowerAsOf.Line l : allPower.lines()) {
                if (codes.contains(l.code())) {
                    String colour = LINE_COLOURS.get(l.status());
                    features.add(new MapPage.Feature(l.code(), MapPage.Shape.LINE, colour, l.geoJson()));
                    legend.putIfAbsent("line." + l.status(), new MapPage.LegendEntry(MapPage.Shape.LINE, colour,
                            text.t("report.map.legend.line", text.t("power.line-status." + l.status()))));
                }
            }
            for (PowerAsOf.Substation s : allPower.substations()) {
                if (codes.contains(s.code())) {
                    String colour = MilestoneColours.BY_REACHED.get(s.reached());
                    features.add(new MapPage.Feature(s.code(), MapPage.Shape.POINT, colour, s.geoJson()));
                    legend.putIfAbsent("substation." + s.reached(), new MapPage.LegendEntry(MapPage.Shape.POINT, colour,
                            text.t("report.map.legend.substation", milestone(s.reached(), text))));
                }
            }
            if (!features.isEmpty()) {
                pages.add(new MapPage(task.number(), text.t("report.map.title", String.valueOf(task.number()),
                        task.title(text.locale())), townships, features, List.copyOf(legend.values())));
            }
        }
        return pages;
    }

    /**
     * The codes of the features that serve a task, from every module that holds some. Codes are unique within a kind
     * of feature: were a parcel and a substation ever to share a code, both would be drawn on the task's map.
     */
    private Set<String> codesOf(int taskNumber, ReportText text) {
        Set<String> codes = new TreeSet<>();
        for (TaskFeatures source : taskFeatures) {
            TaskFeatures.FeatureSet set = source.forTask(taskNumber, key -> text.t(key), text.locale());
            if (set != null) {
                set.features().forEach(f -> codes.add(f.code()));
            }
        }
        return codes;
    }

    private static String milestone(String reached, ReportText text) {
        return "NONE".equals(reached) ? text.t("power.milestone.none") : text.t("power.milestone." + reached);
    }
}
