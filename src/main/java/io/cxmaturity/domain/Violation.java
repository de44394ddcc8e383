package io.cxmaturity.domain;

import java.util.List;

/** A rule an input broke: the field it concerns, a stable code for translation, and the code's arguments. */
public record Violation(String field, String code, List<Object> arguments) {
    public Violation {
        arguments = List.copyOf(arguments);
    }

    public static Violation of(String field, String code, Object... arguments) {
        return new Violation(field, code, List.of(arguments));
    }
}
