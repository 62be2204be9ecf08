package org.actionmap.plan;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Computes the actual of targets whose catalogue entry says {@code measure: COMPUTED}: the map module that holds the
 * features (parcels, later lines and substations) implements it, so the plan never depends on the map's modules.
 */
public interface MapFigures {

    /**
     * The figure of one target from the map features as of a date within the plan year, or empty when this provider
     * has no measure for the target (another provider may have one; none at all means "waiting for map data").
     */
    Optional<MapFigure> figure(TargetInfo target, int planYear, LocalDate asOf);
}
