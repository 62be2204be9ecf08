package org.actionmap.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The body of the portal's error pages: a translated title and text, and the way back to the plan. */
abstract class ErrorPage extends VerticalLayout {

    protected void show(String titleKey, String textKey, String detail) {
        removeAll();
        setAlignItems(Alignment.CENTER);
        setPadding(true);
        getStyle().set("margin-top", "10vh");
        Span app = new Span(getTranslation("app.name"));
        app.getStyle().set("font-weight", "600").set("color", "var(--lumo-secondary-text-color)");
        H2 title = new H2(getTranslation(titleKey));
        title.setId("error-title");
        add(app, title, new Paragraph(getTranslation(textKey)));
        if (detail != null && !detail.isBlank()) {
            add(new Paragraph(detail));
        }
        add(new Anchor("plan", getTranslation("error.back-to-plan")));
    }
}
