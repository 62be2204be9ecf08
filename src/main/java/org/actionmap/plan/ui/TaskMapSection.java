package org.actionmap.plan.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.actionmap.map.BaseLayers;
import org.actionmap.map.MapComponent;
import org.actionmap.map.OnlineBaseMap;
import org.actionmap.plan.TaskFeatures;

import java.util.List;
import java.util.Map;

/**
 * A task's features on a small map with the list beside it; a click on a feature or a list entry opens it on the
 * full map with its form.
 */
class TaskMapSection extends VerticalLayout {

    TaskMapSection(List<TaskFeatures.FeatureSet> sets, OnlineBaseMap onlineBaseMap) {
        setPadding(false);
        setId("task-map");
        add(new H3(getTranslation("task.on-the-map")));
        MapComponent map = new MapComponent();
        map.setHeight("360px");
        boolean chinese = "zh".equals(getLocale().getLanguage());
        map.setTexts(Map.of("layers", getTranslation("map.layers"), "gk", getTranslation("map.gk")));
        onlineBaseMap.layer(this::getTranslation).ifPresent(map::addLayer);
        BaseLayers.all(this::getTranslation, chinese).forEach(map::addLayer);
        Div list = new Div();
        list.getStyle().set("font-size", "var(--lumo-font-size-s)").set("max-height", "10em").set("overflow", "auto")
                .set("columns", "2 22em");
        double w = 180, s = 90, e = -180, n = -90;
        for (TaskFeatures.FeatureSet set : sets) {
            map.addLayer(set.layer());
            w = Math.min(w, set.extent()[0]);
            s = Math.min(s, set.extent()[1]);
            e = Math.max(e, set.extent()[2]);
            n = Math.max(n, set.extent()[3]);
            for (TaskFeatures.LinkedFeature f : set.features()) {
                Div row = new Div(new Anchor(f.link(), f.code()), new com.vaadin.flow.component.html.Span(" · " + f.label()));
                row.addClassName("task-feature");
                list.add(row);
            }
        }
        map.fitExtent(w, s, e, n);
        map.addFeatureClickListener(event -> sets.stream().flatMap(set -> set.features().stream())
                .filter(f -> f.code().equals(event.getFeatureId())).findFirst()
                .ifPresent(f -> getUI().ifPresent(ui -> {
                    // the links carry a query ("map?parcel=CODE"), which the router takes apart, never in the path
                    com.vaadin.flow.router.Location link = new com.vaadin.flow.router.Location(f.link());
                    ui.navigate(link.getPath(), link.getQueryParameters());
                })));
        add(map, list);
    }
}
