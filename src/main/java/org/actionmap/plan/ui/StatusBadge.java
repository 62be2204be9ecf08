package org.actionmap.plan.ui;

import com.vaadin.flow.component.html.Span;
import org.actionmap.plan.TargetStatus;

/**
 * A coloured label for a target's state. Styled inline with Lumo colour tokens: Lumo's badge styles would need
 * a frontend bundle of our own, which this view does not justify.
 */
class StatusBadge extends Span {

    StatusBadge(TargetStatus status) {
        setText(getTranslation("status." + status.name()));
        getElement().setAttribute("data-status", status.name());
        String tone = switch (status) {
            case MET -> "success";
            case ON_PACE -> "primary";
            case BEHIND -> "error";
            default -> "contrast";
        };
        getStyle().set("display", "inline-block")
                .set("padding", "0.1em 0.6em")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("font-size", "var(--lumo-font-size-s)")
                .set("font-weight", "500")
                .set("white-space", "nowrap")
                .set("color", "var(--lumo-" + tone + "-text-color)")
                .set("background", "var(--lumo-" + tone + "-color-10pct)");
    }
}
