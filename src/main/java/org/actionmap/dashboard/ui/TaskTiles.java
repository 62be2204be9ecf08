package org.actionmap.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.actionmap.dashboard.Dashboard;
import org.actionmap.dashboard.Place;
import org.actionmap.plan.TargetStatus;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * A task's block on the dashboard: its number and title (a link to the task's page), the state its targets roll up
 * into with their counts, a button that narrows the dashboard to the task, and the tiles of its targets.
 */
class TaskTiles extends Div {

    TaskTiles(Dashboard.TaskGroup group, Place place, String chosenTarget, IntConsumer onFilterTask,
              Consumer<Dashboard.Tile> onTile) {
        addClassName("task-tiles");
        getElement().setAttribute("data-task", String.valueOf(group.task().number()));
        getElement().setAttribute("data-status", group.rollUp().name());
        getStyle().set("margin-bottom", "var(--lumo-space-m)");

        Anchor title = new Anchor("plan/tasks/" + group.task().number(),
                group.task().number() + ". " + group.task().title(getLocale()));
        title.getStyle().set("font-weight", "600").set("color", "var(--lumo-body-text-color)");
        Span state = new Span(getTranslation("status." + group.rollUp().name()));
        state.addClassName("task-state");
        String colour = StatusColours.of(group.rollUp());
        state.getStyle().set("color", colour).set("border", "1px solid " + colour).set("border-radius", "1em")
                .set("padding", "0 0.6em").set("font-size", "var(--lumo-font-size-xs)").set("white-space", "nowrap");
        Span counts = new Span(countsText(group));
        counts.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)");
        Button narrow = new Button(VaadinIcon.FILTER.create(), e -> onFilterTask.accept(group.task().number()));
        narrow.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        narrow.addClassName("task-filter");
        narrow.getElement().setAttribute("title", getTranslation("dashboard.task.only"));
        narrow.setAriaLabel(getTranslation("dashboard.task.only"));
        Div head = new Div(title, state, counts, narrow);
        head.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "center")
                .set("gap", "0.4em 0.6em").set("margin-bottom", "0.4em");

        Div grid = new Div();
        grid.getStyle().set("display", "grid").set("gap", "0.5em")
                .set("grid-template-columns", "repeat(auto-fill, minmax(190px, 1fr))");
        group.tiles().forEach(tile -> grid.add(new TargetTile(tile, place, tile.code().equals(chosenTarget),
                () -> onTile.accept(tile))));
        add(head, grid);
    }

    private String countsText(Dashboard.TaskGroup group) {
        Map<TargetStatus, Integer> counts = new EnumMap<>(TargetStatus.class);
        group.tiles().forEach(t -> counts.merge(t.standing().progress().status(), 1, Integer::sum));
        return getTranslation("dashboard.task.counts", counts.getOrDefault(TargetStatus.MET, 0),
                counts.getOrDefault(TargetStatus.ON_PACE, 0), counts.getOrDefault(TargetStatus.BEHIND, 0),
                group.tiles().size());
    }
}
