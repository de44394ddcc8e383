package io.cxmaturity.macro;

import com.google.template.soy.SoyFileSet;
import com.google.template.soy.tofu.SoyTofu;
import io.cxmaturity.host.SoyCheckAccess;
import org.junit.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Every template file compiles, all together, with the strict checks of Closure Templates (unused or
 * undeclared parameters, unknown calls); and every template a Java class renders by name exists. A broken
 * template would otherwise only show as an error box on a Confluence page.
 */
public class SoyTemplatesTest {
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern NAMESPACE = Pattern.compile("\\{namespace ([A-Za-z.]+)");
    private static final Pattern TEMPLATE = Pattern.compile("\\{template (\\.[A-Za-z]+)");
    private static final Pattern RENDERED = Pattern.compile("\"(CxMaturity\\.Templates\\.[A-Za-z]+\\.[A-Za-z]+)\"");

    private static List<Path> soyFiles() throws IOException {
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".soy")).sorted().collect(Collectors.toList());
        }
    }

    private static SoyTofu compileAll() throws IOException {
        SoyFileSet.Builder builder = SoyCheckAccess.builder();
        for (Path file : soyFiles()) {
            builder.add(file.toFile());
        }
        return builder.build().compileToTofu();
    }

    @Test
    public void allTemplatesCompileTogether() throws IOException {
        assertFalse(soyFiles().isEmpty());
        compileAll();
    }

    @Test
    public void everyTemplateNamedInJavaExists() throws IOException {
        compileAll();
        java.util.Set<String> declared = new java.util.HashSet<>();
        for (Path file : soyFiles()) {
            String text = Files.readString(file);
            Matcher ns = NAMESPACE.matcher(text);
            assertTrue(file + " has a namespace", ns.find());
            TEMPLATE.matcher(text).results().forEach(t -> declared.add(ns.group(1) + t.group(1)));
        }
        List<String> named;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            named = sources.filter(f -> f.toString().endsWith(".java")).flatMap(f -> {
                try {
                    Matcher m = RENDERED.matcher(Files.readString(f));
                    return m.results().map(r -> r.group(1)).collect(Collectors.toList()).stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).distinct().collect(Collectors.toCollection(java.util.ArrayList::new));
        }
        assertFalse("no template names found in the Java sources", named.isEmpty());
        for (ResultsMacro.View view : ResultsMacro.View.values()) {
            named.add("CxMaturity.Templates.Results." + view.name().toLowerCase(java.util.Locale.ROOT));
        }
        for (String template : named) {
            assertTrue(template + " is rendered by Java code but no template declares it",
                    declared.contains(template));
        }
    }
}
