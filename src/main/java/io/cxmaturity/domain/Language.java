package io.cxmaturity.domain;

import java.util.Locale;

/** The languages every user-facing text of the product exists in. */
public enum Language {
    EN("en"), RU("ru"), UK("uk");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** The language for a locale; English for anything the product does not speak. */
    public static Language of(Locale locale) {
        if (locale == null) {
            return EN;
        }
        return fromCode(locale.getLanguage());
    }

    /** The language for an ISO code such as "ru"; English for null or an unknown code. */
    public static Language fromCode(String code) {
        if (code != null) {
            for (Language language : values()) {
                if (language.code.equalsIgnoreCase(code.trim())) {
                    return language;
                }
            }
        }
        return EN;
    }

    public static boolean isSupported(String code) {
        if (code == null) {
            return false;
        }
        for (Language language : values()) {
            if (language.code.equals(code)) {
                return true;
            }
        }
        return false;
    }
}
