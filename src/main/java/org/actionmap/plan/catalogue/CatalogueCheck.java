package org.actionmap.plan.catalogue;

import org.actionmap.plan.document.ParsedPlan;
import org.actionmap.plan.document.ParsedRequirement;
import org.actionmap.plan.document.ParsedTask;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Checks a target catalogue against the plan document it was written for: every source still
 * stands in its requirement, and every quantity of every requirement is accounted for, by a
 * target or by a reasoned "not a target". A quantity counts as covered when it lies inside the one
 * occurrence of a covering source; sources must therefore occur exactly once in their requirement.
 */
public final class CatalogueCheck {

    private CatalogueCheck() {
    }

    /** Everything that does not fit; empty when the catalogue and the plan agree. */
    public static List<CatalogueIssue> issues(TargetCatalogue catalogue, ParsedPlan plan) {
        List<CatalogueIssue> issues = new ArrayList<>();
        sources(catalogue).forEach(source -> checkSource(plan, source, issues));
        for (ParsedTask task : plan.tasks()) {
            for (ParsedRequirement requirement : task.requirements()) {
                issues.addAll(uncoveredQuantities(task.number(), requirement, catalogue));
            }
        }
        return issues;
    }

    /** The quantities of one requirement that no target and no not-target covers. */
    public static List<CatalogueIssue> uncoveredQuantities(int task, ParsedRequirement requirement,
                                                           TargetCatalogue catalogue) {
        String text = requirement.text();
        List<int[]> covered = new ArrayList<>();
        Stream.concat(catalogue.targetsOf(task, requirement.number()).stream().map(TargetSpec::source),
                        catalogue.notTargetsOf(task, requirement.number()).stream().map(NotTargetSpec::source))
                .forEach(source -> {
                    int at = text.indexOf(source);
                    if (at >= 0) {
                        covered.add(new int[]{at, at + source.length()});
                    }
                });
        List<CatalogueIssue> issues = new ArrayList<>();
        for (QuantityScanner.Quantity quantity : QuantityScanner.scan(text)) {
            boolean isCovered = covered.stream()
                    .anyMatch(span -> span[0] <= quantity.start() && quantity.end() <= span[1]);
            if (!isCovered) {
                issues.add(new CatalogueIssue(task, requirement.number(), "quantity \"" + quantity.text()
                        + "\" is covered neither by a target nor by a not_target: \""
                        + context(text, quantity) + "\""));
            }
        }
        return issues;
    }

    private record Source(String kind, String label, int task, int requirement, String text) {
    }

    private static Stream<Source> sources(TargetCatalogue catalogue) {
        return Stream.concat(
                catalogue.targets().stream().map(t -> new Source("target", t.code(), t.task(), t.requirement(),
                        t.source())),
                catalogue.notTargets().stream().map(n -> new Source("not_target", n.reason(), n.task(),
                        n.requirement(), n.source())));
    }

    private static void checkSource(ParsedPlan plan, Source source, List<CatalogueIssue> issues) {
        ParsedTask task = plan.tasks().stream().filter(t -> t.number() == source.task()).findFirst().orElse(null);
        ParsedRequirement requirement = task == null ? null : task.requirements().stream()
                .filter(r -> r.number() == source.requirement()).findFirst().orElse(null);
        if (requirement == null) {
            issues.add(new CatalogueIssue(source.task(), source.requirement(),
                    source.kind() + " " + source.label() + " names a requirement the plan does not have"));
            return;
        }
        String text = requirement.text();
        int first = text.indexOf(source.text());
        if (first < 0) {
            issues.add(new CatalogueIssue(source.task(), source.requirement(), source.kind() + " " + source.label()
                    + ": source \"" + source.text() + "\" is not in the requirement text"));
        } else if (text.indexOf(source.text(), first + 1) >= 0) {
            issues.add(new CatalogueIssue(source.task(), source.requirement(), source.kind() + " " + source.label()
                    + ": source \"" + source.text() + "\" occurs more than once; quote more of the sentence"));
        }
    }

    private static String context(String text, QuantityScanner.Quantity quantity) {
        int from = Math.max(0, quantity.start() - 40);
        int to = Math.min(text.length(), quantity.end() + 40);
        return (from > 0 ? "..." : "") + text.substring(from, to).replace('\n', ' ') + (to < text.length() ? "..." : "");
    }
}
