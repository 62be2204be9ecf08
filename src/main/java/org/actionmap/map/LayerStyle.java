package org.actionmap.map;

import java.util.List;

/** How a layer's features are drawn: CSS colours, widths in pixels, and the property shown as a label. */
public record LayerStyle(String stroke, Double strokeWidth, String fill, Double pointRadius, String labelProperty,
                         List<Integer> dash) {

    public static LayerStyle line(String colour, double width) {
        return new LayerStyle(colour, width, null, null, null, null);
    }

    public static LayerStyle area(String stroke, String fill) {
        return new LayerStyle(stroke, 1.5, fill, null, null, null);
    }

    public static LayerStyle points(String stroke, String fill, double radius) {
        return new LayerStyle(stroke, 1.5, fill, radius, null, null);
    }

    public LayerStyle labelledBy(String property) {
        return new LayerStyle(stroke, strokeWidth, fill, pointRadius, property, dash);
    }

    public LayerStyle dashed(Integer... pattern) {
        return new LayerStyle(stroke, strokeWidth, fill, pointRadius, labelProperty, List.of(pattern));
    }
}
