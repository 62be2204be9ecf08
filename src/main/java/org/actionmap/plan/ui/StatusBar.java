package org.actionmap.plan.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import org.actionmap.plan.PlanViews.TaskRollUp;
import org.actionmap.plan.TargetStatus;

/** A task's roll-up: one stacked bar of its targets' states and the counts beside it. */
class StatusBar extends Div {

    private static final TargetStatus[] ORDER = {TargetStatus.MET, TargetStatus.ON_PACE, TargetStatus.BEHIND,
            TargetStatus.NOT_REPORTED, TargetStatus.AWAITING_MAP};

    StatusBar(TaskRollUp task) {
        setWidthFull();
        Div bar = new Div();
        bar.getStyle().set("display", "flex").set("height", "0.6em").set("border-radius", "0.3em")
                .set("overflow", "hidden").set("background", "var(--lumo-contrast-10pct)");
        FlexLayout counts = new FlexLayout();
        counts.getStyle().set("gap", "0.75em").set("flex-wrap", "wrap").set("font-size", "var(--lumo-font-size-xs)")
                .set("margin-top", "0.3em");
        for (TargetStatus status : ORDER) {
            long n = task.count(status);
            if (n == 0) {
                continue;
            }
            Div part = new Div();
            part.getStyle().set("flex", n + " 0 0").set("background", colour(status));
            bar.add(part);
            Span count = new Span(getTranslation("status." + status.name()) + " " + n);
            count.getStyle().set("color", "var(--lumo-secondary-text-color)");
            count.getElement().setAttribute("data-status", status.name());
            counts.add(count);
        }
        add(bar, counts);
    }

    static String colour(TargetStatus status) {
        return switch (status) {
            case MET -> "var(--lumo-success-color)";
            case ON_PACE -> "var(--lumo-primary-color)";
            case BEHIND -> "var(--lumo-error-color)";
            case NOT_REPORTED -> "var(--lumo-contrast-30pct)";
            case AWAITING_MAP -> "var(--lumo-contrast-10pct)";
        };
    }
}
