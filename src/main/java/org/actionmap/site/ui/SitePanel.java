package org.actionmap.site.ui;

import com.vaadin.flow.component.html.*;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.actionmap.plan.PlanViews.TaskRef;
import org.actionmap.security.OrgUnitInfo;
import org.actionmap.site.SiteDetails;
import org.actionmap.site.SiteStatus;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;

/** A site beside the map: what it is, where it stands with the date of each step, who is responsible, what it counts toward. */
class SitePanel extends VerticalLayout {

    /** A computed target the site counts toward, as a line that links to the target's task. */
    record TargetLine(String text, String link) {
    }

    SitePanel(SiteDetails site, Map<Long, OrgUnitInfo> units, List<TaskRef> tasks, List<TargetLine> targets) {
        setPadding(false);
        setSpacing(false);
        setId("site-panel");
        H3 title = new H3(site.code() + " · " + site.name(getLocale()));
        title.getStyle().set("margin", "0 0 .3em 0");
        add(title);
        if (site.illustrative()) {
            Span mark = new Span(getTranslation("map.illustrative"));
            mark.setId("site-illustrative-mark");
            mark.getStyle().set("color", "var(--lumo-warning-text-color, #8a6d00)").set("background", "#fff3cd")
                    .set("padding", ".1em .5em").set("border-radius", "var(--lumo-border-radius-m)")
                    .set("font-size", "var(--lumo-font-size-s)");
            add(mark);
        }
        DescriptionList facts = new DescriptionList();
        facts.setId("site-facts");
        fact(facts, "site.kind", getTranslation("site.kind." + site.kind().name()));
        fact(facts, "site.status", getTranslation("site.status." + site.status().name()));
        fact(facts, "site.unit", unitName(units, site.responsibleUnitId()));
        fact(facts, "site.township", site.townshipUnitId() == null ? getTranslation("site.township.none")
                : unitName(units, site.townshipUnitId()));
        if (site.areaM2() != null) {
            NumberFormat number = NumberFormat.getNumberInstance(getLocale());
            number.setMaximumFractionDigits(1);
            fact(facts, "site.area", getTranslation("site.area-value", number.format(site.areaM2() / SiteDetails.SQUARE_METRES_PER_MU),
                    number.format(site.areaM2() / 10000)));
        }
        add(facts);

        H4 history = new H4(getTranslation("site.steps"));
        history.getStyle().set("margin", ".6em 0 .2em 0");
        add(history);
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        int reached = site.kind().workflow().indexOf(site.status());
        for (SiteStatus step : site.kind().workflow()) {
            LocalDate on = switch (step) {
                case UNDER_CONSTRUCTION -> site.dates().startedOn();
                case COMPLETED -> site.dates().completedOn();
                case OPEN -> site.dates().openedOn();
                case PLANNED -> null;
            };
            boolean done = site.kind().workflow().indexOf(step) <= reached;
            Span line = new Span((done ? "● " : "○ ") + getTranslation("site.status." + step.name())
                    + (on == null ? "" : " · " + date.format(on)));
            line.addClassName("site-step");
            line.getStyle().set("display", "block").set("color", done
                    ? "var(--lumo-body-text-color)" : "var(--lumo-secondary-text-color)");
            add(line);
        }
        List<TaskRef> linked = tasks.stream().filter(t -> site.taskIds().contains(t.id())).toList();
        if (!linked.isEmpty()) {
            H4 served = new H4(getTranslation("site.tasks"));
            served.getStyle().set("margin", ".6em 0 .2em 0");
            add(served);
            for (TaskRef task : linked) {
                Anchor link = new Anchor("plan/tasks/" + task.number(), task.label(getLocale()));
                link.addClassName("site-task");
                link.getStyle().set("display", "block");
                add(link);
            }
        }
        if (!targets.isEmpty()) {
            H4 counted = new H4(getTranslation("site.counts-toward"));
            counted.getStyle().set("margin", ".6em 0 .2em 0");
            add(counted);
            targets.forEach(t -> {
                Anchor line = new Anchor(t.link(), t.text());
                line.addClassName("site-target");
                line.getStyle().set("display", "block");
                add(line);
            });
        }
        if (site.notes() != null && !site.notes().isBlank()) {
            add(new Paragraph(site.notes()));
        }
    }

    private String unitName(Map<Long, OrgUnitInfo> units, Long id) {
        OrgUnitInfo unit = id == null ? null : units.get(id);
        return unit == null ? "—" : unit.name(getLocale());
    }

    private void fact(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }
}
