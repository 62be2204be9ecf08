package org.actionmap.plan.document;

/**
 * One numbered work requirement of a task.
 *
 * @param text the item's text without its "N. " prefix; unnumbered paragraphs that follow the item
 *             belong to it and are appended, each after a "\n"
 * @param line the 1-based line of the numbered item
 */
public record ParsedRequirement(int number, String text, int line) {
}
