package org.actionmap.plan.catalogue;

import java.util.List;
import java.util.Map;

/** The catalogue file as written: its keys, snake_case, map onto these components. */
record CatalogueFile(PlanInfo plan,
                     Map<Integer, LocalizedText> tasks,
                     List<TargetSpec> targets,
                     List<NotTargetSpec> notTargets) {
}
