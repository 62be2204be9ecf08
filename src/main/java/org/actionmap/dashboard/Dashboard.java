package org.actionmap.dashboard;

import org.actionmap.land.TownshipProgress;
import org.actionmap.plan.PlanStanding;
import org.actionmap.plan.TargetStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;

/**
 * What the leaders' overview shows for one filter: the month and date the figures stand at, the tasks with the tiles
 * of their targets that pass the filter, and every township's land work at that date.
 *
 * @param hiddenByPlace targets that pass the task and unit filters but have no figure at the chosen place
 */
public record Dashboard(int year, String titleZh, String titleEn, int month, LocalDate asOf, int latestMonth,
                        DashboardFilter filter, List<TaskGroup> tasks, int hiddenByPlace,
                        List<TownshipProgress> townships) {

    public List<Tile> tiles() {
        return tasks.stream().flatMap(t -> t.tiles().stream()).toList();
    }

    /** A task with the tiles of its targets and the state they roll up into. */
    public record TaskGroup(PlanStanding.Task task, TargetStatus rollUp, List<Tile> tiles) {
    }

    /**
     * A target's tile: its standing as of the month and, with a place chosen, the place's part of the figure: its
     * value ({@code placeFigure}), what the place could count at most where the map knows it ({@code placePlanned}: the
     * land planned there) and the place's running totals by month where the features tell them.
     */
    public record Tile(PlanStanding.TargetStanding standing, BigDecimal placeFigure, BigDecimal placePlanned,
                       SortedMap<Integer, BigDecimal> placeByMonth) {
        public String code() {
            return standing.target().code();
        }
    }
}
