package org.actionmap.shell;

import org.actionmap.plan.document.PlanDocumentProblem;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text the UI shows exists in English and in Chinese. */
class TranslationBundlesTest {

    private static final Pattern LITERAL_KEY = Pattern.compile(
            "(?:getTranslation|TranslationHelper\\.t|UserMessageException|NotPermittedException|ImportProblem)\\(\\s*(?:\\d+,\\s*)?\"([a-zA-Z0-9._-]+)\"");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationBundlesTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            p.load(new InputStreamReader(Objects.requireNonNull(in, name), StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndChineseHaveTheSameKeys() throws IOException {
        assertThat(load("translations_zh_CN.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("translations.properties").stringPropertyNames());
    }

    @Test
    void everyKeyWrittenInTheCodeIsTranslated() throws IOException {
        Set<String> keys = load("translations_zh_CN.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    // "status." + name and the like are prefixes, checked per value in the test below
                    if (!m.group(1).endsWith(".")) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(100);
        assertThat(keys).containsAll(used);
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        for (String name : java.util.List.of("translations.properties", "translations_zh_CN.properties")) {
            java.util.Map<String, Long> counts;
            try (InputStream in = TranslationBundlesTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
                // a later definition silently replaces an earlier one, so a key reused for a new text breaks the old one
                counts = new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8).lines()
                        .filter(l -> !l.isBlank() && !l.startsWith("#") && l.contains("="))
                        .map(l -> l.substring(0, l.indexOf('=')).trim())
                        .collect(java.util.stream.Collectors.groupingBy(k -> k, java.util.stream.Collectors.counting()));
            }
            assertThat(counts.entrySet().stream().filter(e -> e.getValue() > 1).map(java.util.Map.Entry::getKey))
                    .as(name).isEmpty();
        }
    }

    /**
     * Vaadin formats a text with {@link java.text.MessageFormat} when it is given arguments, where a single quote starts
     * a quoted part: "The file's .cpg says {0}" shows "The files .cpg says {0}". A text with placeholders therefore
     * doubles its apostrophes ({@code file''s}), and one without (shown as it is) must not; each formats with sample
     * arguments, its choices included, fills every placeholder and keeps every apostrophe.
     */
    @Test
    void everyTextWithPlaceholdersFormatsThemAllAndKeepsItsApostrophes() throws IOException {
        Pattern placeholder = Pattern.compile("\\{\\d");
        for (String name : List.of("translations.properties", "translations_zh_CN.properties")) {
            Properties texts = load(name);
            Locale locale = name.contains("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
            for (String key : new TreeSet<>(texts.stringPropertyNames())) {
                String text = texts.getProperty(key);
                if (!placeholder.matcher(text).find()) {
                    assertThat(text).as("%s %s is shown as it is", name, key).doesNotContain("''");
                    continue;
                }
                java.text.MessageFormat format = new java.text.MessageFormat(text, locale);
                java.text.Format[] formats = format.getFormatsByArgumentIndex();
                for (int sample : new int[]{1, 7, 1234}) {
                    Object[] args = new Object[formats.length];
                    for (int i = 0; i < args.length; i++) {
                        args[i] = formats[i] instanceof java.text.DateFormat ? new Date(0) : sample;
                    }
                    String shown = format.format(args);
                    assertThat(shown).as("%s %s with %d", name, key, sample).doesNotContainPattern("\\{\\d");
                    assertThat(shown.chars().filter(c -> c == '\'').count()).as("%s %s keeps its apostrophes: %s", name, key, shown)
                            .isEqualTo(text.split("''", -1).length - 1);
                }
            }
        }
    }

    @Test
    void everyPlanDocumentProblemIsTranslated() throws Exception {
        Set<String> keys = load("translations_zh_CN.properties").stringPropertyNames();
        for (var field : PlanDocumentProblem.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                assertThat(keys).contains((String) field.get(null));
            }
        }
    }

    @Test
    void everyStateRoleAndUnitKindIsTranslated() throws IOException {
        Set<String> keys = load("translations_zh_CN.properties").stringPropertyNames();
        for (var s : org.actionmap.plan.TargetStatus.values()) assertThat(keys).contains("status." + s.name());
        for (var r : org.actionmap.security.Role.values()) assertThat(keys).contains("user.role." + r.name());
        for (var k : org.actionmap.security.UnitKind.values()) assertThat(keys).contains("unit.kind." + k.name());
        for (var a : org.actionmap.plan.Accumulation.values()) assertThat(keys).contains("progress.hint." + a.name());
        for (var l : org.actionmap.security.UserService.SUPPORTED_LOCALES) assertThat(keys).contains("language." + l);
        for (var s : org.actionmap.land.ParcelStatus.values()) assertThat(keys).contains("parcel.status." + s.name());
        for (var p : org.actionmap.land.ParcelPurpose.values()) assertThat(keys).contains("parcel.purpose." + p.name());
        for (var currency : List.of("yuan", "usd")) {
            for (var size : List.of("large", "medium", "plain")) assertThat(keys).contains("money." + currency + "." + size);
        }
    }
}
