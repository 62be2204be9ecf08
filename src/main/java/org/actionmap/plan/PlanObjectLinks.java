package org.actionmap.plan;

import org.actionmap.collaboration.ObjectLinks;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * A reported figure in a feed opens its task's page, where the target's history is; so do the comments on a target
 * and on a task.
 */
@Component
class PlanObjectLinks implements ObjectLinks {

    private final PlanService plans;

    PlanObjectLinks(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public Optional<String> linkFor(String kind, String code) {
        return switch (kind) {
            case PlanSnapshots.PROGRESS_ENTRY, PlanSnapshots.TARGET -> plans.target(code).map(t -> "plan/tasks/" + t.taskNumber());
            case PlanSnapshots.TASK -> taskNumber(code).filter(n -> plans.tasks().stream().anyMatch(t -> t.number() == n)).map(n -> "plan/tasks/" + n);
            default -> Optional.empty();
        };
    }

    private static Optional<Integer> taskNumber(String code) {
        try {
            return Optional.of(Integer.parseInt(code));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
