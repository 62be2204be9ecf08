package org.actionmap.importexport.export;

import org.actionmap.common.UserMessageException;
import org.actionmap.importexport.export.ExportPreview.Condition;
import org.actionmap.land.ParcelDetails;
import org.actionmap.land.ParcelPurpose;
import org.actionmap.land.ParcelService;
import org.actionmap.land.ParcelStatus;
import org.actionmap.land.ZoneSummary;
import org.actionmap.plan.PlanService;
import org.actionmap.plan.PlanViews.TaskRef;
import org.actionmap.plan.ReportingCalendar;
import org.actionmap.power.Milestone;
import org.actionmap.power.PowerAsOf;
import org.actionmap.power.PowerLineDetails;
import org.actionmap.power.PowerService;
import org.actionmap.power.RuralAreaDetails;
import org.actionmap.power.SubstationDetails;
import org.actionmap.security.OrgUnitInfo;
import org.actionmap.security.OrgUnitService;
import org.actionmap.site.SiteDetails;
import org.actionmap.site.SiteKind;
import org.actionmap.site.SiteService;
import org.actionmap.site.SiteStatus;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The features of a request with their attributes, read through the owning modules' services and kept by the same
 * tests the portal's lists apply (zone, township, status, purpose and task of a parcel; kind, status, task and unit of
 * a site; status and voltage of a line), so that an export holds exactly what the list shows.
 */
@Component
class ExportFeatures {

    private static final double SQUARE_METRES_PER_MU = ParcelDetails.SQUARE_METRES_PER_MU;
    private static final List<String> WORK_STATUSES = List.of("PLANNED", "UNDER_CONSTRUCTION", "COMPLETED");

    private final ParcelService parcels;
    private final PowerService power;
    private final SiteService sites;
    private final PlanService plan;
    private final OrgUnitService units;
    private final ReportingCalendar calendar;

    ExportFeatures(ParcelService parcels, PowerService power, SiteService sites, PlanService plan, OrgUnitService units,
                   ReportingCalendar calendar) {
        this.parcels = parcels;
        this.power = power;
        this.sites = sites;
        this.plan = plan;
        this.units = units;
        this.calendar = calendar;
    }

    /** The features and the conditions in words; a filter value that names nothing is refused with its name. */
    Selection select(ExportRequest request, Locale locale) {
        Map<String, String> f = request.filters();
        List<Condition> conditions = new ArrayList<>();
        Map<Long, OrgUnitInfo> unitsById = units.byId();
        List<ExportFeature> features = switch (request.layer()) {
            case PARCELS -> {
                Predicate<ParcelDetails> keep = p -> true;
                if (f.containsKey("zone")) {
                    ZoneSummary zone = parcels.zones().stream().filter(z -> z.code().equals(f.get("zone"))).findFirst()
                            .orElseThrow(() -> unknown("zone", f.get("zone")));
                    conditions.add(new Condition("parcel.zone", null, zone.name(locale)));
                    keep = keep.and(p -> zone.code().equals(p.zoneCode()));
                }
                if (f.containsKey("township")) {
                    OrgUnitInfo township = unit(f.get("township"), "township");
                    conditions.add(new Condition("parcel.township", null, township.name(locale)));
                    keep = keep.and(p -> township.id().equals(p.townshipUnitId()));
                }
                if (f.containsKey("status")) {
                    ParcelStatus status = value(ParcelStatus.class, "status", f.get("status"));
                    conditions.add(new Condition("parcel.status", "parcel.status." + status.name(), null));
                    keep = keep.and(p -> p.status() == status);
                }
                if (f.containsKey("purpose")) {
                    ParcelPurpose purpose = value(ParcelPurpose.class, "purpose", f.get("purpose"));
                    conditions.add(new Condition("parcel.purpose", "parcel.purpose." + purpose.name(), null));
                    keep = keep.and(p -> p.purpose() == purpose);
                }
                if (f.containsKey("task")) {
                    TaskRef task = task(f.get("task"));
                    conditions.add(new Condition("parcel.task", null, task.label(locale)));
                    keep = keep.and(p -> p.taskIds().contains(task.id()));
                }
                Map<Long, Integer> taskNumbers = taskNumbers();
                yield parcels.findAll().stream().filter(keep).map(p -> parcel(p, unitsById, taskNumbers)).toList();
            }
            case ZONES -> {
                Predicate<ZoneSummary> keep = z -> true;
                if (f.containsKey("kind")) {
                    String kind = oneOf(List.of("EDZ_AREA", "TOWNSHIP_PARK", "TOWNSHIP"), "kind", f.get("kind"));
                    conditions.add(new Condition("export.zone-kind", "export.zone-kind." + kind, null));
                    keep = keep.and(z -> z.kind().equals(kind));
                }
                yield parcels.zones().stream().filter(keep).map(ExportFeatures::zone).toList();
            }
            case SUBSTATIONS -> power.substations().stream().map(ExportFeatures::substation).toList();
            case POWER_LINES -> {
                Predicate<PowerLineDetails> keep = l -> true;
                if (f.containsKey("status")) {
                    String status = oneOf(WORK_STATUSES, "status", f.get("status"));
                    conditions.add(new Condition("power.status", "power.line-status." + status, null));
                    keep = keep.and(l -> l.status().equals(status));
                }
                if (f.containsKey("voltage")) {
                    String text = f.get("voltage").replaceFirst("(?i)\\s*kv$", "");
                    if (!text.matches("\\d{1,4}")) {
                        throw unknown("voltage", f.get("voltage"));
                    }
                    int kv = Integer.parseInt(text);
                    conditions.add(new Condition("power.voltage", null, kv + " kV"));
                    keep = keep.and(l -> l.voltageKv() == kv);
                }
                yield power.lines().stream().filter(keep).map(ExportFeatures::line).toList();
            }
            case RURAL_AREAS -> {
                Predicate<RuralAreaDetails> keep = r -> true;
                if (f.containsKey("status")) {
                    String status = oneOf(WORK_STATUSES, "status", f.get("status"));
                    conditions.add(new Condition("power.status", "power.line-status." + status, null));
                    keep = keep.and(r -> r.status().equals(status));
                }
                yield power.ruralAreas().stream().filter(keep).map(r -> ruralArea(r, unitsById)).toList();
            }
            case SITES -> {
                Predicate<SiteDetails> keep = s -> true;
                if (f.containsKey("kind")) {
                    SiteKind kind = value(SiteKind.class, "kind", f.get("kind"));
                    conditions.add(new Condition("site.kind", "site.kind." + kind.name(), null));
                    keep = keep.and(s -> s.kind() == kind);
                }
                if (f.containsKey("status")) {
                    SiteStatus status = value(SiteStatus.class, "status", f.get("status"));
                    conditions.add(new Condition("site.status", "site.status." + status.name(), null));
                    keep = keep.and(s -> s.status() == status);
                }
                if (f.containsKey("task")) {
                    TaskRef task = task(f.get("task"));
                    conditions.add(new Condition("site.task", null, task.label(locale)));
                    keep = keep.and(s -> s.taskIds().contains(task.id()));
                }
                if (f.containsKey("unit")) {
                    OrgUnitInfo unit = unit(f.get("unit"), "unit");
                    conditions.add(new Condition("site.unit", null, unit.name(locale)));
                    keep = keep.and(s -> unit.id().equals(s.responsibleUnitId()));
                }
                Map<Long, Integer> taskNumbers = taskNumbers();
                yield sites.findAll().stream().filter(keep).map(s -> site(s, unitsById, taskNumbers)).toList();
            }
        };
        List<String> unknownCodes = List.of();
        if (!request.codes().isEmpty()) {
            Set<String> wanted = Set.copyOf(request.codes());
            Set<String> found = features.stream().map(ExportFeature::code).collect(Collectors.toSet());
            unknownCodes = request.codes().stream().filter(c -> !found.contains(c)).toList();
            features = features.stream().filter(x -> wanted.contains(x.code())).toList();
        }
        return new Selection(features, conditions, unknownCodes);
    }

    /** The features kept, the filters in words and the selected codes that are not among the layer's features. */
    record Selection(List<ExportFeature> features, List<Condition> conditions, List<String> unknownCodes) {
    }

    /**
     * Rural areas are not an OGC API collection: their points come from the power module's shapes of today, in
     * GeoJSON with six decimals (about 10 cm).
     */
    Map<String, String> ruralAreaShapes() {
        return power.allAsOf(calendar.today()).ruralAreas().stream()
                .collect(Collectors.toMap(PowerAsOf.RuralArea::code, PowerAsOf.RuralArea::geoJson));
    }

    // --- attributes, in the order of the file's columns ------------------------------------------------------

    private static ExportFeature parcel(ParcelDetails p, Map<Long, OrgUnitInfo> units, Map<Long, Integer> taskNumbers) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("code", p.code());
        a.put("name", p.name());
        a.put("land_use", p.landUse());
        a.put("purpose", p.purpose().name());
        a.put("status", p.status().name());
        a.put("zone", p.zoneCode());
        a.put("zone_zh", p.zoneNameZh());
        a.put("zone_en", p.zoneNameEn());
        township(a, units.get(p.townshipUnitId()));
        a.put("area_m2", round(p.areaM2(), 1));
        a.put("area_mu", round(p.areaMu(), 2));
        // the date of each step of both workflows: a column per step, empty where the parcel has not reached it
        String[] columns = {"planned", "acquired", "levelled", "supplied", "identified", "disposal", "cleared"};
        for (ParcelStatus step : ParcelStatus.values()) {
            a.put(columns[step.ordinal()], date(p.steps().get(step)));
        }
        a.put("tasks", tasks(p.taskIds(), taskNumbers));
        a.put("illustr", p.illustrative());
        return new ExportFeature(p.id(), p.code(), a);
    }

    private static ExportFeature zone(ZoneSummary z) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("code", z.code());
        a.put("kind", z.kind());
        a.put("name_zh", z.nameZh());
        a.put("name_en", z.nameEn());
        // the zone's stored area comes with its shape (ExportService), as the land module publishes it
        a.put("area_m2", null);
        a.put("area_mu", null);
        return new ExportFeature(z.id(), z.code(), a);
    }

    private static ExportFeature substation(SubstationDetails s) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("code", s.code());
        a.put("name_zh", s.nameZh());
        a.put("name_en", s.nameEn());
        a.put("voltage_kv", s.voltageKv());
        a.put("kind", s.kind());
        a.put("cap_mva", s.capacityMva());
        Milestone reached = s.reached();
        a.put("reached", reached == null ? "NONE" : reached.name());
        a.put("reached_on", reached == null ? null : date(s.milestones().get(reached).actual()));
        Milestone next = s.next();
        a.put("next", next == null ? null : next.name());
        SubstationDetails.Dates nextDates = next == null ? null : s.milestones().get(next);
        a.put("next_plan", nextDates == null ? null : date(nextDates.planned()));
        a.put("illustr", s.illustrative());
        return new ExportFeature(s.id(), s.code(), a);
    }

    private static ExportFeature line(PowerLineDetails l) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("code", l.code());
        a.put("name_zh", l.nameZh());
        a.put("name_en", l.nameEn());
        a.put("voltage_kv", l.voltageKv());
        a.put("kind", l.kind());
        a.put("status", l.status());
        a.put("length_km", round(l.lengthKm(), 3));
        a.put("completed", date(l.completedOn()));
        a.put("illustr", l.illustrative());
        return new ExportFeature(l.id(), l.code(), a);
    }

    private static ExportFeature ruralArea(RuralAreaDetails r, Map<Long, OrgUnitInfo> units) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("code", r.code());
        a.put("name", r.name());
        a.put("kind", r.kind());
        a.put("status", r.status());
        a.put("completed", date(r.completedOn()));
        township(a, units.get(r.townshipUnitId()));
        a.put("illustr", r.illustrative());
        return new ExportFeature(r.id(), r.code(), a);
    }

    private static ExportFeature site(SiteDetails s, Map<Long, OrgUnitInfo> units, Map<Long, Integer> taskNumbers) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("code", s.code());
        a.put("name_zh", s.nameZh());
        a.put("name_en", s.nameEn());
        a.put("kind", s.kind().name());
        a.put("status", s.status().name());
        a.put("started", date(s.dates().startedOn()));
        a.put("completed", date(s.dates().completedOn()));
        a.put("opened", date(s.dates().openedOn()));
        OrgUnitInfo unit = units.get(s.responsibleUnitId());
        a.put("unit", unit == null ? null : unit.code());
        a.put("unit_zh", unit == null ? null : unit.nameZh());
        a.put("unit_en", unit == null ? null : unit.nameEn());
        township(a, units.get(s.townshipUnitId()));
        a.put("area_m2", s.areaM2() == null ? null : round(s.areaM2(), 1));
        a.put("area_mu", s.areaM2() == null ? null : round(s.areaM2() / SQUARE_METRES_PER_MU, 2));
        a.put("tasks", tasks(s.taskIds(), taskNumbers));
        a.put("illustr", s.illustrative());
        return new ExportFeature(s.id(), s.code(), a);
    }

    private static void township(Map<String, Object> a, OrgUnitInfo township) {
        a.put("township", township == null ? null : township.code());
        a.put("town_zh", township == null ? null : township.nameZh());
        a.put("town_en", township == null ? null : township.nameEn());
    }

    // --- filter values ------------------------------------------------------------------------------------------

    private Map<Long, Integer> taskNumbers() {
        return plan.tasks().stream().collect(Collectors.toMap(TaskRef::id, TaskRef::number));
    }

    /** Task numbers as in the plan ("1,5"): what a bureau reads, not database ids. */
    private static String tasks(Set<Long> ids, Map<Long, Integer> numbers) {
        return ids.stream().map(numbers::get).filter(Objects::nonNull).sorted().map(String::valueOf)
                .collect(Collectors.joining(","));
    }

    private TaskRef task(String number) {
        return plan.tasks().stream().filter(t -> String.valueOf(t.number()).equals(number)).findFirst()
                .orElseThrow(() -> unknown("task", number));
    }

    private OrgUnitInfo unit(String code, String filter) {
        return units.findByCode(code).orElseThrow(() -> unknown(filter, code));
    }

    private static <E extends Enum<E>> E value(Class<E> type, String filter, String text) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equalsIgnoreCase(text)).findFirst()
                .orElseThrow(() -> unknown(filter, text));
    }

    private static String oneOf(List<String> values, String filter, String text) {
        return values.stream().filter(v -> v.equalsIgnoreCase(text)).findFirst().orElseThrow(() -> unknown(filter, text));
    }

    private static UserMessageException unknown(String filter, String value) {
        return new UserMessageException("export.error.value", filter, value);
    }

    private static BigDecimal round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
