package org.actionmap.dashboard.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws a task's map with Java2D: township outlines, the task's features in their status colours, a scale bar and a
 * north arrow. Written by hand because no map renderer is available here (GeoTools is not served) and the map is
 * simple: a few dozen shapes in one county.
 *
 * <p>Projection: equirectangular around the map's centre, x scaled by cos(latitude of the centre). Across a county
 * (about 50 km) its scale error stays under 0.5 %, well below what a printed overview map shows; the scale bar is
 * computed in the same projection, so it is right at the centre.
 */
final class MapDrawing {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double EARTH_RADIUS_M = 6_371_008.8;
    /** Extra space around the task's features, as a share of their extent, and the least extent shown (metres). */
    private static final double MARGIN = 0.25;
    private static final double MIN_SPAN_M = 3_000;

    private final Font font;

    MapDrawing(Font font) {
        this.font = font;
    }

    BufferedImage draw(MapPage page, int width, int height) {
        List<Shape> features = new ArrayList<>();
        for (MapPage.Feature f : page.features()) {
            features.add(new Shape(f, parse(f.geoJson())));
        }
        double[] box = extent(features);
        double lon0 = (box[0] + box[2]) / 2, lat0 = (box[1] + box[3]) / 2;
        Projection projection = new Projection(lon0, lat0);
        // the features' extent in metres, widened to the image's proportions
        double halfW = Math.max(MIN_SPAN_M / 2, projection.x(box[2]) * (1 + MARGIN));
        double halfH = Math.max(MIN_SPAN_M / 2, projection.y(box[3]) * (1 + MARGIN));
        double metresPerPixel = Math.max(2 * halfW / width, 2 * halfH / height);
        projection.fit(metresPerPixel, width, height);

        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(0xf7f7f2));
        g.fillRect(0, 0, width, height);

        g.setStroke(new BasicStroke(1.2f));
        for (MapPage.Outline outline : page.background()) {
            Path2D path = projection.path(parse(outline.geoJson()));
            g.setColor(new Color(0xffffff));
            g.fill(path);
            g.setColor(new Color(0x9e9e9e));
            g.draw(path);
        }
        g.setFont(font.deriveFont(11f));
        g.setColor(new Color(0x757575));
        for (MapPage.Outline outline : page.background()) {
            Rectangle2D bounds = projection.path(parse(outline.geoJson())).getBounds2D();
            String name = outline.name();
            g.drawString(name, (float) (bounds.getCenterX() - g.getFontMetrics().stringWidth(name) / 2.0),
                    (float) bounds.getCenterY());
        }
        // areas first, then lines, then points on top, so that nothing small hides under something large
        for (MapPage.Shape kind : MapPage.Shape.values()) {
            for (Shape s : features) {
                if (s.feature.shape() == kind) {
                    drawFeature(g, projection, s);
                }
            }
        }
        drawScaleBar(g, metresPerPixel, height);
        drawNorthArrow(g, width);
        g.dispose();
        return image;
    }

    private void drawFeature(Graphics2D g, Projection projection, Shape s) {
        Color colour = colour(s.feature.colour());
        switch (s.feature.shape()) {
            case AREA -> {
                Path2D path = projection.path(s.geometry);
                g.setColor(colour);
                g.fill(path);
                g.setColor(new Color(0x4e342e));
                g.setStroke(new BasicStroke(1f));
                g.draw(path);
                // a parcel smaller than a few pixels would vanish at county scale: mark it with a dot as well
                Rectangle2D b = path.getBounds2D();
                if (b.getWidth() < 4 && b.getHeight() < 4) {
                    dot(g, b.getCenterX(), b.getCenterY(), 4, colour);
                }
            }
            case LINE -> {
                g.setColor(colour);
                g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(projection.path(s.geometry));
            }
            case POINT -> {
                for (double[] p : points(s.geometry)) {
                    dot(g, projection.px(p[0]), projection.py(p[1]), 7, colour);
                }
            }
        }
    }

    private static void dot(Graphics2D g, double x, double y, double r, Color fill) {
        Ellipse2D circle = new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
        g.setColor(fill);
        g.fill(circle);
        g.setColor(new Color(0x263238));
        g.setStroke(new BasicStroke(1.5f));
        g.draw(circle);
    }

    /** A bar of a round length (1, 2 or 5 × 10^n metres) about a fifth of the map's width, bottom left. */
    private void drawScaleBar(Graphics2D g, double metresPerPixel, int height) {
        double target = metresPerPixel * 160;
        double magnitude = Math.pow(10, Math.floor(Math.log10(target)));
        double metres = magnitude;
        for (double step : new double[]{2, 5, 10}) {
            if (magnitude * step <= target) {
                metres = magnitude * step;
            }
        }
        int length = (int) Math.round(metres / metresPerPixel);
        int x = 20, y = height - 24;
        g.setColor(new Color(255, 255, 255, 200));
        g.fillRect(x - 8, y - 22, length + 60, 34);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1.5f));
        g.fillRect(x, y, length / 2, 5);
        g.drawRect(x, y, length, 5);
        g.setFont(font.deriveFont(12f));
        String label = metres >= 1000 ? trim(metres / 1000) + " km" : trim(metres) + " m";
        g.drawString("0", x - 3, y - 5);
        g.drawString(label, x + length - g.getFontMetrics().stringWidth(label) / 2f, y - 5);
    }

    private void drawNorthArrow(Graphics2D g, int width) {
        int x = width - 30, y = 20;
        Path2D arrow = new Path2D.Double();
        arrow.moveTo(x, y);
        arrow.lineTo(x + 9, y + 26);
        arrow.lineTo(x, y + 20);
        arrow.lineTo(x - 9, y + 26);
        arrow.closePath();
        g.setColor(Color.BLACK);
        g.fill(arrow);
        g.setFont(font.deriveFont(Font.BOLD, 13f));
        g.drawString("N", x - 4, y + 42);
    }

    private static String trim(double value) {
        return String.format(Locale.ROOT, value == Math.rint(value) ? "%.0f" : "%.1f", value);
    }

    /** CSS colours as the modules keep them: #rrggbb, #rrggbbaa or rgba(r,g,b,a). */
    static Color colour(String css) {
        if (css == null) {
            return Color.GRAY;
        }
        String c = css.trim();
        if (c.startsWith("rgba(") || c.startsWith("rgb(")) {
            String[] parts = c.substring(c.indexOf('(') + 1, c.indexOf(')')).split(",");
            int alpha = parts.length > 3 ? (int) Math.round(Double.parseDouble(parts[3].trim()) * 255) : 255;
            return new Color(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()),
                    Integer.parseInt(parts[2].trim()), alpha);
        }
        String hex = c.substring(1);
        int rgb = Integer.parseInt(hex.substring(0, 6), 16);
        int alpha = hex.length() >= 8 ? Integer.parseInt(hex.substring(6, 8), 16) : 255;
        return new Color((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, alpha);
    }

    private static JsonNode parse(String geoJson) {
        try {
            return JSON.readTree(geoJson);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable GeoJSON from PostGIS", e);
        }
    }

    /** West, south, east, north of the features, in degrees. */
    private static double[] extent(List<Shape> shapes) {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (Shape s : shapes) {
            for (double[] p : points(s.geometry)) {
                box[0] = Math.min(box[0], p[0]);
                box[1] = Math.min(box[1], p[1]);
                box[2] = Math.max(box[2], p[0]);
                box[3] = Math.max(box[3], p[1]);
            }
        }
        return box;
    }

    /** Every position of a geometry, whatever its type. */
    private static List<double[]> points(JsonNode geometry) {
        List<double[]> points = new ArrayList<>();
        collect(geometry.get("coordinates"), points);
        return points;
    }

    private static void collect(JsonNode node, List<double[]> into) {
        if (node == null || !node.isArray() || node.isEmpty()) {
            return;
        }
        if (node.get(0).isNumber()) {
            into.add(new double[]{node.get(0).asDouble(), node.get(1).asDouble()});
        } else {
            node.forEach(child -> collect(child, into));
        }
    }

    private record Shape(MapPage.Feature feature, JsonNode geometry) {
    }

    /** Degrees to metres around the centre, then metres to pixels with north up. */
    private static final class Projection {
        private final double lon0;
        private final double lat0;
        private final double cosLat0;
        private double metresPerPixel = 1;
        private double cx;
        private double cy;

        Projection(double lon0, double lat0) {
            this.lon0 = lon0;
            this.lat0 = lat0;
            this.cosLat0 = Math.cos(Math.toRadians(lat0));
        }

        void fit(double metresPerPixel, int width, int height) {
            this.metresPerPixel = metresPerPixel;
            this.cx = width / 2.0;
            this.cy = height / 2.0;
        }

        double x(double lon) {
            return Math.toRadians(lon - lon0) * EARTH_RADIUS_M * cosLat0;
        }

        double y(double lat) {
            return Math.toRadians(lat - lat0) * EARTH_RADIUS_M;
        }

        double px(double lon) {
            return cx + x(lon) / metresPerPixel;
        }

        double py(double lat) {
            return cy - y(lat) / metresPerPixel;
        }

        /** Polygons' rings (holes by the even-odd rule) and lines as one path; points are drawn as dots elsewhere. */
        Path2D path(JsonNode geometry) {
            Path2D path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            String type = geometry.get("type").asText();
            JsonNode coordinates = geometry.get("coordinates");
            switch (type) {
                case "LineString" -> ring(path, coordinates, false);
                case "MultiLineString" -> coordinates.forEach(line -> ring(path, line, false));
                case "Polygon" -> coordinates.forEach(r -> ring(path, r, true));
                case "MultiPolygon" -> coordinates.forEach(polygon -> polygon.forEach(r -> ring(path, r, true)));
                case "GeometryCollection" -> geometry.get("geometries").forEach(part -> path.append(path(part), false));
                default -> { }
            }
            return path;
        }

        private void ring(Path2D path, JsonNode positions, boolean close) {
            for (int i = 0; i < positions.size(); i++) {
                double x = px(positions.get(i).get(0).asDouble()), y = py(positions.get(i).get(1).asDouble());
                if (i == 0) {
                    path.moveTo(x, y);
                } else {
                    path.lineTo(x, y);
                }
            }
            if (close) {
                path.closePath();
            }
        }
    }
}
