package org.actionmap.plan;

import org.actionmap.ActionMapTest;
import org.actionmap.security.NotPermittedException;
import org.actionmap.security.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Loading plan documents through the administrator's upload path, on the real database. */
@ActionMapTest
class PlanImportServiceTest {

    @Autowired
    PlanImportService planImport;
    @Autowired
    RunAs runAs;

    private static byte[] demo(String name) throws Exception {
        return new ClassPathResource("demo/lanxi-2011/" + name).getInputStream().readAllBytes();
    }

    @Test
    void aMalformedDocumentIsRefusedWithItsLineAndNothingChanges() throws Exception {
        var before = planImport.loadedPlan().orElseThrow();
        String text = new String(demo("plan.txt"), StandardCharsets.UTF_8)
                .replaceFirst("Responsible units: Bureau of Foreign Trade and Economic Cooperation, Economic and Trade Bureau\n", "");
        assertThatThrownBy(() -> runAs.user("admin", () ->
                planImport.importPlan(text.getBytes(StandardCharsets.UTF_8), demoUnchecked("targets.yaml"), null)))
                .isInstanceOfSatisfying(PlanImportService.PlanImportException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> {
                            assertThat(p.key()).isEqualTo("plan.document.error.task-without-responsible-units");
                            assertThat(p.line()).isEqualTo(8);
                        }));
        var after = planImport.loadedPlan().orElseThrow();
        assertThat(after.loadedAt()).isEqualTo(before.loadedAt());
        assertThat(after.targetCount()).isEqualTo(before.targetCount());
    }

    @Test
    void aUnitTheDocumentNamesButNobodyKnowsIsReportedByName() throws Exception {
        String text = new String(demo("plan.txt"), StandardCharsets.UTF_8)
                .replace("Responsible unit: Work Safety Bureau", "Responsible unit: Bureau of Imaginary Affairs");
        assertThatThrownBy(() -> runAs.user("admin", () -> planImport.importPlan(text.getBytes(StandardCharsets.UTF_8), null, 2012)))
                .isInstanceOfSatisfying(PlanImportService.PlanImportException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> {
                            assertThat(p.key()).isEqualTo("plan.import.error.unknown-unit");
                            assertThat(p.args()).containsExactly("Bureau of Imaginary Affairs");
                            // the line of the unit, not of the task heading
                            assertThat(text.split("\n")[p.line() - 1]).contains("Bureau of Imaginary Affairs");
                        }));
    }

    @Test
    void aYearWithProgressEntriesIsNeverReplaced() throws Exception {
        assertThatThrownBy(() -> runAs.user("admin", () -> planImport.importPlan(demoUnchecked("plan.txt"), demoUnchecked("targets.yaml"), null)))
                .isInstanceOfSatisfying(PlanImportService.PlanImportException.class, e -> assertThat(e.problems())
                        .extracting(PlanImportService.ImportProblem::key).contains("plan.import.error.year-has-progress"));
    }

    @Test
    void aDocumentWithoutCatalogueLoadsItsTasksForAnotherYear() throws Exception {
        var loaded = runAs.user("admin", () -> planImport.importPlan(demoUnchecked("plan.txt"), null, 2009));
        assertThat(loaded.year()).isEqualTo(2009);
        assertThat(loaded.taskCount()).isEqualTo(13);
        assertThat(loaded.targetCount()).isZero();
    }

    @Test
    void onlyAnAdministratorLoadsAPlan() {
        assertThatThrownBy(() -> runAs.user("land", () -> planImport.importPlan(demoUnchecked("plan.txt"), null, 2010)))
                .isInstanceOf(NotPermittedException.class);
    }

    private static byte[] demoUnchecked(String name) {
        try {
            return demo(name);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
