package org.actionmap.plan.document;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PlanDocumentReaderTest {

    static final String PLAN_RESOURCE = "/demo/lanxi-2011/plan.txt";

    private static final PlanDocumentReader reader = new PlanDocumentReader();
    private static ParsedPlan plan;

    @BeforeAll
    static void read_the_real_plan() throws Exception {
        plan = reader.read(realPlanText());
    }

    static String realPlanText() {
        try (InputStream in = PlanDocumentReaderTest.class.getResourceAsStream(PLAN_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ParsedTask task(int number) {
        return plan.tasks().get(number - 1);
    }

    @Nested
    @DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
    class The_real_2011_plan {

        @Test
        void has_thirteen_tasks_numbered_in_order() {
            assertThat(plan.tasks()).extracting(ParsedTask::number)
                    .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
        }

        @Test
        void keeps_task_titles_and_heading_lines() {
            assertThat(task(1).title()).isEqualTo("Deeply promote the construction of parks and vigorously improve"
                    + " the development level of economic development zones and township industrial parks");
            assertThat(task(8).title()).isEqualTo("Implement the famous brand strategy");
            assertThat(plan.tasks()).extracting(ParsedTask::line)
                    .containsExactly(1, 8, 18, 26, 34, 43, 52, 61, 67, 75, 82, 87, 94);
        }

        @ParameterizedTest(name = "task {0} has {1} requirements")
        @CsvSource({"1,3", "2,6", "3,4", "4,4", "5,5", "6,4", "7,5", "8,3", "9,3", "10,3", "11,2", "12,3", "13,2"})
        void has_the_requirement_count_of_every_task(int taskNumber, int requirementCount) {
            assertThat(task(taskNumber).requirements()).hasSize(requirementCount)
                    .extracting(ParsedRequirement::number)
                    .isEqualTo(java.util.stream.IntStream.rangeClosed(1, requirementCount).boxed().toList());
        }

        @Test
        void reads_the_responsible_and_cooperating_units_of_every_task_as_written() {
            assertUnits(1,
                    List.of("Economic and Trade Bureaus", "economic development zones", "towns and villages", "streets"),
                    List.of("Bureau of Land and Resources", "Construction Bureau",
                            "Bureau of Foreign Trade and Economic Cooperation", "Bureau of Statistics"));
            assertUnits(2,
                    List.of("Bureau of Foreign Trade and Economic Cooperation", "Economic and Trade Bureau"),
                    List.of("Development and Reform Bureau", "Pedestrian banks", "economic development zones",
                            "towns and villages", "streets"));
            assertUnits(3,
                    List.of("Foreign Trade and Economic Cooperation Bureau", "Economic Development Zone",
                            "towns and villages", "sub-districts"),
                    List.of("Various departments of the municipal government"));
            assertUnits(4,
                    List.of("Bureau of Foreign Trade and Economic Cooperation"),
                    List.of("People's Bank of China (Foreign Administration)", "Inspection and Quarantine Office",
                            "Customs Liaison Office", "Finance and Local Taxation Bureau", "National Taxation Bureau",
                            "Economic Development Zone", "Towns and Townships", "Streets"));
            assertUnits(5,
                    List.of("Economic and Trade Bureau", "Textile Industry Association"),
                    List.of("Foreign Trade and Economic Cooperation Bureau", "Science and Technology Bureau",
                            "Economic Development Zone", "Labor and Social Security Bureau",
                            "Education and Sports Bureau", "Finance (Local Taxation) Bureau",
                            "Industry and Commerce Bureau", "Quality and Technical Supervision Bureau"));
            assertUnits(6,
                    List.of("Economic and Trade Bureau", "Administrative Service Center"),
                    List.of("towns", "townships", "streets", "economics Development Zone",
                            "Foreign Trade and Economic Cooperation Bureau", "Finance (Local Taxation) Bureau",
                            "Science and Technology Bureau", "Bureau of Statistics", "People's Bank of China"));
            assertUnits(7,
                    List.of("Economic and Trade Bureau"),
                    List.of("towns", "townships", "streets", "economic development zones", "development Reform Bureau",
                            "Environmental Protection Bureau", "Quality and Technical Supervision Bureau",
                            "Statistics Bureau"));
            assertUnits(8,
                    List.of("Industrial and Commercial Bureau", "Quality and Technical Supervision Bureau"),
                    List.of());
            assertUnits(9,
                    List.of("Science and Technology Bureau", "Economic and Trade Bureau"),
                    List.of("towns and villages", "streets", "economic development zones", "finance bureaus",
                            "national taxation Bureau"));
            assertUnits(10,
                    List.of("Work Safety Bureau"),
                    List.of("towns", "townships", "streets", "Economic Development Zone", "Economic and Trade Bureau",
                            "Public Security Bureau", "Transportation Bureau", "Construction Bureau",
                            "Education and Sports Bureau", "Federation of Trade Unions", "Tourism Bureau"));
            assertUnits(11,
                    List.of("Power Supply Bureau"),
                    List.of());
            assertUnits(12,
                    List.of("Entry-Exit Inspection and Quarantine Bureau Office"),
                    List.of("towns and villages", "sub-districts", "economic development zones",
                            "quality and technical supervision bureaus", "foreign trade and economic cooperation"));
            assertUnits(13,
                    List.of("Federation of Trade Unions", "Labor and Social Security Bureau"),
                    List.of("towns", "townships", "streets", "economic development zones", "economic and trade bureaus"));
        }

        private void assertUnits(int taskNumber, List<String> responsible, List<String> cooperating) {
            assertThat(task(taskNumber).responsibleUnits()).as("responsible units of task %d", taskNumber)
                    .containsExactlyElementsOf(responsible);
            assertThat(task(taskNumber).cooperatingUnits()).as("cooperating units of task %d", taskNumber)
                    .containsExactlyElementsOf(cooperating);
        }

        @Test
        void takes_numbered_items_after_the_unit_lines_as_requirements_when_the_header_is_missing() {
            assertThat(task(13).requirements()).extracting(ParsedRequirement::number, ParsedRequirement::line)
                    .containsExactly(tuple(1, 97), tuple(2, 98));
            assertThat(task(13).requirement(2).text()).isEqualTo("Deepen the activities to create harmonious"
                    + " enterprises with labor relations. In 2011, the number of enterprises with harmonious labor"
                    + " relations in the city reached over 90%.");
        }

        @Test
        void strips_the_item_number_from_requirement_text() {
            assertThat(task(1).requirement(1).text()).startsWith("Solidly carry out the \"Five Comparisons\"");
            assertThat(task(11).requirement(2).text()).isEqualTo("Accelerate the construction and renovation"
                    + " projects of urban and rural power grids. 174.72 kilometers of 10 kV lines were newly built"
                    + " and renovated; 246 rural areas were renovated or added.");
        }

        @Test
        void attaches_unnumbered_paragraphs_to_the_requirement_above_them() {
            assertThat(task(6).requirement(1).text())
                    .startsWith("Increase the publicity of enterprise-related policies")
                    .endsWith("guide the transformation and upgrading of enterprises.\nContinue to implement the"
                            + " system of liaison between municipal leaders to optimize and strengthen enterprises,"
                            + " encourage enterprises to carry out shareholding reform, improve the corporate"
                            + " governance structure, and implement refined management.");
            assertThat(task(9).requirement(2).text()).isEqualTo("Vigorously implement technological innovation"
                    + " projects and actively promote the creation of a strong science and technology city.\n"
                    + "Throughout the year, we strive to have more than 50 science and technology projects at or"
                    + " above the municipal level, develop more than 120 new products at or above the municipal"
                    + " level, and apply for more than 660 patents, including more than 50 invention patents.");
            assertThat(task(6).requirement(2).line()).isEqualTo(49);
            assertThat(task(9).requirement(3).line()).isEqualTo(74);
        }

        @Test
        void has_no_continuation_paragraphs_elsewhere() {
            long withContinuation = plan.tasks().stream().flatMap(t -> t.requirements().stream())
                    .filter(r -> r.text().contains("\n")).count();
            assertThat(withContinuation).isEqualTo(2);
        }

        @Test
        void keeps_the_editor_line_apart_from_the_last_requirement() {
            assertThat(plan.editorLine()).isEqualTo("Responsible Editor of Industrial Economic Tasks and Action"
                    + " Plans: Teacher Chen Reading: Person-time");
            assertThat(task(13).requirement(2).text()).doesNotContain("Editor");
        }

        @Test
        void reads_the_same_plan_from_utf8_bytes_with_a_bom_and_crlf_line_ends() throws Exception {
            byte[] body = realPlanText().replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] withBom = new byte[body.length + 3];
            withBom[0] = (byte) 0xEF;
            withBom[1] = (byte) 0xBB;
            withBom[2] = (byte) 0xBF;
            System.arraycopy(body, 0, withBom, 3, body.length);

            ParsedPlan fromBytes = reader.read(new ByteArrayInputStream(withBom));

            assertThat(fromBytes).isEqualTo(plan);
        }
    }

    @Nested
    @DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
    class Tolerance {

        @Test
        void accepts_full_width_digits_and_colons() throws Exception {
            ParsedPlan read = reader.read("""
                    １．建设园区
                    责任单位：经济贸易局、经济开发区
                    配合单位：国土资源局
                    工作要求：
                    １．征地6500亩。
                    2、平整土地3500亩。
                    """);
            ParsedTask only = read.tasks().get(0);
            assertThat(only.title()).isEqualTo("建设园区");
            assertThat(only.responsibleUnits()).containsExactly("经济贸易局", "经济开发区");
            assertThat(only.cooperatingUnits()).containsExactly("国土资源局");
            assertThat(only.requirements()).extracting(ParsedRequirement::text)
                    .containsExactly("征地6500亩。", "平整土地3500亩。");
        }

        @Test
        void skips_blank_lines_and_accepts_a_plan_without_editor_line() throws Exception {
            ParsedPlan read = reader.read("\n1. Build parks\n\nResponsible unit: Construction Bureau\n\n"
                    + "Work requirements:\n\n1. Level 3,500 acres.\n\n");
            assertThat(read.tasks()).singleElement()
                    .satisfies(t -> assertThat(t.requirements()).extracting(ParsedRequirement::line).containsExactly(8));
            assertThat(read.editorLine()).isNull();
        }

        @Test
        void does_not_take_a_decimal_at_the_start_of_a_paragraph_for_an_item_number() throws Exception {
            ParsedPlan read = reader.read("1. Build lines\nResponsible unit: Power Supply Bureau\n"
                    + "1. Build lines.\n174.72 kilometers of 10 kV lines.\n");
            assertThat(read.tasks().get(0).requirement(1).text()).isEqualTo("Build lines.\n174.72 kilometers of 10 kV lines.");
        }
    }

    @Nested
    @DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
    class A_malformed_document_is_refused {

        @Test
        void when_it_is_empty() {
            assertRefused("", tuple(0, "plan.document.error.empty-document"));
            assertRefused(" \n\r\n\t\n", tuple(0, "plan.document.error.empty-document"));
        }

        @Test
        void when_text_comes_before_the_first_task() {
            String text = "Lanxi Municipal People's Government\nNotice on the 2011 plan\n" + realPlanText();
            assertRefused(text, tuple(1, "plan.document.error.text-before-first-task"));
        }

        @Test
        void when_it_holds_no_task_at_all() {
            // problems of the whole document (line 0) come first
            assertRefused("Just some prose.\nAnd more.", tuple(0, "plan.document.error.no-tasks"),
                    tuple(1, "plan.document.error.text-before-first-task"));
        }

        @Test
        void when_a_task_has_no_responsible_units_line() {
            String text = editLines(lines -> lines.remove(9 - 1)); // task 2's "Responsible units:"
            PlanDocumentException refused = assertRefused(text,
                    tuple(8, "plan.document.error.task-without-responsible-units"));
            assertThat(refused.problems().get(0).args()).containsExactly("2");
        }

        @Test
        void when_a_task_without_cooperating_units_also_loses_its_responsible_line() {
            String text = editLines(lines -> lines.remove(83 - 1)); // task 11: heading then "Work requirements:"
            assertRefused(text, tuple(82, "plan.document.error.task-without-responsible-units"));
        }

        @Test
        void when_the_responsible_units_line_is_empty() {
            String text = editLines(lines -> lines.set(53 - 1, "Responsible unit: "));
            assertRefused(text, tuple(53, "plan.document.error.unit-line-empty"));
        }

        @Test
        void when_two_task_numbers_are_swapped() {
            String text = editLines(lines -> {
                lines.set(8 - 1, lines.get(8 - 1).replaceFirst("^2\\.", "3."));
                lines.set(18 - 1, lines.get(18 - 1).replaceFirst("^3\\.", "2."));
            });
            PlanDocumentException refused = assertRefused(text,
                    tuple(8, "plan.document.error.task-number-out-of-sequence"),
                    tuple(18, "plan.document.error.task-number-out-of-sequence"));
            assertThat(refused.problems()).extracting(PlanDocumentProblem::args)
                    .containsExactly(List.of("3", "2"), List.of("2", "3"));
        }

        @Test
        void when_a_task_number_is_duplicated() {
            String text = editLines(lines -> lines.set(52 - 1, lines.get(52 - 1).replaceFirst("^7\\.", "6.")));
            PlanDocumentException refused = assertRefused(text,
                    tuple(52, "plan.document.error.task-number-duplicated"));
            assertThat(refused.problems().get(0).args()).containsExactly("6", "43");
        }

        @Test
        void when_a_requirement_number_is_duplicated() {
            String text = editLines(lines -> lines.set(7 - 1, lines.get(7 - 1).replaceFirst("^3\\.", "2.")));
            PlanDocumentException refused = assertRefused(text,
                    tuple(7, "plan.document.error.requirement-number-duplicated"));
            assertThat(refused.problems().get(0).args()).containsExactly("1", "2", "6");
        }

        @Test
        void when_requirement_numbers_skip_one() {
            String text = editLines(lines -> lines.set(16 - 1, lines.get(16 - 1).replaceFirst("^5\\.", "7.")));
            // item 6 sits at position 6, so only the slip itself is reported
            PlanDocumentException refused = assertRefused(text,
                    tuple(16, "plan.document.error.requirement-number-out-of-sequence"));
            assertThat(refused.problems().get(0).args()).containsExactly("2", "7", "5");
        }

        @Test
        void when_a_task_has_no_requirements() {
            String text = editLines(lines -> {
                lines.remove(66 - 1); // task 8's three items
                lines.remove(65 - 1);
                lines.remove(64 - 1);
            });
            PlanDocumentException refused = assertRefused(text,
                    tuple(61, "plan.document.error.task-without-requirements"));
            assertThat(refused.problems().get(0).args()).containsExactly("8");
        }

        @Test
        void when_an_unknown_header_stands_where_a_unit_line_is_expected() {
            String text = editLines(lines -> lines.set(3 - 1,
                    lines.get(3 - 1).replace("Cooperating units:", "Supervising units:")));
            PlanDocumentException refused = assertRefused(text, tuple(3, "plan.document.error.unknown-header"));
            assertThat(refused.problems().get(0).args()).containsExactly("Supervising units", "1");
        }

        @Test
        void when_a_mislabelled_responsible_line_leaves_the_task_without_responsible_units() {
            String text = editLines(lines -> lines.set(76 - 1, "Leader: Work Safety Bureau"));
            assertRefused(text,
                    tuple(75, "plan.document.error.task-without-responsible-units"),
                    tuple(76, "plan.document.error.unknown-header"));
        }

        @Test
        void when_a_unit_line_appears_among_the_requirements() {
            // after task 6's continuation paragraph (line 48), where no numbered line could be a heading
            String text = editLines(lines -> lines.add(49 - 1, "Cooperating units: Tourism Bureau"));
            assertRefused(text, tuple(49, "plan.document.error.unit-line-misplaced"));
        }

        @Test
        void when_a_second_requirements_header_appears_after_the_items() {
            String text = editLines(lines -> lines.add(49 - 1, "Work requirements:"));
            assertRefused(text, tuple(49, "plan.document.error.requirements-header-misplaced"));
        }

        @Test
        void with_a_single_problem_when_a_whole_task_is_missing() {
            String text = editLines(lines -> lines.subList(61 - 1, 67 - 1).clear()); // task 8
            PlanDocumentException refused = assertRefused(text,
                    tuple(61, "plan.document.error.task-number-out-of-sequence"));
            assertThat(refused.problems().get(0).args()).containsExactly("9", "8");
        }

        @Test
        void when_a_task_has_two_responsible_lines() {
            String text = editLines(lines -> lines.add(3 - 1, "Responsible unit: Tourism Bureau"));
            assertRefused(text, tuple(3, "plan.document.error.unit-line-duplicated"));
        }

        @Test
        void when_prose_stands_between_the_header_and_the_first_requirement() {
            String text = editLines(lines -> lines.add(5 - 1, "The following applies throughout the year."));
            assertRefused(text, tuple(5, "plan.document.error.unexpected-text"));
        }

        @Test
        void when_text_follows_the_editor_line() {
            assertRefused(realPlanText() + "\nPrinted 2011-03-01\nPage 1",
                    tuple(100, "plan.document.error.text-after-editor-line"));
        }

        @Test
        void when_a_line_is_far_too_long() {
            String text = editLines(lines -> lines.set(15 - 1, lines.get(15 - 1) + " x".repeat(2_500)));
            PlanDocumentException refused = assertRefused(text, tuple(15, "plan.document.error.line-too-long"),
                    // the dropped item leaves a gap in task 2's numbering
                    tuple(16, "plan.document.error.requirement-number-out-of-sequence"));
            assertThat(refused.problems().get(0).args()).containsExactly("5269", "5000");
        }

        @Test
        void when_it_contains_binary_content() {
            String text = editLines(lines -> lines.set(20 - 1, "PK\u0003\u0004\u0000\u0000garbage"));
            assertRefused(text, tuple(20, "plan.document.error.binary-content"));
        }

        @Test
        void when_its_bytes_are_not_utf8() {
            byte[] gbk = "1. 建设\n责任单位：经贸局\n1. 征地\n".getBytes(java.nio.charset.Charset.forName("GBK"));
            PlanDocumentException refused = catchThrowableOfType(PlanDocumentException.class,
                    () -> reader.read(new ByteArrayInputStream(gbk)));
            assertThat(refused.problems()).extracting(PlanDocumentProblem::line, PlanDocumentProblem::code)
                    .containsExactly(tuple(1, "plan.document.error.invalid-encoding"));
        }

        @Test
        void when_it_is_too_large() {
            byte[] huge = new byte[DocumentText.MAX_BYTES + 10];
            Arrays.fill(huge, (byte) 'a');
            PlanDocumentException refused = catchThrowableOfType(PlanDocumentException.class,
                    () -> reader.read(new ByteArrayInputStream(huge)));
            assertThat(refused.problems()).extracting(PlanDocumentProblem::line, PlanDocumentProblem::code)
                    .containsExactly(tuple(0, "plan.document.error.document-too-large"));
        }

        @Test
        void with_every_problem_at_once_in_line_order() {
            String text = editLines(lines -> {
                lines.set(7 - 1, lines.get(7 - 1).replaceFirst("^3\\.", "2."));   // duplicate requirement
                lines.set(53 - 1, "Supervising unit: Economic and Trade Bureau"); // task 7 responsible mislabelled
                lines.add(0, "Draft");                                            // junk before task 1
            });
            assertRefused(text,
                    tuple(1, "plan.document.error.text-before-first-task"),
                    tuple(8, "plan.document.error.requirement-number-duplicated"),
                    tuple(53, "plan.document.error.task-without-responsible-units"),
                    tuple(54, "plan.document.error.unknown-header"));
        }

        @Test
        void with_at_most_a_hundred_problems() {
            StringBuilder text = new StringBuilder("1. Task\nResponsible unit: A\n1. item\n");
            for (int i = 0; i < 300; i++) {
                text.append("Cooperating units: B\n");
            }
            PlanDocumentException refused = catchThrowableOfType(PlanDocumentException.class,
                    () -> reader.read(text.toString()));
            assertThat(refused.problems()).hasSize(ProblemList.MAX_PROBLEMS + 1);
            assertThat(refused.problems().get(ProblemList.MAX_PROBLEMS).code())
                    .isEqualTo("plan.document.error.too-many-problems");
        }

        private PlanDocumentException assertRefused(String text, org.assertj.core.groups.Tuple... expected) {
            PlanDocumentException refused = catchThrowableOfType(PlanDocumentException.class,
                    () -> reader.read(text));
            assertThat(refused).as("the document should be refused").isNotNull();
            assertThat(refused.problems()).extracting(PlanDocumentProblem::line, PlanDocumentProblem::code)
                    .containsExactly(expected);
            return refused;
        }

        private String editLines(java.util.function.Consumer<List<String>> edit) {
            List<String> lines = new ArrayList<>(Arrays.asList(realPlanText().split("\n", -1)));
            edit.accept(lines);
            return String.join("\n", lines);
        }
    }
}
