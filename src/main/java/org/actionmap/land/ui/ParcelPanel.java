package org.actionmap.land.ui;

import com.vaadin.flow.component.html.*;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.actionmap.land.ParcelDetails;
import org.actionmap.land.ParcelStatus;
import org.actionmap.security.OrgUnitInfo;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import org.actionmap.plan.PlanViews.TaskRef;

/** A parcel beside the map: what it is, where it lies, how large it is, and when it reached each status. */
class ParcelPanel extends VerticalLayout {

    /** A computed target the parcel counts toward, as a line that links to the target's task. */
    record TargetLine(String text, String link) {
    }

    ParcelPanel(ParcelDetails parcel, Map<Long, OrgUnitInfo> units, List<TaskRef> tasks, List<TargetLine> targets) {
        setPadding(false);
        setSpacing(false);
        setId("parcel-panel");
        H3 title = new H3(parcel.code() + " · " + parcel.name());
        title.getStyle().set("margin", "0 0 .3em 0");
        add(title);
        if (parcel.illustrative()) {
            Span mark = new Span(getTranslation("map.illustrative"));
            mark.setId("illustrative-mark");
            mark.getStyle().set("color", "var(--lumo-warning-text-color, #8a6d00)").set("background", "#fff3cd")
                    .set("padding", ".1em .5em").set("border-radius", "var(--lumo-border-radius-m)")
                    .set("font-size", "var(--lumo-font-size-s)");
            add(mark);
        }
        NumberFormat number = NumberFormat.getNumberInstance(getLocale());
        number.setMaximumFractionDigits(1);
        DescriptionList facts = new DescriptionList();
        fact(facts, "parcel.purpose", getTranslation("parcel.purpose." + parcel.purpose().name()));
        fact(facts, "parcel.status", getTranslation("parcel.status." + parcel.status().name()));
        fact(facts, "parcel.area", getTranslation("parcel.area-value", number.format(parcel.areaMu()),
                number.format(parcel.areaHectares())));
        fact(facts, "parcel.zone", parcel.zoneCode() == null ? "—" : parcel.zoneName(getLocale()));
        OrgUnitInfo township = parcel.townshipUnitId() == null ? null : units.get(parcel.townshipUnitId());
        fact(facts, "parcel.township", township == null ? "—" : township.name(getLocale()));
        fact(facts, "parcel.land-use", getTranslation("parcel.land-use." + parcel.landUse()));
        add(facts);

        H4 history = new H4(getTranslation("parcel.steps"));
        history.getStyle().set("margin", ".6em 0 .2em 0");
        add(history);
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        for (ParcelStatus step : parcel.status().workflow()) {
            var reached = parcel.steps().get(step);
            // "planned" carries no date: a parcel at or past it has reached it
            boolean done = reached != null || (step == ParcelStatus.PLANNED && parcel.status().workflow().indexOf(parcel.status()) >= 0);
            Span line = new Span((done ? "● " : "○ ") + getTranslation("parcel.status." + step.name())
                    + (reached == null ? "" : " · " + date.format(reached)));
            line.getStyle().set("display", "block").set("color", done
                    ? "var(--lumo-body-text-color)" : "var(--lumo-secondary-text-color)");
            add(line);
        }
        List<TaskRef> linked = tasks.stream().filter(t -> parcel.taskIds().contains(t.id())).toList();
        if (!linked.isEmpty()) {
            H4 served = new H4(getTranslation("parcel.tasks"));
            served.getStyle().set("margin", ".6em 0 .2em 0");
            add(served);
            for (TaskRef task : linked) {
                Anchor link = new Anchor("plan/tasks/" + task.number(), task.label(getLocale()));
                link.addClassName("parcel-task");
                link.getStyle().set("display", "block");
                add(link);
            }
        }
        if (!targets.isEmpty()) {
            H4 counted = new H4(getTranslation("parcel.counts-toward"));
            counted.getStyle().set("margin", ".6em 0 .2em 0");
            add(counted);
            targets.forEach(t -> {
                Anchor line = new Anchor(t.link(), t.text());
                line.addClassName("parcel-target");
                line.getStyle().set("display", "block");
                add(line);
            });
        }
        if (parcel.notes() != null && !parcel.notes().isBlank()) {
            add(new Paragraph(parcel.notes()));
        }
        // by address: the land module knows no export module
        Map<String, String> selection = new java.util.LinkedHashMap<>();
        selection.put("layer", "parcels");
        selection.put("codes", parcel.code());
        Anchor export = new Anchor("export?" + com.vaadin.flow.router.QueryParameters.simple(selection).getQueryString(),
                getTranslation("export.link.parcel"));
        export.setId("parcel-export");
        add(export);
    }

    private void fact(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }
}
