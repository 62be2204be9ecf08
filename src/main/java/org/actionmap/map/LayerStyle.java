package org.actionmap.map;

import java.util.List;
import java.util.Map;

/**
 * How a layer's features are drawn: CSS colours, widths in pixels, the property shown as a label, and optionally a
 * fill per value of one property (a parcel's status).
 */
public record LayerStyle(String stroke, Double strokeWidth, String fill, Double pointRadius, String labelProperty,
                         List<Integer> dash, String categoryProperty, Map<String, String> categoryFills) {

    public static LayerStyle line(String colour, double width) {
        return new LayerStyle(colour, width, null, null, null, null, null, null);
    }

    public static LayerStyle area(String stroke, String fill) {
        return new LayerStyle(stroke, 1.5, fill, null, null, null, null, null);
    }

    public static LayerStyle points(String stroke, String fill, double radius) {
        return new LayerStyle(stroke, 1.5, fill, radius, null, null, null, null);
    }

    public LayerStyle labelledBy(String property) {
        return new LayerStyle(stroke, strokeWidth, fill, pointRadius, property, dash, categoryProperty, categoryFills);
    }

    public LayerStyle dashed(Integer... pattern) {
        return new LayerStyle(stroke, strokeWidth, fill, pointRadius, labelProperty, List.of(pattern), categoryProperty,
                categoryFills);
    }

    /** Fills each feature by the value of {@code property}; values not listed keep the layer's fill. */
    public LayerStyle filledBy(String property, Map<String, String> fills) {
        return new LayerStyle(stroke, strokeWidth, fill, pointRadius, labelProperty, dash, property, Map.copyOf(fills));
    }
}
