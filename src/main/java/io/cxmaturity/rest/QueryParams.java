package io.cxmaturity.rest;

import io.cxmaturity.service.ServiceException;

/**
 * Numbers in query parameters, read the way {@link JsonRequest} reads them in bodies: a value that is not a
 * whole number, or out of range, is a 400 naming the parameter. (A parameter typed {@code Long} would make the
 * JAX-RS runtime answer 404 without saying which parameter was wrong.)
 */
final class QueryParams {
    private QueryParams() {
    }

    /** An optional positive id; null when the parameter is missing or empty. */
    static Long id(String text, String field) {
        return number(text, field, 1, Long.MAX_VALUE);
    }

    /** A required positive id. */
    static long requiredId(String text, String field) {
        Long value = id(text, field);
        if (value == null) {
            throw ServiceException.invalid("required", field);
        }
        return value;
    }

    /** An optional whole number within [min, max]; null when the parameter is missing or empty. */
    static Long number(String text, String field, long min, long max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        long value;
        try {
            value = Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw ServiceException.invalid("not-integer", field);
        }
        if (value < min || value > max) {
            throw ServiceException.invalid("out-of-range", field, min, max);
        }
        return value;
    }
}
