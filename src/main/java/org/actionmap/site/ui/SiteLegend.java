package org.actionmap.site.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.actionmap.site.SiteKind;
import org.actionmap.site.SiteStatus;
import org.actionmap.site.SiteStyles;

/** What the site map's symbols mean: the outline colour is the kind, the fill the status. */
class SiteLegend extends VerticalLayout {

    SiteLegend() {
        setPadding(false);
        setSpacing(false);
        setId("site-legend");
        H4 kinds = new H4(getTranslation("site.legend.kinds"));
        kinds.getStyle().set("margin", "0");
        add(kinds);
        for (SiteKind kind : SiteKind.values()) {
            add(row("site.kind." + kind.name(), SiteStyles.KIND_COLOURS.get(kind), "#ffffff", kind.name()));
        }
        H4 statuses = new H4(getTranslation("site.legend.statuses"));
        statuses.getStyle().set("margin", ".6em 0 0 0");
        add(statuses);
        for (SiteStatus status : SiteStatus.values()) {
            add(row("site.status." + status.name(), "#546e7a", SiteStyles.STATUS_FILLS.get(status), status.name()));
        }
        Paragraph hint = new Paragraph(getTranslation("site.legend.click"));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Paragraph illustrative = new Paragraph(getTranslation("site.illustrative-note"));
        illustrative.getStyle().set("font-size", "var(--lumo-font-size-s)").set("background", "#fff3cd").set("padding", ".4em");
        add(hint, illustrative);
    }

    private Div row(String key, String stroke, String fill, String value) {
        Span dot = new Span();
        dot.getStyle().set("display", "inline-block").set("width", ".9em").set("height", ".9em").set("border-radius", "50%")
                .set("border", "2px solid " + stroke).set("background", fill).set("margin-right", ".5em");
        Div row = new Div(dot, new Span(getTranslation(key)));
        row.getElement().setAttribute("data-legend", value);
        return row;
    }
}
