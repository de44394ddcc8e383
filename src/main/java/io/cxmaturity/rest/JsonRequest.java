package io.cxmaturity.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cxmaturity.domain.Answer;
import io.cxmaturity.domain.AnswerType;
import io.cxmaturity.service.ServiceException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads request bodies strictly: a size limit checked while reading, well-formed JSON, no unknown properties,
 * the right type for every field. Each refusal names the field, as {@code answers[2].value}.
 */
final class JsonRequest {
    /** Largest body any endpoint reads. */
    static final int MAX_BODY_BYTES = 256 * 1024;
    static final int MAX_ANSWERS = 500;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    private JsonRequest() {
    }

    static JsonNode parse(InputStream body) {
        return parse(body, MAX_BODY_BYTES);
    }

    /** Reads a body that may be larger than {@link #MAX_BODY_BYTES}: a question-set definition, say. */
    static JsonNode parse(InputStream body, int maxBytes) {
        byte[] bytes = read(body, maxBytes);
        if (bytes.length == 0) {
            throw ServiceException.invalid("body-required", null);
        }
        try {
            JsonNode node = MAPPER.readTree(new String(bytes, StandardCharsets.UTF_8));
            if (node == null || !node.isObject()) {
                throw ServiceException.invalid("body-not-object", null);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw ServiceException.invalid("malformed-json", null, e.getLocation() == null ? 0 : e.getLocation().getLineNr());
        }
    }

    private static byte[] read(InputStream in, int limit) {
        if (in == null) {
            return new byte[0];
        }
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int total = 0;
            for (int n; (n = in.read(buffer)) != -1; ) {
                total += n;
                if (total > limit) {
                    throw ServiceException.tooLarge(limit);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void onlyKnown(JsonNode node, String path, Set<String> known) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                throw ServiceException.invalid("unknown-property", path.isEmpty() ? name : path + "." + name, name);
            }
        }
    }

    static String text(JsonNode node, String field, boolean required, int maxLength) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw ServiceException.invalid("required", field);
            }
            return null;
        }
        if (!value.isTextual()) {
            throw ServiceException.invalid("not-text", field);
        }
        String text = value.asText();
        if (required && text.isBlank()) {
            throw ServiceException.invalid("required", field);
        }
        if (text.codePointCount(0, text.length()) > maxLength) {
            throw ServiceException.invalid("too-long", field, maxLength);
        }
        return text;
    }

    static long id(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw ServiceException.invalid("required", field);
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() <= 0) {
            throw ServiceException.invalid("not-id", field);
        }
        return value.asLong();
    }

    /** A required whole number within [min, max]. */
    static long number(JsonNode node, String field, long min, long max) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw ServiceException.invalid("required", field);
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw ServiceException.invalid("not-integer", field);
        }
        long v = value.asLong();
        if (v < min || v > max) {
            throw ServiceException.invalid("out-of-range", field, min, max);
        }
        return v;
    }

    /** An optional boolean. */
    static boolean bool(JsonNode node, String field, boolean fallback) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw ServiceException.invalid("not-boolean", field);
        }
        return value.asBoolean();
    }

    /** An optional ISO date (yyyy-MM-dd). */
    static java.time.LocalDate date(JsonNode node, String field) {
        String text = text(node, field, false, 10);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw ServiceException.invalid("not-date", field);
        }
    }

    /** Answers as {@code [{"question": key, "value": 3 | "yes" | "b" | true, "na": false, "comment": "…"}]}. */
    static List<Answer> answers(JsonNode node, boolean required) {
        JsonNode array = node.get("answers");
        if (array == null || array.isNull()) {
            if (required) {
                throw ServiceException.invalid("required", "answers");
            }
            return List.of();
        }
        if (!array.isArray()) {
            throw ServiceException.invalid("not-array", "answers");
        }
        if (array.size() > MAX_ANSWERS) {
            throw ServiceException.invalid("too-many", "answers", MAX_ANSWERS);
        }
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String at = "answers[" + i + "]";
            JsonNode a = array.get(i);
            if (!a.isObject()) {
                throw ServiceException.invalid("not-object", at);
            }
            onlyKnown(a, at, Set.of("question", "value", "na", "comment"));
            JsonNode q = a.get("question");
            if (q == null || !q.isTextual() || q.asText().isBlank()) {
                throw ServiceException.invalid(q == null || q.isNull() ? "required" : "not-text", at + ".question");
            }
            if (q.asText().length() > 64) {
                throw ServiceException.invalid("unknown-question", at + ".question", q.asText().substring(0, 64));
            }
            String value = value(a.get("value"), at + ".value");
            JsonNode na = a.get("na");
            if (na != null && !na.isNull() && !na.isBoolean()) {
                throw ServiceException.invalid("not-boolean", at + ".na");
            }
            JsonNode comment = a.get("comment");
            if (comment != null && !comment.isNull() && !comment.isTextual()) {
                throw ServiceException.invalid("not-text", at + ".comment");
            }
            String commentText = comment == null || comment.isNull() || comment.asText().isBlank() ? null : comment.asText();
            answers.add(new Answer(q.asText(), value, na != null && na.asBoolean(), commentText));
        }
        return answers;
    }

    private static String value(JsonNode value, String field) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            return String.valueOf(value.asInt());
        }
        if (value.isBoolean()) {
            return value.asBoolean() ? AnswerType.YES : AnswerType.NO;
        }
        if (value.isTextual() && !value.asText().isBlank() && value.asText().length() <= 64) {
            return value.asText();
        }
        throw ServiceException.invalid("not-answer-value", field);
    }
}
