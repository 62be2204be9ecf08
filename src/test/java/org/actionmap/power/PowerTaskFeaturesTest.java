package org.actionmap.power;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import org.actionmap.KaribuTestBase;
import org.actionmap.plan.TaskFeatures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/** The power projects of a task, found through the task's computed power targets, on the task's page. */
class PowerTaskFeaturesTest extends KaribuTestBase {

    @Autowired
    List<TaskFeatures> taskFeatures;
    @Autowired
    JdbcTemplate jdbc;

    private TaskFeatures.FeatureSet powerOf(int task) {
        return taskFeatures.stream().filter(f -> f instanceof PowerTaskFeatures).findFirst().orElseThrow()
                .forTask(task, key -> key, Locale.ENGLISH);
    }

    @Test
    void theGridTaskShowsItsSubstationsAndEveryLineOfTheVoltagesItCounts() {
        TaskFeatures.FeatureSet set = powerOf(11);

        List<String> codes = set.features().stream().map(TaskFeatures.LinkedFeature::code).toList();
        assertThat(codes).contains("SS-XIANGXI", "SS-LIANHUA", "SS-NVBU", "L500-XINAN", "L10-NB-04");
        assertThat(codes).hasSize(3 + jdbc.queryForObject(
                "select count(*) from power_line where deleted_at is null and voltage_kv in (10, 500)", Integer.class));
        assertThat(set.features()).allMatch(f -> f.link().equals("power?feature=" + f.code()));
        assertThat(set.layer().url()).contains("substations=SS-LIANHUA,SS-NVBU,SS-XIANGXI").contains("voltages=10,500")
                .contains("rural=true");
        assertThat(set.extent()[0]).isLessThan(set.extent()[2]);
    }

    @Test
    void aTaskWithoutPowerTargetsHasNoPowerFeatures() {
        assertThat(powerOf(1)).isNull();
    }

    @Test
    void theGridTasksPageListsThePowerProjectsUnderItsMap() {
        signIn("leader");
        UI.getCurrent().navigate("plan/tasks/11");
        assertThat(_find(Div.class, spec -> spec.withClasses("task-feature")).stream()
                .map(d -> d.getElement().getTextRecursively())).anyMatch(t -> t.contains("SS-NVBU"));
    }
}
