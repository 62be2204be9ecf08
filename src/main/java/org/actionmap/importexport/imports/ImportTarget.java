package org.actionmap.importexport.imports;

import org.actionmap.land.ZoneKind;
import org.actionmap.site.SiteKind;
import org.actionmap.site.SiteStatus;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A layer a file can be imported into, with the fields the wizard maps: {@code required} ones must be mapped or given
 * a value, {@code choices} are fields whose value the user may pick for the whole file. The code field identifies a
 * feature in the report and must be unique.
 */
public enum ImportTarget {
    PARCELS("import.target.parcels", List.of("code", "name", "landUse", "purpose", "notes"), List.of("code", "landUse", "purpose"), true),
    SUBSTATIONS("import.target.substations", List.of("code", "nameZh", "nameEn", "voltageKv", "kind", "notes"),
            List.of("code", "voltageKv", "kind"), false),
    LINES("import.target.lines", List.of("code", "nameZh", "nameEn", "voltageKv", "kind", "notes"),
            List.of("code", "voltageKv", "kind"), false),
    /** Points or outlines; unit names the responsible unit (by code or name), the importer's own when not mapped. */
    SITES("import.target.sites", List.of("code", "nameZh", "nameEn", "kind", "status", "startedOn", "completedOn",
            "openedOn", "unit", "notes"), List.of("code", "kind", "status"), false),
    /**
     * EDZ areas, township parks and township outlines, for administrators; zoneUnit names the township (by code or
     * name), for an EDZ area the EDZ's unit when not mapped. Outlines must not overlap outlines, nor areas and parks
     * each other; a park may lie inside a township's outline of the same file.
     */
    ZONES("import.target.zones", List.of("code", "nameZh", "nameEn", "kind", "zoneUnit"), List.of("code", "kind", "nameZh"), true);

    /** Other names surveys give a field, in order of preference; compared as {@link #simple} makes them. */
    private static final Map<String, List<String>> FIELD_NAMES = Map.ofEntries(
            Map.entry("code", List.of("编号", "代码", "编码", "地块编号", "bh", "dkbh")),
            Map.entry("name", List.of("名称", "地块名称", "名字", "mc")),
            Map.entry("nameZh", List.of("name_cn", "zh", "cn", "中文名称", "中文名", "名称", "name", "名字", "mc")),
            Map.entry("nameEn", List.of("en", "english", "english_name", "ename", "英文名称", "英文名")),
            // 用途 alone is a parcel's purpose (新增工业用地, 低效闲置用地清理), not its land use
            Map.entry("landUse", List.of("land_use", "土地用途", "用地性质", "用地类型", "地类", "dl")),
            Map.entry("purpose", List.of("用途类别", "用途", "类型", "type")),
            Map.entry("notes", List.of("note", "remark", "remarks", "comment", "memo", "备注", "说明")),
            Map.entry("voltageKv", List.of("voltage", "kv", "电压", "电压等级")),
            Map.entry("kind", List.of("type", "类型", "类别", "种类")),
            Map.entry("status", List.of("状态")),
            Map.entry("startedOn", List.of("started", "start_date", "开工日期", "开工时间")),
            Map.entry("completedOn", List.of("completed", "completion_date", "竣工日期", "完工日期", "竣工时间")),
            Map.entry("openedOn", List.of("opened", "open_date", "开业日期", "投用日期")),
            Map.entry("unit", List.of("责任单位", "单位", "所属单位")),
            Map.entry("zoneUnit", List.of("unit", "township", "乡镇", "所属乡镇", "单位")));

    private final String labelKey;
    private final List<String> fields;
    private final List<String> required;
    private final boolean polygons;

    ImportTarget(String labelKey, List<String> fields, List<String> required, boolean polygons) {
        this.labelKey = labelKey;
        this.fields = fields;
        this.required = required;
        this.polygons = polygons;
    }

    public String labelKey() {
        return labelKey;
    }

    public List<String> fields() {
        return fields;
    }

    public List<String> required() {
        return required;
    }

    /** Whether features are areas that must not overlap each other (parcels), or those of one group (zones). */
    boolean polygons() {
        return polygons;
    }

    /**
     * Of the features of a polygon layer, those of one group must not overlap each other: all of them for parcels
     * (one group); for zones the township outlines, and the EDZ areas and parks (a park lies in a township's outline).
     */
    String overlapGroup(StagedFeature feature, ImportMapping mapping) {
        return this == ZONES ? ZoneWriter.overlapGroup(mapping.valueOf(feature, "kind")) : "";
    }

    /**
     * Whether features may lie outside the county, so that the staging check leaves that to the owning module:
     * investment-promotion stations are offices in other cities, and the site module refuses every other kind outside
     * the county itself; a township's outline makes the county (a new one may extend it), and the land module refuses
     * EDZ areas and parks outside the outlines, counting those of the file written before them.
     */
    boolean mayLieOutsideTheCounty() {
        return this == SITES || this == ZONES;
    }

    /**
     * The source field the wizard proposes for each target field: the field of the same name, then the names surveys
     * commonly give it, in English or Chinese ({@code name_zh}, {@code NAME_EN}, {@code 名称}, {@code 英文名称});
     * case, spaces, underscores and hyphens aside. A source field fills one target field at most.
     */
    public Map<String, String> suggestedSources(List<String> sourceFields) {
        Map<String, String> bySimpleName = new LinkedHashMap<>();
        sourceFields.forEach(f -> bySimpleName.putIfAbsent(simple(f), f));
        Map<String, String> suggested = new LinkedHashMap<>();
        // every field's own name first, then the other names: a file's "name" is a parcel's name before anything else
        for (int round = 0; round < 2; round++) {
            for (String field : fields) {
                if (suggested.containsKey(field)) {
                    continue;
                }
                List<String> names = round == 0 ? List.of(field) : FIELD_NAMES.getOrDefault(field, List.of());
                names.stream().map(name -> bySimpleName.get(simple(name)))
                        .filter(source -> source != null && !suggested.containsValue(source))
                        .findFirst().ifPresent(source -> suggested.put(field, source));
            }
        }
        Map<String, String> inFieldOrder = new LinkedHashMap<>();
        fields.stream().filter(suggested::containsKey).forEach(f -> inFieldOrder.put(f, suggested.get(f)));
        return inFieldOrder;
    }

    /** A field name without case, spaces, underscores and hyphens: {@code NAME_ZH}, {@code name-zh} and {@code nameZh} match. */
    private static String simple(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
    }

    /** The values offered for a field the user may set for the whole file, empty for free text. */
    public List<String> choices(String field) {
        return switch (this) {
            case PARCELS -> switch (field) {
                case "landUse" -> List.of("industrial", "warehousing", "commercial", "infrastructure", "other");
                case "purpose" -> List.of("NEW_INDUSTRIAL", "IDLE_LAND");
                default -> List.of();
            };
            case SUBSTATIONS -> switch (field) {
                case "voltageKv" -> List.of("110", "220", "500");
                case "kind" -> List.of("NEW", "EXPANSION");
                default -> List.of();
            };
            case LINES -> switch (field) {
                case "voltageKv" -> List.of("10", "110", "500");
                case "kind" -> List.of("NEW", "RENOVATION");
                default -> List.of();
            };
            case SITES -> switch (field) {
                case "kind" -> Arrays.stream(SiteKind.values()).map(Enum::name).toList();
                case "status" -> Arrays.stream(SiteStatus.values()).map(Enum::name).toList();
                default -> List.of();
            };
            case ZONES -> "kind".equals(field) ? Arrays.stream(ZoneKind.values()).map(Enum::name).toList() : List.of();
        };
    }
}
