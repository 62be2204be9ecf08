package org.actionmap;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Module boundaries: top-level packages depend on each other one way only and only through their API. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(ActionMapApplication.class);

    @Test
    void modulesDependOnEachOtherOnlyThroughTheirApiAndWithoutCycles() {
        modules.verify();
    }

    @Test
    void securityDependsOnNoFeatureModule() {
        var security = modules.getModuleByName("security").orElseThrow();
        var dependencies = security.getDirectDependencies(modules);
        modules.stream()
                .filter(m -> !m.getName().equals("security") && !m.getName().equals("common"))
                .forEach(other -> org.assertj.core.api.Assertions.assertThat(dependencies.contains(other))
                        .as("security must not depend on %s", other.getName())
                        .isFalse());
    }

    @Test
    void collaborationKnowsNoDomain() {
        var collaboration = modules.getModuleByName("collaboration").orElseThrow();
        var dependencies = collaboration.getDirectDependencies(modules);
        for (String domain : java.util.List.of("plan", "land", "power", "site", "demo", "admin")) {
            modules.getModuleByName(domain).ifPresent(module -> org.assertj.core.api.Assertions
                    .assertThat(dependencies.contains(module)).as("collaboration must not depend on %s", domain).isFalse());
        }
    }

    @Test
    void theMapAndTheChartsKnowNoOtherModule() {
        for (String component : java.util.List.of("map", "chart")) {
            var module = modules.getModuleByName(component).orElseThrow();
            org.assertj.core.api.Assertions.assertThat(module.getDirectDependencies(modules).stream().toList())
                    .as("%s must depend on no module of ours", component).isEmpty();
        }
    }

    @Test
    void ogcKnowsNoDomainModuleAndTheLayersComeToIt() {
        var ogc = modules.getModuleByName("ogc").orElseThrow();
        var dependencies = ogc.getDirectDependencies(modules);
        for (String domain : java.util.List.of("plan", "land", "power", "site", "collaboration", "demo", "admin")) {
            modules.getModuleByName(domain).ifPresent(module -> org.assertj.core.api.Assertions
                    .assertThat(dependencies.contains(module)).as("ogc must not depend on %s", domain).isFalse());
        }
        for (String layers : java.util.List.of("land", "power", "site")) {
            org.assertj.core.api.Assertions.assertThat(modules.getModuleByName(layers).orElseThrow()
                    .getDirectDependencies(modules).contains(ogc)).as("%s publishes its collections to ogc", layers).isTrue();
        }
    }

    @Test
    void nothingDependsOnTheDashboard() {
        var dashboard = modules.getModuleByName("dashboard").orElseThrow();
        modules.stream().filter(m -> !m.equals(dashboard)).forEach(other -> org.assertj.core.api.Assertions
                .assertThat(other.getDirectDependencies(modules).contains(dashboard))
                .as("%s must not depend on the dashboard", other.getName()).isFalse());
    }

    @Test
    void nothingDependsOnImportExportAndTheListsLinkToTheExportByAddress() {
        var importexport = modules.getModuleByName("importexport").orElseThrow();
        modules.stream().filter(m -> !m.equals(importexport)).forEach(other -> org.assertj.core.api.Assertions
                .assertThat(other.getDirectDependencies(modules).contains(importexport))
                .as("%s must not depend on importexport", other.getName()).isFalse());
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml();
    }
}
