package org.actionmap.site.ui;

import org.actionmap.map.MapLayer;
import org.actionmap.map.MapLayerSource;
import org.actionmap.site.SiteKind;
import org.actionmap.site.SiteStyles;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The sites on the city map, one layer per kind as on the site page; a click opens the site's page. */
@Component
class SiteMapLayers implements MapLayerSource {

    @Override
    public List<MapLayer> layers(Function<String, String> translate, Locale locale) {
        return Arrays.stream(SiteKind.values()).map(kind -> SiteStyles.layer(kind, null, translate)).toList();
    }

    @Override
    public Optional<String> linkFor(String layerId, String featureId) {
        boolean ours = Arrays.stream(SiteKind.values()).anyMatch(k -> SiteStyles.layerId(k).equals(layerId));
        return ours && featureId != null ? Optional.of("sites?site=" + featureId) : Optional.empty();
    }
}
