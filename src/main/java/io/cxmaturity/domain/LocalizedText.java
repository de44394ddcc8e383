package io.cxmaturity.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** A text written in each of the product's languages. */
public final class LocalizedText {
    private final Map<Language, String> texts;

    private LocalizedText(Map<Language, String> texts) {
        this.texts = Collections.unmodifiableMap(new EnumMap<>(texts));
    }

    public static LocalizedText of(Map<Language, String> texts) {
        if (texts.isEmpty()) {
            return new LocalizedText(new EnumMap<>(Language.class));
        }
        return new LocalizedText(new EnumMap<>(texts));
    }

    public static LocalizedText of(String en, String ru, String uk) {
        Map<Language, String> map = new EnumMap<>(Language.class);
        map.put(Language.EN, en);
        map.put(Language.RU, ru);
        map.put(Language.UK, uk);
        return new LocalizedText(map);
    }

    /** The same text in every language (for names a user typed once, such as a department). */
    public static LocalizedText same(String text) {
        return of(text, text, text);
    }

    /** The text in that language, falling back to English, then to any language given. */
    public String in(Language language) {
        String text = texts.get(language);
        if (text != null && !text.isBlank()) {
            return text;
        }
        text = texts.get(Language.EN);
        if (text != null && !text.isBlank()) {
            return text;
        }
        return texts.values().stream().filter(t -> t != null && !t.isBlank()).findFirst().orElse("");
    }

    /** The text in exactly that language, or null when it is missing. */
    public String exactly(Language language) {
        return texts.get(language);
    }

    public Map<Language, String> asMap() {
        return texts;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalizedText && ((LocalizedText) other).texts.equals(texts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(texts);
    }

    @Override
    public String toString() {
        return in(Language.EN);
    }
}
