package org.actionmap.ogc;

import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every collection the feature modules publish, by id, in a stable order. */
@Component
class OgcCollections {

    private final Map<String, OgcCollection> byId = new LinkedHashMap<>();

    OgcCollections(List<FeatureCollectionSource> sources) {
        sources.stream().flatMap(s -> s.ogcCollections().stream())
                .sorted(Comparator.comparing(OgcCollection::id))
                .forEach(c -> {
                    if (byId.putIfAbsent(c.id(), c) != null) {
                        throw new IllegalStateException("two modules publish the OGC collection " + c.id());
                    }
                });
    }

    List<OgcCollection> all() {
        return List.copyOf(byId.values());
    }

    Optional<OgcCollection> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
