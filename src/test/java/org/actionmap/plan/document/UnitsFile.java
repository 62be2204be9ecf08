package org.actionmap.plan.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.actionmap.security.OrgUnitNames;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The demo city's units file as the tests see it. Read with Jackson's tree model on purpose: the
 * application's own unit loader belongs to the security module, and these tests check the data,
 * not that loader.
 */
public final class UnitsFile {

    public static final String UNITS_RESOURCE = "/demo/lanxi-2011/units.yaml";

    public record Unit(String code, String kind, String parent, String nbsCode, String zh, String en,
                       List<String> aliases) {

        /** The English name and every alias, normalised as matching does. */
        public Set<String> matchingNames() {
            return Stream.concat(Stream.of(en), aliases.stream())
                    .map(OrgUnitNames::normalize)
                    .collect(Collectors.toSet());
        }
    }

    private UnitsFile() {
    }

    public static List<Unit> load() {
        try (InputStream in = UnitsFile.class.getResourceAsStream(UNITS_RESOURCE)) {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            List<Unit> units = new ArrayList<>();
            for (JsonNode node : root.path("units")) {
                List<String> aliases = new ArrayList<>();
                node.path("aliases").forEach(a -> aliases.add(a.asText()));
                units.add(new Unit(text(node, "code"), text(node, "kind"), text(node, "parent"),
                        text(node, "nbs_code"), text(node.path("name"), "zh"), text(node.path("name"), "en"),
                        aliases));
            }
            return units;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The units whose English name or an alias matches the phrase once both are normalised. */
    public static List<Unit> resolve(List<Unit> units, String phrase) {
        String key = OrgUnitNames.normalize(phrase);
        return units.stream().filter(u -> u.matchingNames().contains(key)).toList();
    }

    public static Set<String> codes(List<Unit> units) {
        return units.stream().map(Unit::code).collect(Collectors.toSet());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
