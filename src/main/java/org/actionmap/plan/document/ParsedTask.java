package org.actionmap.plan.document;

import java.util.List;

/**
 * One numbered task of a plan document.
 *
 * <p>Unit lists hold the phrases exactly as the document writes them ("towns and villages",
 * "Pedestrian banks"): matching them to organisation units is a separate step, so that a
 * reviewer can see what the document said and what it was taken to mean.
 *
 * @param line the 1-based line of the task heading
 * @param responsibleLine the line of the responsible units (0 when missing)
 * @param cooperatingLine the line of the cooperating units (0 when the task names none)
 */
public record ParsedTask(int number,
                         String title,
                         List<String> responsibleUnits,
                         List<String> cooperatingUnits,
                         List<ParsedRequirement> requirements,
                         int line,
                         int responsibleLine,
                         int cooperatingLine) {

    public ParsedTask {
        responsibleUnits = List.copyOf(responsibleUnits);
        cooperatingUnits = List.copyOf(cooperatingUnits);
        requirements = List.copyOf(requirements);
    }

    /** The requirement with this number; numbers run 1..n within a task. */
    public ParsedRequirement requirement(int requirementNumber) {
        return requirements.stream()
                .filter(r -> r.number() == requirementNumber)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "task " + number + " has no requirement " + requirementNumber));
    }
}
