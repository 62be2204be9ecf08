package org.actionmap.map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.Set;

/**
 * Serves the base layers (open data shipped in {@code gis-data/open/}) as plain HTTP, so the map fetches them
 * without the Vaadin session; they change only with a new release, so browsers may cache them for a day.
 */
@RestController
class BaseLayerController {

    static final Set<String> LAYERS = Set.of("geonames_lanxi_places", "gshhg_wdbii_rivers_jinhua_region",
            "wri_gppd_lanxi_power_station");

    @GetMapping(value = "/map-data/base/{name}.geojson", produces = "application/geo+json")
    ResponseEntity<Resource> baseLayer(@PathVariable String name) {
        // only the listed files: the name never becomes a path of its own
        if (!LAYERS.contains(name)) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePrivate())
                .contentType(MediaType.parseMediaType("application/geo+json"))
                .body(new ClassPathResource("gis-data/open/" + name + ".geojson"));
    }
}
