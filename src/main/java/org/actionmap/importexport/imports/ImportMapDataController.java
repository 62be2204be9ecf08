package org.actionmap.importexport.imports;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** The staged features of an import for the wizard's preview map, to the user who uploaded them only. */
@RestController
class ImportMapDataController {

    private static final MediaType GEOJSON = MediaType.parseMediaType("application/geo+json");

    private final ImportService imports;

    ImportMapDataController(ImportService imports) {
        this.imports = imports;
    }

    @GetMapping("/map-data/imports/{id}.geojson")
    ResponseEntity<String> staged(@PathVariable UUID id) {
        return imports.previewGeoJson(id)
                .map(json -> ResponseEntity.ok().contentType(GEOJSON).cacheControl(CacheControl.noStore()).body(json))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
