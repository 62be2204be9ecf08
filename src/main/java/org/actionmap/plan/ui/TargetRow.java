package org.actionmap.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;
import org.actionmap.plan.Comparator;
import org.actionmap.plan.QuantityFormat;
import org.actionmap.plan.TargetInfo;
import org.actionmap.plan.TargetProgress;
import org.actionmap.plan.TargetStatus;
import org.actionmap.security.OrgUnitInfo;

import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One target: its name, actual against target, a progress bar, its state, a report button where allowed, and the
 * button that opens the target's comments.
 */
class TargetRow extends Div {

    TargetRow(TargetProgress progress, int year, Map<Long, OrgUnitInfo> units, boolean mayReport,
              Consumer<TargetProgress> onReport, com.vaadin.flow.component.Component comments) {
        TargetInfo t = progress.target();
        Locale locale = getLocale();
        setWidthFull();
        getElement().setAttribute("data-target", t.code());
        getElement().setAttribute("data-comparator", t.comparator().name());
        // the aim as a person types it in the report dialog (万元 / million for money): lets tests and tools fill the form
        getElement().setAttribute("data-aim", org.actionmap.plan.EntryUnit.of(t, locale).toTyped(t.value()).toPlainString());
        getStyle().set("padding", "0.5em 0").set("border-top", "1px solid var(--lumo-contrast-10pct)");

        Span name = new Span(t.name(locale));
        name.getStyle().set("font-weight", "500");
        Span figure = new Span(actualText(progress, locale) + " / " + aimText(t, locale));
        figure.addClassName("target-figure");
        figure.getStyle().set("color", "var(--lumo-secondary-text-color)");
        HorizontalLayout head = new HorizontalLayout(name, new StatusBadge(progress.status()), figure);
        head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        head.getStyle().set("flex-wrap", "wrap");
        head.setWidthFull();
        head.addAndExpand(new Span());
        head.add(comments);
        if (mayReport && t.reported()) {
            Button report = new Button(getTranslation("progress.report"), VaadinIcon.PENCIL.create(), e -> onReport.accept(progress));
            report.addThemeVariants(ButtonVariant.LUMO_SMALL);
            report.addClassName("report-button");
            head.add(report);
        }
        add(head);

        if (progress.status() != TargetStatus.AWAITING_MAP) {
            ProgressBar bar = new ProgressBar(0, 1, progress.fraction());
            bar.addThemeVariants(switch (progress.status()) {
                case MET -> ProgressBarVariant.LUMO_SUCCESS;
                case BEHIND -> ProgressBarVariant.LUMO_ERROR;
                default -> ProgressBarVariant.LUMO_CONTRAST;
            });
            bar.getElement().setAttribute("data-value", String.valueOf(progress.fraction()));
            add(bar);
        }
        Div details = new Div();
        details.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        details.add(new Span(detailText(progress, year, units, locale)));
        add(details);
        if (progress.mapFigure() != null) {
            add(new MapFigurePanel(t, progress.mapFigure(), locale));
        }
    }

    static String actualText(TargetProgress p, Locale locale) {
        return org.actionmap.plan.TargetTexts.actual(p, locale);
    }

    static String aimText(TargetInfo t, Locale locale) {
        return org.actionmap.plan.TargetTexts.aim(t, locale);
    }

    private static String detailText(TargetProgress p, int year, Map<Long, OrgUnitInfo> units, Locale locale) {
        TargetInfo t = p.target();
        StringBuilder text = new StringBuilder();
        OrgUnitInfo reporter = units.get(t.reporterUnitId());
        text.append(TranslationHelper.t(t.reported() ? "target.reported-by" : "target.computed-from-map",
                reporter == null ? "?" : reporter.name(locale)));
        if (p.shares().split()) {
            text.append(" · ").append(TranslationHelper.t("target.shares", p.shares().reported(), p.shares().expected()));
        }
        // a figure computed from the map is current, not "last reported"
        if (p.lastReportedMonth() != null && p.mapFigure() == null) {
            text.append(" · ").append(TranslationHelper.t("target.last-report", QuantityFormat.month(year, p.lastReportedMonth(), locale)));
        }
        boolean ownSchedule = p.mapFigure() != null && p.mapFigure().expectedByNow() != null;
        String pace = org.actionmap.plan.TargetTexts.pace(p, locale);
        if (pace != null && !ownSchedule) {
            text.append(" · ").append(TranslationHelper.t("target.pace", pace));
        }
        if (!t.breakdown().isEmpty()) {
            text.append(" · ").append(TranslationHelper.t("target.breakdown", String.join(", ", t.breakdown().stream()
                    .map(s -> (units.containsKey(s.unitId()) ? units.get(s.unitId()).name(locale) : "?") + " "
                            + QuantityFormat.format(s.value(), t, locale)).toList())));
        }
        if (p.stretchMet()) {
            text.append(" · ").append(TranslationHelper.t("target.stretch-met"));
        }
        return text.toString();
    }
}
