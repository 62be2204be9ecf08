package org.actionmap.plan.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.details.DetailsVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.actionmap.plan.MapFigure;
import org.actionmap.plan.QuantityFormat;
import org.actionmap.plan.TargetInfo;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * What a computed target's figure is made of: how it is measured, the figure per zone, and every feature counted,
 * each linking to its place on the map. Folded by default: the row stays as short as a reported target's.
 */
class MapFigurePanel extends Details {

    MapFigurePanel(TargetInfo target, MapFigure figure, Locale locale) {
        addClassName("map-figure");
        addThemeVariants(DetailsVariant.SMALL);
        setSummaryText(getTranslation("target.map-figure.summary." + figure.featureKind(), figure.features().size()));
        if (figure.description(locale) != null) {
            Paragraph how = new Paragraph(figure.description(locale));
            how.getStyle().set("margin", "0 0 .3em 0").set("font-size", "var(--lumo-font-size-s)");
            add(how);
        }
        if (!figure.parts().isEmpty()) {
            Span parts = new Span(getTranslation("target.map-figure.by-zone", String.join(", ", figure.parts().stream()
                    .map(p -> p.name(locale) + " " + QuantityFormat.format(p.value(), target, locale)).toList())));
            parts.addClassName("map-figure-parts");
            parts.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)");
            add(parts);
        }
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        Div list = new Div();
        list.getStyle().set("font-size", "var(--lumo-font-size-s)").set("max-height", "16em").set("overflow", "auto");
        for (MapFigure.Feature f : figure.features()) {
            // a feature without a map page of its own yet is named, not linked
            com.vaadin.flow.component.Component link = f.link() == null ? new Span(f.code()) : new Anchor(f.link(), f.code());
            String zone = f.zoneName(locale) == null || f.zoneName(locale).isBlank() ? "" : " · " + f.zoneName(locale);
            Span rest = new Span(" · " + f.name() + zone + " · "
                    + QuantityFormat.format(f.amount(), target, locale) + " · " + date.format(f.countedOn()));
            Div row = new Div(link, rest);
            row.addClassName("map-figure-feature");
            list.add(row);
        }
        add(list);
    }
}
