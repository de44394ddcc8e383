package io.cxmaturity.catalog;

import io.cxmaturity.domain.QuestionSet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The question sets the product ships with, read from {@code catalog/<key>.json} on the plugin's class path.
 * They are validated once, when first asked for; a broken built-in set is a build error (a test reads all).
 */
public final class BuiltInCatalog {
    /** The flagship: six building blocks of customer-centricity. */
    public static final String FLAGSHIP = "six-blocks";

    public static final List<String> KEYS =
            List.of(FLAGSHIP, "contact-centre", "cx-checklist", "nine-foundations", "cx-programme");

    private final QuestionSetReader reader = new QuestionSetReader();
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    /** A built-in set: its definition as shipped and the parsed set. */
    public record Entry(String key, String json, QuestionSet set) {
    }

    public synchronized List<Entry> all() {
        return KEYS.stream().map(this::load).toList();
    }

    public synchronized Optional<Entry> find(String key) {
        if (key == null || !KEYS.contains(key)) {
            return Optional.empty();
        }
        return Optional.of(load(key));
    }

    private Entry load(String key) {
        return entries.computeIfAbsent(key, k -> {
            String json = resource("catalog/" + k + ".json");
            return new Entry(k, json, reader.read(json));
        });
    }

    private static String resource(String name) {
        try (InputStream in = BuiltInCatalog.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("built-in question set missing from the plugin: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
