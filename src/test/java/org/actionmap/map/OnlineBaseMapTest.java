package org.actionmap.map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The online base map is off unless configured, and then an XYZ layer under the others with its attribution. */
class OnlineBaseMapTest {

    @Test
    void offByDefault() {
        assertThat(new OnlineBaseMap("", "").layer(key -> key)).isEmpty();
    }

    @Test
    void aConfiguredTemplateBecomesTheLowestLayer() {
        MapLayer layer = new OnlineBaseMap("https://tiles.example.org/{z}/{x}/{y}.png", "Example tiles")
                .layer(key -> "[" + key + "]").orElseThrow();
        assertThat(layer.kind()).isEqualTo(MapLayer.Kind.XYZ);
        assertThat(layer.url()).isEqualTo("https://tiles.example.org/{z}/{x}/{y}.png");
        assertThat(layer.attribution()).isEqualTo("Example tiles");
        assertThat(layer.title()).isEqualTo("[map.layer.online]");
        assertThat(layer.zIndex()).isZero();
    }
}
