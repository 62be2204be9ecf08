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
        Row a = new Row();
        a.text("code", p.code());
        a.text("name", p.name());
        a.text("land_use", p.landUse());
        a.text("purpose", p.purpose().name());
        a.text("status", p.status().name());
        a.text("zone", p.zoneCode());
        a.text("zone_zh", p.zoneNameZh());
        a.text("zone_en", p.zoneNameEn());
        township(a, units.get(p.townshipUnitId()));
        a.real("area_m2", round(p.areaM2(), 1));
        a.real("area_mu", round(p.areaMu(), 2));
        // the date each step of both workflows was reached, empty where the parcel has not reached it; "planned" is
        // where new land starts and carries no date (ParcelWorkflow), so it has no column
        a.date("acquired", p.steps().get(ParcelStatus.ACQUIRED));
        a.date("levelled", p.steps().get(ParcelStatus.LEVELLED));
        a.date("supplied", p.steps().get(ParcelStatus.SUPPLIED));
        a.date("identified", p.steps().get(ParcelStatus.IDENTIFIED));
        a.date("disposal", p.steps().get(ParcelStatus.IN_DISPOSAL));
        a.date("cleared", p.steps().get(ParcelStatus.CLEARED));
        a.text("tasks", tasks(p.taskIds(), taskNumbers));
        a.text("notes", p.notes());
        a.bool("illustr", p.illustrative());
        return a.feature(p.id(), p.code());
    }

    private static ExportFeature zone(ZoneSummary z) {
        Row a = new Row();
        a.text("code", z.code());
        a.text("kind", z.kind());
        a.text("name_zh", z.nameZh());
        a.text("name_en", z.nameEn());
        // the zone's stored area comes with its shape (ExportService), as the land module publishes it
        a.real("area_m2", null);
        a.real("area_mu", null);
        return a.feature(z.id(), z.code());
    }

    private static ExportFeature substation(SubstationDetails s) {
        Row a = new Row();
        a.text("code", s.code());
        a.text("name_zh", s.nameZh());
        a.text("name_en", s.nameEn());
        a.integer("voltage_kv", s.voltageKv());
        a.text("kind", s.kind());
        a.real("cap_mva", s.capacityMva());
        Milestone reached = s.reached();
        a.text("reached", reached == null ? "NONE" : reached.name());
        a.date("reached_on", reached == null ? null : s.milestones().get(reached).actual());
        Milestone next = s.next();
        a.text("next", next == null ? null : next.name());
        SubstationDetails.Dates nextDates = next == null ? null : s.milestones().get(next);
        a.date("next_plan", nextDates == null ? null : nextDates.planned());
        a.text("notes", s.notes());
        a.bool("illustr", s.illustrative());
        return a.feature(s.id(), s.code());
    }

    private static ExportFeature line(PowerLineDetails l) {
        Row a = new Row();
        a.text("code", l.code());
        a.text("name_zh", l.nameZh());
        a.text("name_en", l.nameEn());
        a.integer("voltage_kv", l.voltageKv());
        a.text("kind", l.kind());
        a.text("status", l.status());
        a.real("length_km", round(l.lengthKm(), 3));
        a.date("completed", l.completedOn());
        a.text("notes", l.notes());
        a.bool("illustr", l.illustrative());
        return a.feature(l.id(), l.code());
    }

    private static ExportFeature ruralArea(RuralAreaDetails r, Map<Long, OrgUnitInfo> units) {
        Row a = new Row();
        a.text("code", r.code());
        a.text("name", r.name());
        a.text("kind", r.kind());
        a.text("status", r.status());
        a.date("completed", r.completedOn());
        township(a, units.get(r.townshipUnitId()));
        a.bool("illustr", r.illustrative());
        return a.feature(r.id(), r.code());
    }

    private static ExportFeature site(SiteDetails s, Map<Long, OrgUnitInfo> units, Map<Long, Integer> taskNumbers) {
        Row a = new Row();
        a.text("code", s.code());
        a.text("name_zh", s.nameZh());
        a.text("name_en", s.nameEn());
        a.text("kind", s.kind().name());
        a.text("status", s.status().name());
        a.date("started", s.dates().startedOn());
        a.date("completed", s.dates().completedOn());
        a.date("opened", s.dates().openedOn());
        OrgUnitInfo unit = units.get(s.responsibleUnitId());
        a.text("unit", unit == null ? null : unit.code());
        a.text("unit_zh", unit == null ? null : unit.nameZh());
        a.text("unit_en", unit == null ? null : unit.nameEn());
        township(a, units.get(s.townshipUnitId()));
        a.real("area_m2", s.areaM2() == null ? null : round(s.areaM2(), 1));
        a.real("area_mu", s.areaM2() == null ? null : round(s.areaM2() / SQUARE_METRES_PER_MU, 2));
        a.text("tasks", tasks(s.taskIds(), taskNumbers));
        a.text("notes", s.notes());
        a.bool("illustr", s.illustrative());
        return a.feature(s.id(), s.code());
    }

    private static void township(Row a, OrgUnitInfo township) {
        a.text("township", township == null ? null : township.code());
        a.text("town_zh", township == null ? null : township.nameZh());
        a.text("town_en", township == null ? null : township.nameEn());
    }

    /** A feature's attributes in the order of the file's columns, each with its column's type. */
    private static final class Row {
        private final Map<String, Object> values = new LinkedHashMap<>();
        private final Map<String, ColumnType> columns = new LinkedHashMap<>();

        private void put(String name, Object value, ColumnType type) {
            values.put(name, value);
            columns.put(name, type);
        }

        void text(String name, String value) {
            put(name, value, ColumnType.TEXT);
        }

        void bool(String name, boolean value) {
            put(name, value, ColumnType.BOOLEAN);
        }

        void integer(String name, Integer value) {
            put(name, value, ColumnType.INTEGER);
        }

        void real(String name, BigDecimal value) {
            put(name, value, ColumnType.REAL);
        }

        /** ISO 8601 ({@code 2011-05-12}) in the source file; a Date column in the formats that have one. */
        void date(String name, LocalDate value) {
            put(name, value == null ? null : value.toString(), ColumnType.DATE);
        }

        ExportFeature feature(long id, String code) {
            return new ExportFeature(id, code, values, columns);
        }
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
}
