package org.actionmap.dashboard.report;

import java.util.List;

/**
 * A task's map as it stood at a month's end, ready to be drawn: township outlines behind, the task's features coloured
 * by their status then, and the legend that explains the colours. Shapes are GeoJSON geometries in EPSG:4326.
 */
record MapPage(int taskNumber, String title, List<Outline> background, List<Feature> features, List<LegendEntry> legend) {

    enum Shape { AREA, LINE, POINT }

    record Outline(String name, String geoJson) {
    }

    /** A feature with its fill (areas, points) or stroke (lines) colour as CSS hex, #rrggbb or #rrggbbaa. */
    record Feature(String code, Shape shape, String colour, String geoJson) {
    }

    record LegendEntry(Shape shape, String colour, String label) {
    }
}
