package org.actionmap.plan.catalogue;

/**
 * A number in a requirement that is deliberately not a target (a campaign's name, a year, a
 * threshold, a five-year aim), with the reason, so that every number of the plan is accounted for.
 */
public record NotTargetSpec(int task, int requirement, String source, String reason) {
}
