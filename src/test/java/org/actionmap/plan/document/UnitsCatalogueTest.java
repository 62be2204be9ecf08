package org.actionmap.plan.document;

import org.actionmap.plan.document.UnitsFile.Unit;
import org.actionmap.security.OrgUnitNames;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class UnitsCatalogueTest {

    /** Copied from geodata/lanxi_township_codes_nbs2023.csv (code, name), which is outside the repository. */
    private static final String NBS_2023_TOWNSHIPS = """
            330781001,兰江街道
            330781002,云山街道
            330781004,永昌街道
            330781005,赤溪街道
            330781006,女埠街道
            330781007,上华街道
            330781102,游埠镇
            330781104,诸葛镇
            330781106,黄店镇
            330781108,香溪镇
            330781109,马涧镇
            330781111,梅江镇
            330781112,横溪镇
            330781200,灵洞乡
            330781203,水亭畲族乡
            330781209,柏社乡
            """;

    private static final Set<String> KINDS = Set.of("BUREAU", "ZONE", "TOWNSHIP", "GROUP", "OTHER");

    private static List<Unit> units;
    private static ParsedPlan plan;

    @BeforeAll
    static void load() throws Exception {
        units = UnitsFile.load();
        plan = new PlanDocumentReader().read(PlanDocumentReaderTest.realPlanText());
    }

    @Test
    void resolves_every_unit_phrase_of_the_plan_to_exactly_one_unit() {
        List<String> unresolved = new ArrayList<>();
        for (ParsedTask task : plan.tasks()) {
            Stream.concat(task.responsibleUnits().stream(), task.cooperatingUnits().stream()).forEach(phrase -> {
                List<Unit> matches = UnitsFile.resolve(units, phrase);
                if (matches.size() != 1) {
                    unresolved.add("task " + task.number() + ": \"" + phrase + "\" -> "
                            + matches.stream().map(Unit::code).toList());
                }
            });
        }
        assertThat(unresolved).as("unit phrases that match no unit or several").isEmpty();
    }

    @Test
    void resolves_the_plan_s_odd_phrases_to_the_units_they_mean() {
        assertThat(codeOf("Pedestrian banks")).isEqualTo("PBOC");
        assertThat(codeOf("and streets")).isEqualTo("TOWNSHIPS");
        assertThat(codeOf("economics Development Zone")).isEqualTo("EDZ");
        assertThat(codeOf("Entry-Exit Inspection and Quarantine Bureau Office")).isEqualTo("INSPECTION_QUARANTINE");
        assertThat(codeOf("Finance and Local Taxation Bureau")).isEqualTo("FINANCE");
        assertThat(codeOf("Various departments of the municipal government")).isEqualTo("CITY_DEPARTMENTS");
    }

    @Test
    void names_the_responsible_units_of_every_task() {
        assertThat(plan.tasks()).extracting(ParsedTask::number,
                        t -> t.responsibleUnits().stream().map(this::codeOf).toList())
                .containsExactly(
                        tuple(1, List.of("ECON_TRADE", "EDZ", "TOWNSHIPS", "TOWNSHIPS")),
                        tuple(2, List.of("FOREIGN_TRADE", "ECON_TRADE")),
                        tuple(3, List.of("FOREIGN_TRADE", "EDZ", "TOWNSHIPS", "TOWNSHIPS")),
                        tuple(4, List.of("FOREIGN_TRADE")),
                        tuple(5, List.of("ECON_TRADE", "TEXTILE_ASSOCIATION")),
                        tuple(6, List.of("ECON_TRADE", "ADMIN_SERVICE")),
                        tuple(7, List.of("ECON_TRADE")),
                        tuple(8, List.of("INDUSTRY_COMMERCE", "QUALITY_SUPERVISION")),
                        tuple(9, List.of("SCIENCE_TECH", "ECON_TRADE")),
                        tuple(10, List.of("WORK_SAFETY")),
                        tuple(11, List.of("POWER")),
                        tuple(12, List.of("INSPECTION_QUARANTINE")),
                        tuple(13, List.of("TRADE_UNIONS", "LABOR")));
    }

    @Test
    void has_unique_upper_snake_codes() {
        assertThat(units).extracting(Unit::code).doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(code).matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*"));
    }

    @Test
    void gives_every_unit_a_known_kind_and_both_names() {
        assertThat(units).allSatisfy(u -> {
            assertThat(u.kind()).as(u.code()).isIn(KINDS);
            assertThat(u.zh()).as(u.code()).isNotBlank().matches(".*\\p{IsHan}.*");
            assertThat(u.en()).as(u.code()).isNotBlank().matches("[\\p{IsLatin} ,()'\\-]+");
        });
    }

    @Test
    void gives_every_name_and_alias_to_one_unit_only() {
        Map<String, List<String>> owners = new HashMap<>();
        for (Unit unit : units) {
            for (String name : unit.matchingNames()) {
                owners.computeIfAbsent(name, n -> new ArrayList<>()).add(unit.code());
            }
            owners.computeIfAbsent(OrgUnitNames.normalize(unit.zh()), n -> new ArrayList<>()).add(unit.code());
        }
        assertThat(owners).allSatisfy((name, codes) ->
                assertThat(Set.copyOf(codes)).as("units named \"%s\"", name).hasSize(1));
    }

    @Test
    void puts_every_parent_on_an_existing_group() {
        Map<String, String> kindByCode = units.stream().collect(Collectors.toMap(Unit::code, Unit::kind));
        assertThat(units).filteredOn(u -> u.parent() != null)
                .allSatisfy(u -> assertThat(kindByCode.get(u.parent())).as("parent of %s", u.code()).isEqualTo("GROUP"));
        assertThat(units).filteredOn(u -> u.kind().equals("BUREAU"))
                .allSatisfy(u -> assertThat(u.parent()).as(u.code()).isEqualTo("CITY_DEPARTMENTS"));
    }

    @Test
    void has_the_sixteen_townships_of_the_nbs_list_under_the_township_group() {
        List<Unit> townships = units.stream().filter(u -> u.kind().equals("TOWNSHIP")).toList();
        assertThat(townships).hasSize(16)
                .allSatisfy(u -> assertThat(u.parent()).isEqualTo("TOWNSHIPS"));
        List<String> expected = NBS_2023_TOWNSHIPS.lines().toList();
        assertThat(townships).extracting(u -> u.nbsCode() + "," + u.zh()).containsExactlyElementsOf(expected);
        assertThat(townships).extracting(Unit::code).containsExactly("LANJIANG", "YUNSHAN", "YONGCHANG", "CHIXI",
                "NVBU", "SHANGHUA", "YOUBU", "ZHUGE", "HUANGDIAN", "XIANGXI", "MAJIAN", "MEIJIANG", "HENGXI",
                "LINGDONG", "SHUITING", "BAISHE");
        assertThat(units).filteredOn(u -> !u.kind().equals("TOWNSHIP")).extracting(Unit::nbsCode).containsOnlyNulls();
    }

    private String codeOf(String phrase) {
        List<Unit> matches = UnitsFile.resolve(units, phrase);
        assertThat(matches).as("units matching \"%s\"", phrase).hasSize(1);
        return matches.get(0).code();
    }
}
