package org.actionmap.importexport.export;

import org.actionmap.common.UserMessageException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What to export: a layer, the filters of its list ({@code status=ACQUIRED}), a selection of codes (none: every
 * feature the filters keep), the file format and the coordinate system. Read from and written to an address's query
 * parameters, so that the lists link to the export page by address ({@code export?layer=parcels&status=ACQUIRED}).
 */
public record ExportRequest(ExportLayer layer, Map<String, String> filters, List<String> codes, ExportFormat format,
                            ExportCrs crs) {

    private static final Set<String> OWN_PARAMETERS = Set.of("layer", "codes", "format", "crs");

    public ExportRequest {
        Objects.requireNonNull(layer);
        Objects.requireNonNull(format);
        Objects.requireNonNull(crs);
        filters = Map.copyOf(filters);
        codes = List.copyOf(codes);
        for (String name : filters.keySet()) {
            if (!layer.filters().contains(name)) {
                throw new UserMessageException("export.error.filter", name);
            }
        }
    }

    public ExportRequest withFormat(ExportFormat format, ExportCrs crs) {
        return new ExportRequest(layer, filters, codes, format, crs);
    }

    /**
     * The request an address describes; a missing format means GeoPackage, a missing coordinate system CGCS2000. A
     * missing layer is refused (the export page asks for it: see {@link #namesLayer}), and so are a filter the
     * layer's list does not have and an unknown layer, format or coordinate system, rather than ignored or guessed, so
     * that nobody takes an unfiltered file for a filtered one or one layer for another.
     */
    public static ExportRequest fromParameters(Map<String, List<String>> parameters) {
        String layerKey = first(parameters, "layer");
        if (layerKey == null) {
            throw new UserMessageException("export.choose-layer");
        }
        ExportLayer layer = ExportLayer.byKey(layerKey)
                .orElseThrow(() -> new UserMessageException("export.error.layer", layerKey));
        String formatKey = first(parameters, "format");
        ExportFormat format = formatKey == null ? ExportFormat.GPKG
                : ExportFormat.byKey(formatKey).orElseThrow(() -> new UserMessageException("export.error.format", formatKey));
        String crsText = first(parameters, "crs");
        ExportCrs crs = crsText == null ? ExportCrs.CGCS2000
                : ExportCrs.parse(crsText).orElseThrow(() -> new UserMessageException("export.error.crs", crsText));
        Map<String, String> filters = new LinkedHashMap<>();
        parameters.forEach((name, values) -> {
            String value = first(parameters, name);
            if (!OWN_PARAMETERS.contains(name) && value != null) {
                filters.put(name, value);
            }
        });
        List<String> codes = new ArrayList<>();
        for (String list : parameters.getOrDefault("codes", List.of())) {
            Arrays.stream(list.split(",")).map(String::trim).filter(c -> !c.isEmpty()).filter(c -> !codes.contains(c))
                    .forEach(codes::add);
        }
        return new ExportRequest(layer, filters, codes, format, crs);
    }

    /** Whether an address names the layer to export; a plain {@code /export} does not, and the page asks for it. */
    public static boolean namesLayer(Map<String, List<String>> parameters) {
        return first(parameters, "layer") != null;
    }

    /** The request as query parameters, filters in the order of the layer's list. */
    public Map<String, List<String>> toParameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put("layer", List.of(layer.key()));
        for (String name : layer.filters()) {
            if (filters.containsKey(name)) {
                parameters.put(name, List.of(filters.get(name)));
            }
        }
        if (!codes.isEmpty()) {
            parameters.put("codes", List.of(String.join(",", codes)));
        }
        parameters.put("format", List.of(format.key()));
        parameters.put("crs", List.of(String.valueOf(crs.epsg())));
        return parameters;
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        return parameters.getOrDefault(name, List.of()).stream().filter(v -> v != null && !v.isBlank())
                .map(String::trim).findFirst().orElse(null);
    }
}
