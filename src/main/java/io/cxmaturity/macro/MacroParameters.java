package io.cxmaturity.macro;

import java.util.Map;

/** Reads macro parameters: Confluence leaves out the ones a user left empty, and every value is a string. */
final class MacroParameters {
    private final Map<String, String> parameters;

    MacroParameters(Map<String, String> parameters) {
        this.parameters = parameters == null ? Map.of() : parameters;
    }

    String text(String name) {
        String value = parameters.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A positive whole number, or null when absent or not a number. */
    Long id(String name) {
        String value = text(name);
        if (value == null || !value.matches("[0-9]{1,10}")) {
            return null;
        }
        long id = Long.parseLong(value);
        return id > 0 ? id : null;
    }
}
