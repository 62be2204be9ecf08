package org.actionmap.plan.catalogue;

import org.actionmap.plan.Comparator;
import org.actionmap.plan.MeasureKind;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TargetCatalogueReaderTest {

    private static final String TARGET = """
              - code: T01.1.land
                task: 1
                requirement: 1
                source: "acquire 6,500 acres of land"
                name: { zh: 征地, en: Land acquired }
                unit: acres
                unit_zh: 亩
                comparator: EXACTLY
                value: 6500
                max: null
                stretch: null
                breakdown: []
                measure: COMPUTED
                map_source: parcels
                accumulation: YEAR_TO_DATE
                reporter: TOWNSHIPS
            """;

    private static final String CATALOGUE = """
            plan: { year: 2011, title: { zh: 计划, en: Plan } }
            tasks:
              1: { zh: 建设园区 }
            targets:
            %s
            not_targets:
              - { task: 1, requirement: 1, source: '"Five Comparisons"', reason: name of a campaign }
            """;

    private final TargetCatalogueReader reader = new TargetCatalogueReader();

    @Test
    void reads_a_valid_catalogue() throws Exception {
        TargetCatalogue catalogue = read(TARGET);

        assertThat(catalogue.plan().title().zh()).isEqualTo("计划");
        assertThat(catalogue.taskTitles().get(1).in("en")).isEqualTo("建设园区");
        assertThat(catalogue.targets()).singleElement().satisfies(t -> {
            assertThat(t.comparator()).isEqualTo(Comparator.EXACTLY);
            assertThat(t.measure()).isEqualTo(MeasureKind.COMPUTED);
            assertThat(t.mapSource()).isEqualTo(MapSource.PARCELS);
            assertThat(t.value()).isEqualByComparingTo("6500");
            assertThat(t.unitZh()).isEqualTo("亩");
        });
        assertThat(catalogue.notTargets()).singleElement()
                .satisfies(n -> assertThat(n.source()).isEqualTo("\"Five Comparisons\""));
    }

    @Test
    void keeps_decimal_values_exact() throws Exception {
        TargetCatalogue catalogue = read(edit(s -> s.replace("value: 6500", "value: 174.72")));
        assertThat(catalogue.targets().get(0).value()).isEqualByComparingTo("174.72")
                .hasToString("174.72");
    }

    @Test
    void refuses_an_unknown_comparator() {
        assertThat(refused(edit(s -> s.replace("comparator: EXACTLY", "comparator: ATLEAST"))))
                .contains("ATLEAST").contains("AT_LEAST").contains("targets[0].comparator");
    }

    @Test
    void refuses_an_unknown_map_source() {
        assertThat(refused(edit(s -> s.replace("map_source: parcels", "map_source: plots"))))
                .contains("unknown map_source 'plots'").contains("power-lines");
    }

    @Test
    void refuses_a_duplicate_code() {
        assertThat(refused(TARGET + TARGET)).contains("targets[1] (T01.1.land): duplicate code");
    }

    @Test
    void refuses_a_range_without_max() {
        assertThat(refused(edit(s -> s.replace("comparator: EXACTLY", "comparator: RANGE"))))
                .contains("targets[0] (T01.1.land): a RANGE needs a max");
    }

    @Test
    void refuses_a_max_that_is_not_above_the_value() {
        assertThat(refused(edit(s -> s.replace("comparator: EXACTLY", "comparator: RANGE")
                .replace("max: null", "max: 6000")))).contains("max 6000 must be greater than value 6500");
    }

    @Test
    void refuses_a_missing_name() {
        assertThat(refused(edit(s -> s.replace("    name: { zh: 征地, en: Land acquired }\n", ""))))
                .contains("name.zh is missing").contains("name.en is missing");
    }

    @Test
    void refuses_a_missing_english_name() {
        assertThat(refused(edit(s -> s.replace("en: Land acquired", "en: \"\""))))
                .contains("targets[0] (T01.1.land): name.en is missing");
    }

    @Test
    void refuses_a_breakdown_that_does_not_add_up() {
        assertThat(refused(edit(s -> s.replace("breakdown: []",
                "breakdown: [{ unit: EDZ, value: 500 }, { unit: TOWNSHIPS, value: 5000 }]"))))
                .contains("breakdown adds up to 5500, not to the value 6500");
    }

    @Test
    void refuses_a_computed_target_without_map_source() {
        assertThat(refused(edit(s -> s.replace("map_source: parcels", "map_source: null"))))
                .contains("a COMPUTED target needs a map_source");
    }

    @Test
    void refuses_a_stretch_below_the_target() {
        assertThat(refused(edit(s -> s.replace("stretch: null", "stretch: 6000"))))
                .contains("stretch 6000 must be more ambitious");
    }

    @Test
    void refuses_a_misspelt_key() {
        assertThat(refused(edit(s -> s.replace("stretch: null", "strech: 7000"))))
                .contains("Unrecognized field \"strech\"").contains("(at targets[0].strech)");
    }

    @Test
    void refuses_a_key_written_twice() {
        assertThat(refused(edit(s -> s.replace("value: 6500", "value: 6500\n    value: 7000"))))
                .contains("Duplicate field 'value'").contains("(at targets[0])");
    }

    @Test
    void refuses_a_figure_written_as_text() {
        assertThat(refused(edit(s -> s.replace("value: 6500", "value: \"6,500\""))))
                .contains("targets[0].value");
    }

    @Test
    void refuses_a_not_target_without_reason_and_lists_every_error() {
        String text = CATALOGUE.formatted(TARGET.replace("comparator: EXACTLY", "comparator: RANGE"))
                .replace(", reason: name of a campaign", "");
        String message = catchThrowableOfType(TargetCatalogueException.class, () -> readWhole(text)).getMessage();
        assertThat(message).contains("a RANGE needs a max").contains("not_targets[0]: reason is missing");
    }

    @Test
    void refuses_an_empty_catalogue() {
        TargetCatalogueException refused = catchThrowableOfType(TargetCatalogueException.class,
                () -> reader.read(new ByteArrayInputStream(new byte[0])));
        assertThat(refused.errors()).containsExactly("the catalogue is empty");
    }

    private static String edit(UnaryOperator<String> change) {
        return change.apply(TARGET);
    }

    private TargetCatalogue read(String targets) throws TargetCatalogueException {
        return readWhole(CATALOGUE.formatted(targets));
    }

    private TargetCatalogue readWhole(String text) throws TargetCatalogueException {
        return reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private String refused(String targets) {
        TargetCatalogueException refused = catchThrowableOfType(TargetCatalogueException.class, () -> read(targets));
        assertThat(refused).as("the catalogue should be refused").isNotNull();
        return refused.getMessage();
    }
}
