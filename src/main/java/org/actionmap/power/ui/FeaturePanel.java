package org.actionmap.power.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** A power feature's details beside the map: its name, then label and value rows. */
class FeaturePanel extends VerticalLayout {

    FeaturePanel(String title) {
        setPadding(false);
        setSpacing(false);
        getStyle().set("gap", ".35em");
        H4 heading = new H4(title);
        heading.getStyle().set("margin", "0");
        add(heading);
    }

    void row(String label, String value) {
        Span l = new Span(label);
        l.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)")
                .set("display", "block");
        Div row = new Div(l, new Span(value));
        add(row);
    }

    /** Demo features say that they are not survey data. */
    void illustrative(boolean illustrative, String text) {
        if (illustrative) {
            Span note = new Span(text);
            note.getStyle().set("font-size", "var(--lumo-font-size-s)").set("background", "#fff3cd").set("padding", ".2em .4em");
            add(note);
        }
    }
}
