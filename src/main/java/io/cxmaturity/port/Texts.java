package io.cxmaturity.port;

/** The product's own texts (i18n bundles) in the current user's language. */
public interface Texts {
    /** The text for {@code key} with its {0}, {1} … arguments filled in; the key itself when it is missing. */
    String get(String key, Object... arguments);
}
