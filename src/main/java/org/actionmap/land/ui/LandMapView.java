package org.actionmap.land.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.actionmap.map.BaseLayers;
import org.actionmap.map.MapComponent;
import org.actionmap.shell.MainLayout;

import java.util.Map;

/** The city on the map: base layers from open data (rivers, town seats, the power station). */
@Route(value = "map", layout = MainLayout.class)
@PermitAll
public class LandMapView extends VerticalLayout implements HasDynamicTitle {

    public LandMapView() {
        setSizeFull();
        setPadding(false);
        MapComponent map = new MapComponent();
        map.setId("land-map");
        map.setSizeFull();
        map.setTexts(Map.of("layers", getTranslation("map.layers"), "gk", getTranslation("map.gk")));
        BaseLayers.all(this::getTranslation, "zh".equals(getLocale().getLanguage())).forEach(map::addLayer);
        // the demo city's centre; a city's own zones will set the initial extent
        map.setView(119.47, 29.21, 11);
        add(map);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.map") + " · " + getTranslation("app.name");
    }
}
