package org.actionmap.map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.function.Function;

/**
 * An online raster base map (an XYZ template such as Tianditu's with a key, or a city's own tile server), shown under
 * every map when configured. Off by default: the portal works without internet on its own data.
 * <pre>
 * actionmap.map.online-tiles.url=https://t0.tianditu.gov.cn/DataServer?T=vec_w&amp;x={x}&amp;y={y}&amp;l={z}&amp;tk=YOUR_KEY
 * actionmap.map.online-tiles.attribution=天地图 Tianditu
 * </pre>
 */
@Component
public class OnlineBaseMap {

    private final String url;
    private final String attribution;

    OnlineBaseMap(@Value("${actionmap.map.online-tiles.url:}") String url,
                  @Value("${actionmap.map.online-tiles.attribution:}") String attribution) {
        this.url = url == null ? "" : url.trim();
        this.attribution = attribution == null ? "" : attribution.trim();
    }

    /** The online layer to put under the others, if one is configured. */
    public Optional<MapLayer> layer(Function<String, String> translate) {
        if (url.isEmpty()) {
            return Optional.empty();
        }
        MapLayer layer = new MapLayer("base-online", translate.apply("map.layer.online"), MapLayer.Kind.XYZ, url,
                LayerStyle.line("#9e9e9e", 1), true, null, null, 0, null);
        return Optional.of(attribution.isEmpty() ? layer : layer.withAttribution(attribution));
    }
}
