package org.actionmap.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.actionmap.dashboard.Dashboard;
import org.actionmap.dashboard.Place;
import org.actionmap.plan.QuantityFormat;
import org.actionmap.plan.TargetInfo;
import org.actionmap.plan.TargetProgress;
import org.actionmap.plan.TargetStatus;
import org.actionmap.plan.TargetTexts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * A target at a glance: name, actual against the aim, how full, the pace expected by now, a colour for its state, and
 * with a place chosen the place's part of the figure. A click drills down (the caller decides into what).
 */
class TargetTile extends Div {

    private final String code;

    TargetTile(Dashboard.Tile tile, Place place, boolean chosen, Runnable onClick) {
        TargetProgress p = tile.standing().progress();
        TargetInfo t = p.target();
        Locale locale = getLocale();
        this.code = t.code();
        addClassName("target-tile");
        getElement().setAttribute("data-target", t.code());
        getElement().setAttribute("data-status", p.status().name());
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("role", "button");
        String colour = StatusColours.of(p.status());
        getStyle().set("box-sizing", "border-box").set("padding", "0.5em 0.7em").set("cursor", "pointer")
                .set("border", "1px solid var(--lumo-contrast-10pct)").set("border-left", "5px solid " + colour)
                .set("border-radius", "var(--lumo-border-radius-m)").set("background", "var(--lumo-base-color)")
                .set("min-width", "0");
        if (chosen) {
            getStyle().set("box-shadow", "0 0 0 2px #ef6c00");
        }

        Div name = new Div(new Span(t.name(locale)));
        name.getStyle().set("font-size", "var(--lumo-font-size-s)").set("font-weight", "500").set("line-height", "1.3");

        Span actual = new Span(TargetTexts.actual(p, locale));
        actual.addClassName("tile-actual");
        actual.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600").set("color", colour);
        Span aim = new Span(" / " + TargetTexts.aim(t, locale));
        aim.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)");
        Div figure = new Div(actual, aim);

        add(name, figure);
        if (p.status() != TargetStatus.AWAITING_MAP && p.status() != TargetStatus.NOT_REPORTED) {
            ProgressBar bar = new ProgressBar(0, 1, p.fraction());
            bar.getStyle().set("margin", "0.2em 0");
            add(bar);
        }
        Div line = new Div();
        line.getStyle().set("font-size", "var(--lumo-font-size-xxs)").set("color", "var(--lumo-secondary-text-color)");
        StringBuilder text = new StringBuilder(getTranslation("status." + p.status().name()));
        if (p.actual() != null && p.status() != TargetStatus.AWAITING_MAP) {
            text.append(" · ").append(Math.round(p.fraction() * 100)).append("%");
        }
        String pace = TargetTexts.pace(p, locale);
        if (pace != null) {
            text.append(" · ").append(getTranslation("dashboard.tile.pace", pace));
        }
        line.setText(text.toString());
        add(line);

        if (place != null) {
            Div part = new Div();
            part.addClassName("tile-place");
            part.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "#e65100").set("font-weight", "500");
            part.setText(placeText(tile, place, t, locale));
            add(part);
        }
        getElement().addEventListener("click", e -> onClick.run());
        getElement().addEventListener("keydown", e -> onClick.run()).setFilter("event.key === 'Enter'");
    }

    String code() {
        return code;
    }

    /** "of which 香溪镇: 120 亩 (18%) of 300 亩 planned there", or that the place has reported nothing yet. */
    private String placeText(Dashboard.Tile tile, Place place, TargetInfo t, Locale locale) {
        if (tile.placeFigure() == null) {
            return getTranslation("dashboard.tile.place-none", place.name(locale));
        }
        String value = QuantityFormat.format(tile.placeFigure(), t, locale);
        BigDecimal whole = tile.standing().progress().actual();
        String share = whole == null || whole.signum() == 0 ? ""
                : " (" + tile.placeFigure().multiply(BigDecimal.valueOf(100)).divide(whole, MathContext.DECIMAL64)
                .setScale(0, java.math.RoundingMode.HALF_UP) + "%)";
        String text = getTranslation("dashboard.tile.place", place.name(locale), value + share);
        if (tile.placePlanned() != null && tile.placePlanned().signum() > 0) {
            text += " · " + getTranslation("dashboard.tile.place-planned", QuantityFormat.format(tile.placePlanned(), t, locale));
        }
        return text;
    }
}
