package org.actionmap.plan.document;

import java.util.List;

/**
 * A plan document as read: its tasks in document order and the editor's closing line.
 *
 * @param tasks      the numbered tasks, numbered 1, 2, 3 ... without gaps
 * @param editorLine the closing "Responsible Editor ..." line as written, or {@code null} when the
 *                   document has none (it carries no plan content, so its absence is no error)
 */
public record ParsedPlan(List<ParsedTask> tasks, String editorLine) {

    public ParsedPlan {
        tasks = List.copyOf(tasks);
    }
}
