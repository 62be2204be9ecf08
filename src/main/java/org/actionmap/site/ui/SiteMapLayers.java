package org.actionmap.site.ui;

import org.actionmap.map.MapLayer;
import org.actionmap.map.MapLayerSource;
import org.actionmap.site.SiteStyles;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The sites on the city map as one layer filled by status (the site page has a layer per kind and its legend; the
 * city map's layer list stays short); a click opens the site's page.
 */
@Component
class SiteMapLayers implements MapLayerSource {

    static final String LAYER = "sites";

    @Override
    public List<MapLayer> layers(Function<String, String> translate, Locale locale) {
        return List.of(SiteStyles.allSites(LAYER, null, translate));
    }

    @Override
    public List<MapLayer> layersAsOf(Function<String, String> translate, Locale locale, java.time.LocalDate asOf) {
        return List.of(SiteStyles.allSites(LAYER, null, asOf, translate));
    }

    @Override
    public List<String> layersShowing(String changeKind) {
        return org.actionmap.site.SiteSnapshots.SITE.equals(changeKind) ? List.of(LAYER) : List.of();
    }

    @Override
    public Optional<String> linkFor(String layerId, String featureId) {
        return LAYER.equals(layerId) && featureId != null ? Optional.of("sites?site=" + featureId) : Optional.empty();
    }
}
