package org.actionmap.land;

import org.actionmap.common.UserMessageException;

import java.util.List;

/**
 * A new zone refused for its geometry; nothing was written. Carries every problem, each with its place (the crossing
 * point, the overlap, the part outside the county), like {@link ParcelRefusedException} for parcels.
 */
public class ZoneRefusedException extends UserMessageException {

    private final transient List<GeometryProblem> problems;

    ZoneRefusedException(List<GeometryProblem> problems) {
        super(problems.get(0).message().messageKey(), problems.get(0).message().args());
        this.problems = List.copyOf(problems);
    }

    public List<GeometryProblem> problems() {
        return problems;
    }
}
