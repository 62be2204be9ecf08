package org.actionmap.plan.catalogue;

/** A short text in Chinese and English; {@code en} may be null where only the Chinese is needed. */
public record LocalizedText(String zh, String en) {

    /** The text for a language tag ("zh", "zh-CN", "en" ...), falling back to Chinese. */
    public String in(String languageTag) {
        return languageTag != null && languageTag.startsWith("en") && en != null && !en.isBlank() ? en : zh;
    }
}
