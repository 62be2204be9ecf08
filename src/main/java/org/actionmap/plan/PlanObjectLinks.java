package org.actionmap.plan;

import org.actionmap.collaboration.ObjectLinks;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** A reported figure in a feed opens its task's page, where the target's history is. */
@Component
class PlanObjectLinks implements ObjectLinks {

    private final PlanService plans;

    PlanObjectLinks(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public Optional<String> linkFor(String kind, String code) {
        return PlanSnapshots.PROGRESS_ENTRY.equals(kind)
                ? plans.target(code).map(t -> "plan/tasks/" + t.taskNumber()) : Optional.empty();
    }
}
