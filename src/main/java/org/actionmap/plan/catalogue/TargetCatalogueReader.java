package org.actionmap.plan.catalogue;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads a target catalogue from YAML and refuses it, with every error found, unless it is
 * consistent in itself (unique codes, a max for every range, names in both languages, breakdowns
 * that add up ...). Whether it fits its plan document and its units file is checked elsewhere
 * ({@link CatalogueCheck}), because this reader knows neither.
 */
public class TargetCatalogueReader {

    private final ObjectMapper mapper = createMapper();

    public TargetCatalogue read(InputStream in) throws TargetCatalogueException {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the target catalogue", e);
        }
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            throw new TargetCatalogueException(List.of("the catalogue is empty"));
        }
        CatalogueFile file;
        try {
            file = mapper.readValue(bytes, CatalogueFile.class);
        } catch (JsonProcessingException e) {
            throw new TargetCatalogueException(List.of(describe(e)));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the target catalogue", e);
        }
        if (file == null) {
            throw new TargetCatalogueException(List.of("the catalogue is empty"));
        }
        List<String> errors = new CatalogueValidator().validate(file);
        if (!errors.isEmpty()) {
            throw new TargetCatalogueException(errors);
        }
        return new TargetCatalogue(file.plan(), file.tasks(), file.targets(), file.notTargets());
    }

    private static ObjectMapper createMapper() {
        SimpleModule mapSources = new SimpleModule("map-sources")
                .addDeserializer(MapSource.class, new JsonDeserializer<>() {
                    @Override
                    public MapSource deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                        String key = parser.getValueAsString();
                        try {
                            return MapSource.fromKey(key);
                        } catch (IllegalArgumentException e) {
                            throw JsonMappingException.from(parser, e.getMessage());
                        }
                    }
                });
        return JsonMapper.builder(new YAMLFactory())
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                // a key written twice (two "value:" lines) would otherwise silently keep the last one
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .addModule(mapSources)
                .build();
    }

    /**
     * "line 12: <what the YAML parser says>" for syntax errors, "<what Jackson says> (at
     * targets[3].comparator)" for mapping errors: Jackson buffers a record's properties before it
     * builds it, so its line for a mapping error points past the entry, and the path is the better guide.
     */
    private static String describe(JsonProcessingException e) {
        StringBuilder text = new StringBuilder();
        boolean hasPath = e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty();
        JsonLocation location = e.getLocation();
        if (!hasPath && location != null && location.getLineNr() > 0) {
            text.append("line ").append(location.getLineNr()).append(": ");
        }
        text.append(e.getOriginalMessage());
        if (hasPath) {
            JsonMappingException mapping = (JsonMappingException) e;
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference reference : mapping.getPath()) {
                if (reference.getFieldName() != null) {
                    path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
                } else {
                    path.append('[').append(reference.getIndex()).append(']');
                }
            }
            text.append(" (at ").append(path).append(')');
        }
        return text.toString();
    }
}
