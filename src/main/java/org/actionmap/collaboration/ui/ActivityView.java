package org.actionmap.collaboration.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.actionmap.collaboration.ActivityFeed;
import org.actionmap.collaboration.ActivityFilter;
import org.actionmap.collaboration.ChangeLog;
import org.actionmap.collaboration.LiveChanges;
import org.actionmap.collaboration.ObjectLinks;
import org.actionmap.security.OrgUnitInfo;
import org.actionmap.security.OrgUnitService;
import org.actionmap.shell.MainLayout;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plan's activity: every change by every unit, newest first, in sentences, filtered by unit and by kind of object
 * ({@code /activity?unit=ID} for one unit's feed). It follows new changes live.
 */
@Route(value = "activity", layout = MainLayout.class)
@PermitAll
public class ActivityView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final int SHOWN = 100;
    static final List<String> KINDS = List.of("parcel", "zone", "substation", "power_line", "rural_area", "site",
            "progress_entry", "comment");

    private final ComboBox<OrgUnitInfo> unit = new ComboBox<>();
    private final Select<String> kind = new Select<>();
    private final ActivityFeed feed;

    public ActivityView(ChangeLog log, OrgUnitService units, List<ObjectLinks> links, LiveChanges live) {
        setMaxWidth("1000px");
        Map<Long, OrgUnitInfo> byId = units.byId();
        unit.setId("activity-unit");
        unit.setLabel(getTranslation("activity.filter.unit"));
        unit.setClearButtonVisible(true);
        unit.setItems(byId.values().stream().sorted(Comparator.comparing(u -> u.name(getLocale()))).toList());
        unit.setItemLabelGenerator(u -> u.name(getLocale()));
        unit.setWidth("18em");
        kind.setId("activity-kind");
        kind.setLabel(getTranslation("activity.filter.kind"));
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("activity.filter.all"));
        kind.setItems(KINDS);
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("activity.filter.all") : getTranslation("activity.kinds." + k));
        feed = new ActivityFeed(() -> log.activity(new ActivityFilter(kind.getValue() == null ? null : Set.of(kind.getValue()),
                unit.getValue() == null ? null : unit.getValue().id(), null), SHOWN), byId, links, live);
        feed.setId("activity-feed");
        unit.addValueChangeListener(e -> feed.refresh());
        kind.addValueChangeListener(e -> feed.refresh());
        add(new H2(getTranslation("activity.title")), new HorizontalLayout(unit, kind), feed);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("unit").flatMap(id -> {
            try {
                return java.util.Optional.of(Long.parseLong(id));
            } catch (NumberFormatException e) {
                return java.util.Optional.empty();
            }
        }).ifPresent(id -> unit.getListDataView().getItems().filter(u -> u.id().equals(id)).findFirst().ifPresent(unit::setValue));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("activity.title") + " · " + getTranslation("app.name");
    }
}
