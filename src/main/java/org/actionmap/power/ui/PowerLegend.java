package org.actionmap.power.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;

/** What the power map's colours mean: substations by the last milestone reached, lines by status. */
class PowerLegend extends Div {

    PowerLegend(String title) {
        H4 heading = new H4(title);
        heading.getStyle().set("margin", "0 0 .3em 0");
        add(heading);
        getStyle().set("font-size", "var(--lumo-font-size-s)");
        PowerView.MILESTONE_COLOURS.forEach((milestone, colour) -> {
            if ("NONE".equals(milestone)) {
                return;
            }
            Span dot = new Span();
            dot.getStyle().set("display", "inline-block").set("width", ".9em").set("height", ".9em").set("border-radius", "50%")
                    .set("border", "2px solid #1a237e").set("background", colour).set("margin-right", ".4em");
            Div row = new Div(dot, new Span(getTranslation("power.milestone." + milestone)));
            row.getElement().setAttribute("data-milestone", milestone);
            add(row);
        });
        line("#9e9e9e", "dashed", getTranslation("power.layer.lines-planned"));
        line("#ef6c00", "dashed", getTranslation("power.layer.lines-building"));
        line("#2e7d32", "solid", getTranslation("power.layer.lines-completed"));
    }

    private void line(String colour, String style, String label) {
        Span swatch = new Span();
        swatch.getStyle().set("display", "inline-block").set("width", "1.4em").set("height", "0")
                .set("border-top", "3px " + style + " " + colour).set("margin-right", ".4em").set("vertical-align", "middle");
        add(new Div(swatch, new Span(label)));
    }
}
