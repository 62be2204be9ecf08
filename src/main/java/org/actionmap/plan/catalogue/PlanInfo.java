package org.actionmap.plan.catalogue;

/** Which plan a catalogue belongs to. */
public record PlanInfo(int year, LocalizedText title) {
}
