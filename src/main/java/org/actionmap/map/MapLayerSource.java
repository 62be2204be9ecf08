package org.actionmap.map;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Layers a feature module adds to the city map (the power projects beside the land), so that the map page shows
 * every module's features without depending on them. A click on one of these layers opens the module's own page.
 */
public interface MapLayerSource {

    /** The module's layers, titled in the user's language, in drawing order. */
    List<MapLayer> layers(Function<String, String> translate, Locale locale);

    /**
     * The module's layers as their features stood on a date (the leaders' replay of the plan year): each feature in the
     * status it had then. By default the layers as they are now, for a module whose features have no dated states.
     */
    default List<MapLayer> layersAsOf(Function<String, String> translate, Locale locale, java.time.LocalDate asOf) {
        return layers(translate, locale);
    }

    /** Where a click on a feature of one of these layers leads (a route with parameters), if anywhere. */
    Optional<String> linkFor(String layerId, String featureId);

    /**
     * The ids of the layers that show objects of a kind that changed (a kind as the change log names it, such as
     * {@code power_line}), so that an open map fetches them again; none by default.
     */
    default List<String> layersShowing(String changeKind) {
        return List.of();
    }
}
