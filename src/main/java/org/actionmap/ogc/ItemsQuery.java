package org.actionmap.ogc;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The parameters of {@code /collections/{id}/items}, checked, turned into SQL conditions on the collection's rows
 * ({@code f}) with their arguments. A bad value is refused with 400 before any query runs.
 */
final class ItemsQuery {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    /** Parameters every items request may carry besides the collection's queryables. */
    static final Set<String> STANDARD = Set.of("f", "limit", "offset", "bbox", "bbox-crs", "crs", "datetime");

    final int limit;
    final int offset;
    final Crs crs;
    final List<String> conditions = new ArrayList<>();
    final List<Object> args = new ArrayList<>();

    ItemsQuery(OgcCollection collection, Map<String, String[]> params) {
        Set<String> known = new LinkedHashSet<>(STANDARD);
        collection.queryables().forEach(q -> known.add(q.name()));
        OgcApiController.refuseUnknown(params, known);
        for (var e : params.entrySet()) {
            if (e.getValue().length > 1) {
                throw OgcException.badParameter("ogc.error.repeated", e.getKey());
            }
        }
        OgcApiController.checkFormat(single(params, "f"));
        this.limit = limit(single(params, "limit"));
        this.offset = offset(single(params, "offset"));
        this.crs = OgcApiController.crs(single(params, "crs"), "crs");
        bbox(single(params, "bbox"), single(params, "bbox-crs"));
        datetime(collection, single(params, "datetime"));
        for (OgcCollection.Queryable q : collection.queryables()) {
            String value = single(params, q.name());
            if (value != null) {
                attribute(q, value);
            }
        }
    }

    String where() {
        return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
    }

    private static String single(Map<String, String[]> params, String name) {
        String[] values = params.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static int limit(String value) {
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit < 1) {
                throw OgcException.badParameter("ogc.error.limit", value, MAX_LIMIT);
            }
            // the standard lets a server cut a larger limit to its maximum; the next link fetches the rest
            return Math.min(limit, MAX_LIMIT);
        } catch (NumberFormatException e) {
            throw OgcException.badParameter("ogc.error.limit", value, MAX_LIMIT);
        }
    }

    private static int offset(String value) {
        if (value == null) {
            return 0;
        }
        try {
            int offset = Integer.parseInt(value.strip());
            if (offset < 0) {
                throw OgcException.badParameter("ogc.error.offset", value);
            }
            return offset;
        } catch (NumberFormatException e) {
            throw OgcException.badParameter("ogc.error.offset", value);
        }
    }

    /** {@code bbox=minx,miny,maxx,maxy} (or six numbers with heights, which are ignored) in the axis order of bbox-crs. */
    private void bbox(String value, String bboxCrsValue) {
        Crs bboxCrs = OgcApiController.crs(bboxCrsValue, "bbox-crs");
        if (value == null) {
            if (bboxCrsValue != null) {
                throw OgcException.badParameter("ogc.error.bbox-crs-alone");
            }
            return;
        }
        String[] parts = value.split(",", -1);
        if (parts.length != 4 && parts.length != 6) {
            throw OgcException.badParameter("ogc.error.bbox", value);
        }
        double[] n = new double[parts.length];
        try {
            for (int i = 0; i < parts.length; i++) {
                n[i] = Double.parseDouble(parts[i].strip());
                if (!Double.isFinite(n[i])) {
                    throw OgcException.badParameter("ogc.error.bbox", value);
                }
            }
        } catch (NumberFormatException e) {
            throw OgcException.badParameter("ogc.error.bbox", value);
        }
        // lower corner, then upper corner; with heights: x, y, z, x, y, z
        double[] c = parts.length == 4 ? n : new double[]{n[0], n[1], n[3], n[4]};
        if (bboxCrs.flipped) {
            c = new double[]{c[1], c[0], c[3], c[2]};
        }
        double minX = c[0], minY = c[1], maxX = c[2], maxY = c[3];
        if (minX > maxX || minY > maxY) {
            throw OgcException.badParameter("ogc.error.bbox-order", value);
        }
        if (bboxCrs.geographic && (minY < -90 || maxY > 90 || minX < -180 || maxX > 180)) {
            throw OgcException.badParameter("ogc.error.bbox-range", value);
        }
        // corners alone would make a projected box's edges straight lines in degrees: densified first
        String envelope = bboxCrs.srid == 4326
                ? "st_makeenvelope(?, ?, ?, ?, 4326)"
                : "st_transform(st_segmentize(st_makeenvelope(?, ?, ?, ?, " + bboxCrs.srid + "), "
                  + Math.max((maxX - minX) / 16, (maxY - minY) / 16) + "), 4326)";
        conditions.add("st_intersects(f.geom, " + envelope + ")");
        args.addAll(List.of(minX, minY, maxX, maxY));
    }

    /** {@code datetime}: an instant, a date (that whole day, UTC), or an interval {@code start/end} with {@code ..} open. */
    private void datetime(OgcCollection collection, String value) {
        if (value == null) {
            return;
        }
        if (!collection.temporal()) {
            throw OgcException.badParameter("ogc.error.datetime-none", collection.id());
        }
        String v = value.strip();
        if (!v.contains("/")) {
            Instant[] span = moment(v, value);
            if (span[0].equals(span[1])) {
                conditions.add("f.updated_at = ?");
                args.add(Timestamp.from(span[0]));
            } else {
                conditions.add("f.updated_at >= ? and f.updated_at < ?");
                args.add(Timestamp.from(span[0]));
                args.add(Timestamp.from(span[1]));
            }
            return;
        }
        String[] ends = v.split("/", -1);
        if (ends.length != 2) {
            throw OgcException.badParameter("ogc.error.datetime", value);
        }
        boolean openStart = ends[0].isEmpty() || ends[0].equals("..");
        boolean openEnd = ends[1].isEmpty() || ends[1].equals("..");
        if (openStart && openEnd) {
            return;
        }
        Instant[] start = openStart ? null : moment(ends[0], value);
        Instant[] end = openEnd ? null : moment(ends[1], value);
        if (start != null && end != null && start[0].isAfter(end[1])) {
            throw OgcException.badParameter("ogc.error.datetime-order", value);
        }
        if (start != null) {
            conditions.add("f.updated_at >= ?");
            args.add(Timestamp.from(start[0]));
        }
        if (end != null) {
            // an end given as a date takes in that whole day; an end given as an instant includes that instant
            conditions.add(end[0].equals(end[1]) ? "f.updated_at <= ?" : "f.updated_at < ?");
            args.add(Timestamp.from(end[1]));
        }
    }

    /** [start, end): equal for an instant, a whole UTC day for a date. */
    private static Instant[] moment(String text, String whole) {
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return new Instant[]{day.atStartOfDay(ZoneOffset.UTC).toInstant(),
                        day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()};
            }
            Instant instant = OffsetDateTime.parse(text.toUpperCase(Locale.ROOT)).toInstant();
            return new Instant[]{instant, instant};
        } catch (DateTimeParseException e) {
            throw OgcException.badParameter("ogc.error.datetime", whole);
        }
    }

    /** {@code status=ACQUIRED} or {@code status=ACQUIRED,LEVELLED}: features whose property is one of the values. */
    private void attribute(OgcCollection.Queryable q, String value) {
        List<String> values = Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (values.isEmpty()) {
            throw OgcException.badParameter("ogc.error.attribute-empty", q.name());
        }
        for (String v : values) {
            if (q.type() == OgcCollection.Type.INTEGER && !v.matches("-?\\d{1,9}")) {
                throw OgcException.badParameter("ogc.error.attribute-integer", q.name(), v);
            }
            if (!q.values().isEmpty() && !q.values().contains(v)) {
                throw OgcException.badParameter("ogc.error.attribute-value", q.name(), v, String.join(", ", q.values()));
            }
        }
        conditions.add("f." + q.name() + "::text = any(?)");
        args.add(values.toArray(String[]::new));
    }
}
