package org.actionmap.land.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.actionmap.land.GeometryProblem;

import java.util.List;
import java.util.function.BiFunction;

/** Geometry problems as a GeoJSON feature collection for the map's problem layer, each with a short label. */
final class ProblemFeatures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemFeatures() {
    }

    static String toGeoJson(List<GeometryProblem> problems, BiFunction<String, Object[], String> translation) {
        ObjectNode collection = JSON.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (GeometryProblem problem : problems) {
            if (problem.where() == null) {
                continue;
            }
            ObjectNode feature = features.addObject().put("type", "Feature");
            try {
                feature.set("geometry", JSON.readTree(problem.where()));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("PostGIS returned unreadable GeoJSON", e);
            }
            // labels have their own keys: the full sentence is in the form, the map needs a few words
            feature.putObject("properties").put("label",
                    translation.apply(problem.message().messageKey() + ".label", problem.message().args()));
        }
        return collection.toString();
    }
}
