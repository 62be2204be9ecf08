package org.actionmap.ogc;

import java.util.List;
import java.util.Objects;

/**
 * One collection of the OGC API, described by the module that owns its table.
 *
 * @param id             the collection's id in addresses ({@code /ogc/collections/parcels})
 * @param titleKey       translation key of its title; {@code titleKey + ".description"} holds its description
 * @param geometryType   the GeoJSON geometry type of its features ({@code MultiPolygon}, {@code Point},
 *                       {@code Geometry} for a mix), for the queryables schema
 * @param select         SQL that returns one row per live feature (deleted ones left out) with the columns
 *                       {@code id} (bigint, the feature id), {@code geom} (geometry in EPSG:4326, longitude first),
 *                       {@code updated_at} (timestamptz, the time {@code datetime} filters on; null when
 *                       {@code temporal} is false), {@code properties} (json) and one column per queryable, named as it
 * @param temporal       whether {@code updated_at} means something (zones carry no time)
 * @param queryables     the properties a client may filter on with {@code ?name=value[,value...]}
 */
public record OgcCollection(String id, String titleKey, String geometryType, String select, boolean temporal,
                            List<Queryable> queryables) {

    public OgcCollection {
        Objects.requireNonNull(id);
        if (!id.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("collection id must be lower case: " + id);
        }
        queryables = List.copyOf(queryables);
    }

    /**
     * A property to filter on. {@code values}, when not empty, lists every value it takes (a status, a kind), so that a
     * misspelt value is refused instead of matching nothing.
     */
    public record Queryable(String name, Type type, List<String> values) {

        public Queryable {
            if (!name.matches("[a-z][a-z0-9_]*")) {
                throw new IllegalArgumentException("queryable names are SQL column names: " + name);
            }
            values = List.copyOf(values);
        }

        public static Queryable text(String name) {
            return new Queryable(name, Type.STRING, List.of());
        }

        public static Queryable integer(String name) {
            return new Queryable(name, Type.INTEGER, List.of());
        }

        public static <E extends Enum<E>> Queryable oneOf(String name, Class<E> values) {
            return new Queryable(name, Type.STRING, java.util.Arrays.stream(values.getEnumConstants()).map(Enum::name).toList());
        }

        public static Queryable oneOf(String name, List<String> values) {
            return new Queryable(name, Type.STRING, values);
        }
    }

    public enum Type {
        STRING, INTEGER
    }
}
