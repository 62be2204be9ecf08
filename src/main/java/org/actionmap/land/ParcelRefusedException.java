package org.actionmap.land;

import org.actionmap.common.UserMessageException;

import java.util.List;

/** A parcel's save refused for its geometry; nothing was written. Carries every problem, each with its place. */
public class ParcelRefusedException extends UserMessageException {

    private final transient List<GeometryProblem> problems;

    ParcelRefusedException(List<GeometryProblem> problems) {
        super(problems.get(0).message().messageKey(), problems.get(0).message().args());
        this.problems = List.copyOf(problems);
    }

    public List<GeometryProblem> problems() {
        return problems;
    }
}
