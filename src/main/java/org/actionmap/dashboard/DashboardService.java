package org.actionmap.dashboard;

import org.actionmap.land.LandMeasures;
import org.actionmap.land.ParcelService;
import org.actionmap.land.TownshipProgress;
import org.actionmap.land.ZoneSummary;
import org.actionmap.plan.MapFigure;
import org.actionmap.plan.PlanService;
import org.actionmap.plan.PlanStanding;
import org.actionmap.plan.TargetStatus;
import org.actionmap.security.OrgUnitService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.*;

/**
 * The leaders' overview of the plan under one filter: every target's tile as of a month end, grouped by task with the
 * task's roll-up, the chosen place's part of each figure, and the townships' land work for the thematic map.
 */
@Service
public class DashboardService {

    private static final String PARCELS = MapFigure.FeatureKind.parcels.name();

    private final PlanService plan;
    private final LandMeasures landMeasures;
    private final ParcelService parcels;
    private final OrgUnitService units;

    DashboardService(PlanService plan, LandMeasures landMeasures, ParcelService parcels, OrgUnitService units) {
        this.plan = plan;
        this.landMeasures = landMeasures;
        this.parcels = parcels;
        this.units = units;
    }

    /** The places a leader can choose: the townships, then the EDZ areas and township parks, each with its extent. */
    @Transactional(readOnly = true)
    public List<Place> places() {
        List<ZoneSummary> zones = parcels.zones();
        Map<Long, ZoneSummary> byId = new HashMap<>();
        zones.forEach(z -> byId.put(z.id(), z));
        int year = plan.figuresAsOf().map(java.time.LocalDate::getYear).orElse(java.time.LocalDate.now().getYear());
        List<Place> places = new ArrayList<>();
        for (TownshipProgress t : landMeasures.townshipProgress(year, java.time.LocalDate.of(year, 1, 1), Set.of())) {
            ZoneSummary outline = byId.get(t.zoneId());
            places.add(new Place(Place.Kind.TOWNSHIP, t.townshipUnitId(), t.nameZh(), t.nameEn(),
                    outline == null ? null : outline.extent()));
        }
        zones.stream().filter(z -> !"TOWNSHIP".equals(z.kind()))
                .forEach(z -> places.add(new Place(Place.Kind.ZONE, z.id(), z.nameZh(), z.nameEn(), z.extent())));
        return places;
    }

    /** The overview under a filter; empty without a plan. */
    @Transactional(readOnly = true)
    public Optional<Dashboard> dashboard(DashboardFilter filter) {
        return plan.standingAsOf(filter.month()).map(standing -> build(standing, filter));
    }

    private Dashboard build(PlanStanding standing, DashboardFilter filter) {
        Set<Long> unitScope = filter.unitId() == null ? null : units.selfAndAncestorIds(filter.unitId());
        Map<String, TownshipProgress> landAtPlace = landAtPlace(standing, filter.place());
        List<Dashboard.TaskGroup> groups = new ArrayList<>();
        int hiddenByPlace = 0;
        for (PlanStanding.Task task : standing.tasks()) {
            if (filter.taskNumber() != null && filter.taskNumber() != task.number()) {
                continue;
            }
            boolean taskOfUnit = unitScope == null || task.responsibleUnitIds().contains(filter.unitId())
                    || task.cooperatingUnitIds().contains(filter.unitId());
            List<Dashboard.Tile> tiles = new ArrayList<>();
            for (PlanStanding.TargetStanding target : standing.targets()) {
                if (target.target().taskNumber() != task.number()
                        || !(taskOfUnit || unitScope.contains(target.target().reporterUnitId()))) {
                    continue;
                }
                Dashboard.Tile tile = tile(standing, target, filter.place(), landAtPlace.get(target.target().code()));
                if (tile == null) {
                    hiddenByPlace++;
                } else {
                    tiles.add(tile);
                }
            }
            if (!tiles.isEmpty()) {
                groups.add(new Dashboard.TaskGroup(task, rollUp(tiles), tiles));
            }
        }
        Set<String> landCodes = new HashSet<>();
        groups.forEach(g -> g.tiles().stream().filter(t -> isLand(t.standing())).forEach(t -> landCodes.add(t.code())));
        // the map shades the townships by the land targets on the dashboard (a task's, a unit's), all of them by default
        List<TownshipProgress> townships = landMeasures.townshipProgress(standing.year(), standing.asOf(),
                filter.taskNumber() == null && filter.unitId() == null ? null : landCodes);
        return new Dashboard(standing.year(), standing.titleZh(), standing.titleEn(), standing.month(), standing.asOf(),
                standing.latestMonth(), filter, groups, hiddenByPlace, townships);
    }

    /** A target's tile, with the place's part where a place is chosen; null when the target has no figure there. */
    private Dashboard.Tile tile(PlanStanding standing, PlanStanding.TargetStanding target, Place place,
                                TownshipProgress land) {
        if (place == null) {
            return new Dashboard.Tile(target, null, null, null);
        }
        MapFigure figure = target.progress().mapFigure();
        if (figure != null) {
            List<MapFigure.Feature> there = figure.features().stream().filter(f -> at(f, place)).toList();
            BigDecimal planned = land == null ? null : land.plannedMu();
            if (there.isEmpty() && (planned == null || planned.signum() == 0)) {
                return null;
            }
            BigDecimal value = there.stream().map(MapFigure.Feature::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            return new Dashboard.Tile(target, value, planned, MapFigure.runningTotals(there, standing.year(), standing.asOf()));
        }
        // a reported figure has a place only where a township reports its own share of it
        BigDecimal share = place.kind() == Place.Kind.TOWNSHIP ? target.actualByUnit().get(place.id()) : null;
        boolean reportsShare = place.kind() == Place.Kind.TOWNSHIP && target.target().reported()
                && units.selfAndAncestorIds(place.id()).contains(target.target().reporterUnitId())
                && !Objects.equals(place.id(), target.target().reporterUnitId());
        if (share == null && !reportsShare) {
            return null;
        }
        return new Dashboard.Tile(target, share, null, null);
    }

    /** For a township, each parcel target's land planned and done there (the map's own measure of the place). */
    private Map<String, TownshipProgress> landAtPlace(PlanStanding standing, Place place) {
        Map<String, TownshipProgress> result = new HashMap<>();
        if (place == null || place.kind() != Place.Kind.TOWNSHIP) {
            return result;
        }
        for (PlanStanding.TargetStanding target : standing.targets()) {
            if (isLand(target)) {
                landMeasures.townshipProgress(standing.year(), standing.asOf(), Set.of(target.target().code())).stream()
                        .filter(t -> t.townshipUnitId() == place.id()).findFirst()
                        .ifPresent(t -> result.put(target.target().code(), t));
            }
        }
        return result;
    }

    private static boolean isLand(PlanStanding.TargetStanding target) {
        MapFigure figure = target.progress().mapFigure();
        return figure != null && PARCELS.equals(figure.featureKind().name());
    }

    private static boolean at(MapFigure.Feature feature, Place place) {
        return place.kind() == Place.Kind.TOWNSHIP
                ? Objects.equals(feature.townshipUnitId(), place.id())
                : Objects.equals(feature.zoneId(), place.id());
    }

    /**
     * A task's state from its targets': behind if any is behind, else not reported if a due figure is missing, else on
     * pace if any is on pace, else met once every target with a figure is met; waiting for the map when none has one.
     */
    static TargetStatus rollUp(List<Dashboard.Tile> tiles) {
        EnumSet<TargetStatus> states = EnumSet.noneOf(TargetStatus.class);
        tiles.forEach(t -> states.add(t.standing().progress().status()));
        for (TargetStatus s : List.of(TargetStatus.BEHIND, TargetStatus.NOT_REPORTED, TargetStatus.ON_PACE, TargetStatus.MET)) {
            if (states.contains(s)) {
                return s;
            }
        }
        return TargetStatus.AWAITING_MAP;
    }
}
