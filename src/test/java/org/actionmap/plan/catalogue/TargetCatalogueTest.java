package org.actionmap.plan.catalogue;

import org.actionmap.plan.Accumulation;
import org.actionmap.plan.Comparator;
import org.actionmap.plan.MeasureKind;
import org.actionmap.plan.document.UnitsFile;
import org.actionmap.plan.document.ParsedPlan;
import org.actionmap.plan.document.ParsedRequirement;
import org.actionmap.plan.document.ParsedTask;
import org.actionmap.plan.document.PlanDocumentReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The Lanxi 2011 target catalogue against the plan document it was written for and the units
 * file. The coverage test is the one that matters: it fails, naming task, requirement and number,
 * when a number of the plan is accounted for by neither a target nor a reasoned not-target.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TargetCatalogueTest {

    static final String CATALOGUE_RESOURCE = "/demo/lanxi-2011/targets.yaml";
    static final String PLAN_RESOURCE = "/demo/lanxi-2011/plan.txt";

    private static ParsedPlan plan;
    private static TargetCatalogue catalogue;
    private static List<UnitsFile.Unit> units;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = TargetCatalogueTest.class.getResourceAsStream(PLAN_RESOURCE)) {
            plan = new PlanDocumentReader().read(in);
        }
        try (InputStream in = TargetCatalogueTest.class.getResourceAsStream(CATALOGUE_RESOURCE)) {
            catalogue = new TargetCatalogueReader().read(in);
        }
        units = UnitsFile.load();
    }

    @Nested
    @DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
    class Against_the_plan_document {

        @Test
        void covers_every_quantity_of_every_requirement_by_a_target_or_a_not_target() {
            List<String> uncovered = plan.tasks().stream()
                    .flatMap(task -> task.requirements().stream()
                            .flatMap(r -> CatalogueCheck.uncoveredQuantities(task.number(), r, catalogue).stream()))
                    .map(CatalogueIssue::toString)
                    .toList();
            assertThat(uncovered).as("quantities of the plan that the catalogue does not account for").isEmpty();
        }

        @Test
        void finds_every_source_exactly_once_in_its_requirement() {
            assertThat(CatalogueCheck.issues(catalogue, plan)).extracting(CatalogueIssue::toString).isEmpty();
        }

        @Test
        void names_only_tasks_and_requirements_that_exist() {
            Set<String> requirements = plan.tasks().stream()
                    .flatMap(t -> t.requirements().stream().map(r -> t.number() + "." + r.number()))
                    .collect(Collectors.toSet());
            assertThat(catalogue.targets()).allSatisfy(t ->
                    assertThat(requirements).as(t.code()).contains(t.task() + "." + t.requirement()));
            assertThat(catalogue.notTargets()).allSatisfy(n ->
                    assertThat(requirements).as(n.source()).contains(n.task() + "." + n.requirement()));
        }

        @Test
        void has_a_chinese_title_for_every_task() {
            assertThat(catalogue.taskTitles().keySet())
                    .containsExactlyElementsOf(plan.tasks().stream().map(ParsedTask::number).toList());
            assertThat(catalogue.taskTitles().values()).allSatisfy(title -> {
                assertThat(title.zh()).matches(".*\\p{IsHan}.*");
                assertThat(title.en()).isNotBlank();
            });
        }
    }

    @Nested
    @DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
    class Against_the_units_file {

        @Test
        void names_reporters_and_breakdown_units_that_exist() {
            Set<String> codes = UnitsFile.codes(units);
            assertThat(catalogue.targets()).allSatisfy(t -> {
                assertThat(codes).as("reporter of %s", t.code()).contains(t.reporter());
                t.breakdown().forEach(share ->
                        assertThat(codes).as("breakdown of %s", t.code()).contains(share.unit()));
            });
        }

        @Test
        void lets_only_a_responsible_unit_of_the_task_report() {
            assertThat(catalogue.targets()).allSatisfy(t -> {
                Set<String> responsible = plan.tasks().get(t.task() - 1).responsibleUnits().stream()
                        .flatMap(phrase -> UnitsFile.resolve(units, phrase).stream())
                        .map(UnitsFile.Unit::code)
                        .collect(Collectors.toSet());
                assertThat(responsible).as("responsible units of task %d for %s", t.task(), t.code())
                        .contains(t.reporter());
            });
        }
    }

    @Nested
    @DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
    class In_itself {

        @Test
        void holds_the_eighty_four_targets_of_the_2011_plan() {
            assertThat(catalogue.plan().year()).isEqualTo(2011);
            assertThat(catalogue.targets()).hasSize(84);
        }

        @Test
        void codes_every_target_by_its_task_and_requirement() {
            assertThat(catalogue.targets()).extracting(TargetSpec::code).doesNotHaveDuplicates();
            assertThat(catalogue.targets()).allSatisfy(t -> assertThat(t.code())
                    .matches(String.format("T%02d\\.%d\\.[a-z0-9]+(-[a-z0-9]+)*", t.task(), t.requirement())));
        }

        @Test
        void adds_up_every_breakdown_to_its_value() {
            List<TargetSpec> withBreakdown = catalogue.targets().stream().filter(t -> !t.breakdown().isEmpty()).toList();
            assertThat(withBreakdown).isNotEmpty().allSatisfy(t -> assertThat(t.breakdown().stream()
                    .map(BreakdownSpec::value).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .as(t.code()).isEqualByComparingTo(t.value()));
        }

        @Test
        void splits_the_idle_land_between_the_zone_and_the_townships() {
            assertThat(target("T01.3.idle-land-cleared").breakdown())
                    .extracting(BreakdownSpec::unit, b -> b.value().intValue())
                    .containsExactly(tuple("EDZ", 500), tuple("TOWNSHIPS", 500));
        }

        @Test
        void stores_money_in_base_units() {
            assertThat(catalogue.targets()).allSatisfy(t -> assertThat(t.unit()).as(t.code())
                    .doesNotContainIgnoringCase("million").doesNotContainIgnoringCase("billion"));
            assertThat(target("T01.1.infrastructure-investment").value()).isEqualByComparingTo("300000000");
            assertThat(target("T03.1.industrial-capital-introduced"))
                    .extracting(TargetSpec::value, TargetSpec::stretch)
                    .containsExactly(new BigDecimal("3500000000"), new BigDecimal("4000000000"));
            assertThat(target("T04.1.exports")).extracting(TargetSpec::unit, TargetSpec::unitZh)
                    .containsExactly("US dollars", "亿美元");
        }

        @Test
        void states_the_three_zero_growths_of_work_safety_as_three_targets() {
            assertThat(catalogue.targetsOf(10, 1)).hasSize(3).allSatisfy(t -> {
                assertThat(t.comparator()).isEqualTo(Comparator.ZERO_GROWTH);
                assertThat(t.value()).isZero();
                assertThat(t.unit()).isEqualTo("% year-on-year");
                assertThat(t.accumulation()).isEqualTo(Accumulation.LEVEL);
            });
        }

        @Test
        void computes_the_substation_milestones_from_the_map() {
            assertThat(catalogue.targetsOf(11, 1)).hasSize(4).allSatisfy(t -> {
                assertThat(t.comparator()).isEqualTo(Comparator.EXACTLY);
                assertThat(t.value()).isEqualByComparingTo("1");
                assertThat(t.measure()).isEqualTo(MeasureKind.COMPUTED);
            });
            assertThat(target("T11.2.lines-10kv")).extracting(TargetSpec::value, TargetSpec::mapSource)
                    .containsExactly(new BigDecimal("174.72"), MapSource.POWER_LINES);
        }

        @Test
        void gives_ranges_a_max_and_every_target_two_names() {
            assertThat(catalogue.targets()).filteredOn(t -> t.comparator() == Comparator.RANGE)
                    .extracting(TargetSpec::code, t -> t.value().intValue(), t -> t.max().intValue())
                    .contains(tuple("T02.5.bank-enterprise-talks", 1, 2), tuple("T07.4.clean-production-audits", 10, 20));
            assertThat(catalogue.targets()).allSatisfy(t -> {
                assertThat(t.name().zh()).as(t.code()).matches(".*\\p{IsHan}.*");
                assertThat(t.name().en()).as(t.code()).isNotBlank();
            });
        }

        @Test
        void keeps_growth_rates_and_shares_as_levels() {
            assertThat(catalogue.targets()).filteredOn(t -> t.unit().startsWith("%"))
                    .allSatisfy(t -> assertThat(t.accumulation()).as(t.code()).isEqualTo(Accumulation.LEVEL));
        }
    }

    /** Proof that the coverage test can fail: a requirement with a number nobody accounted for. */
    @Nested
    @DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
    class The_coverage_check {

        private final ParsedRequirement crafted = new ParsedRequirement(1,
                "Acquire 6,500 acres of land and build 12 roads in the \"Five Comparisons\" campaign.", 5);

        @Test
        void reports_a_number_that_no_target_and_no_not_target_covers() {
            TargetCatalogue partial = catalogueWith(
                    List.of(spec("T01.1.land", "Acquire 6,500 acres of land")),
                    List.of(new NotTargetSpec(1, 1, "\"Five Comparisons\"", "campaign name")));

            List<CatalogueIssue> issues = CatalogueCheck.uncoveredQuantities(1, crafted, partial);

            assertThat(issues).singleElement().satisfies(issue -> {
                assertThat(issue.task()).isEqualTo(1);
                assertThat(issue.requirement()).isEqualTo(1);
                assertThat(issue.message()).contains("\"12\"");
            });
        }

        @Test
        void reports_a_number_word_as_well() {
            TargetCatalogue partial = catalogueWith(
                    List.of(spec("T01.1.land", "Acquire 6,500 acres of land"), spec("T01.1.roads", "build 12 roads")),
                    List.of());

            assertThat(CatalogueCheck.uncoveredQuantities(1, crafted, partial))
                    .extracting(CatalogueIssue::message)
                    .singleElement().asString().contains("\"Five\"");
        }

        @Test
        void takes_a_quantity_as_covered_only_inside_its_source() {
            // "6,500" is covered, but the source stops before "12"
            TargetCatalogue partial = catalogueWith(
                    List.of(spec("T01.1.land", "Acquire 6,500 acres of land and build 1")),
                    List.of(new NotTargetSpec(1, 1, "\"Five Comparisons\"", "campaign name")));

            assertThat(CatalogueCheck.uncoveredQuantities(1, crafted, partial)).hasSize(1);
        }

        @Test
        void reports_a_source_that_is_not_in_the_requirement() {
            TargetCatalogue wrong = catalogueWith(List.of(spec("T01.1.land", "acquire 7,000 acres")), List.of());
            assertThat(CatalogueCheck.issues(wrong, plan)).extracting(CatalogueIssue::message)
                    .anySatisfy(m -> assertThat(m).contains("\"acquire 7,000 acres\" is not in the requirement"));
        }

        @Test
        void reports_a_source_that_occurs_twice() {
            TargetCatalogue wrong = catalogueWith(List.of(spec("T01.1.x", "billion yuan")), List.of());
            assertThat(CatalogueCheck.issues(wrong, plan)).extracting(CatalogueIssue::message)
                    .anySatisfy(m -> assertThat(m).contains("occurs more than once"));
        }

        @Test
        void fails_on_the_real_plan_when_a_not_target_is_dropped() {
            List<NotTargetSpec> fewer = catalogue.notTargets().stream()
                    .filter(n -> !n.source().equals("In 2011") || n.task() != 3).toList();
            TargetCatalogue reduced = new TargetCatalogue(catalogue.plan(), catalogue.taskTitles(),
                    catalogue.targets(), fewer);

            assertThat(CatalogueCheck.issues(reduced, plan)).extracting(CatalogueIssue::toString)
                    .singleElement().asString().startsWith("task 3 requirement 3: quantity \"2011\"");
        }

        private TargetCatalogue catalogueWith(List<TargetSpec> targets, List<NotTargetSpec> notTargets) {
            return new TargetCatalogue(catalogue.plan(), catalogue.taskTitles(), targets, notTargets);
        }

        private TargetSpec spec(String code, String source) {
            return new TargetSpec(code, 1, 1, source, new LocalizedText("测试", "test"), "acres", "亩",
                    Comparator.EXACTLY, BigDecimal.ONE, null, null, List.of(), MeasureKind.REPORTED, null,
                    Accumulation.YEAR_TO_DATE, "ECON_TRADE");
        }
    }

    private static TargetSpec target(String code) {
        return catalogue.targets().stream().filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no target " + code));
    }
}
