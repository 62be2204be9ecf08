package org.actionmap.plan.catalogue;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reviewed list of a plan's quantified targets, kept beside the plan document because no
 * parser can be trusted to find "acquire 6,500 acres" and "three zero growth" in free prose.
 *
 * @param taskTitles display titles by task number
 * @param notTargets the numbers of the requirements that are not targets, with reasons
 */
public record TargetCatalogue(PlanInfo plan,
                              Map<Integer, LocalizedText> taskTitles,
                              List<TargetSpec> targets,
                              List<NotTargetSpec> notTargets) {

    public TargetCatalogue {
        taskTitles = taskTitles == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(taskTitles));
        targets = targets == null ? List.of() : List.copyOf(targets);
        notTargets = notTargets == null ? List.of() : List.copyOf(notTargets);
    }

    public List<TargetSpec> targetsOf(int task, int requirement) {
        return targets.stream().filter(t -> t.task() == task && t.requirement() == requirement).toList();
    }

    public List<NotTargetSpec> notTargetsOf(int task, int requirement) {
        return notTargets.stream().filter(t -> t.task() == task && t.requirement() == requirement).toList();
    }
}
