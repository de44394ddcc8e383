package io.cxmaturity.i18n;

import org.junit.Test;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Every user-facing text exists in English, Russian and Ukrainian: the three bundles have the same keys,
 * no value is empty or left untranslated, the files are ASCII (\\u escapes read the same whatever encoding
 * Confluence assumes), and every key the code, templates and scripts use is in the bundles.
 */
public class I18nBundleTest {
    private static final Path ROOT = Path.of(System.getProperty("cx.basedir", "."));
    private static final Pattern KEY_IN_SOURCE = Pattern.compile("[\"'](cx-maturity\\.[a-z0-9.-]+[a-z0-9])[\"']");
    private static final Pattern ERROR_CODE = Pattern.compile(
            "ServiceException\\.(?:invalid|notFound|conflict|forbidden)\\(\\s*\"([a-z0-9-]+)\"");
    private static final Pattern VIOLATION_CODE = Pattern.compile("Violation\\.of\\([^,]+,\\s*\"([a-z0-9-]+)\"");

    private static Properties load(String suffix) {
        Path file = ROOT.resolve("i18n/cx-maturity" + suffix + ".properties");
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            p.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    @Test
    public void noKeyIsDefinedTwice() throws IOException {
        for (String suffix : new String[]{"", "_ru", "_uk"}) {
            java.util.Map<String, Integer> seen = new java.util.HashMap<>();
            java.util.List<String> twice = new java.util.ArrayList<>();
            for (String line : Files.readAllLines(ROOT.resolve("i18n/cx-maturity" + suffix + ".properties"),
                    StandardCharsets.ISO_8859_1)) {
                int eq = line.indexOf('=');
                if (line.isBlank() || line.startsWith("#") || eq < 0) {
                    continue;
                }
                if (seen.merge(line.substring(0, eq).trim(), 1, Integer::sum) == 2) {
                    twice.add(line.substring(0, eq).trim());
                }
            }
            assertEquals("keys defined twice in cx-maturity" + suffix + ".properties (the last one silently wins)",
                    java.util.List.of(), twice);
        }
    }

    @Test
    public void everyLanguageHasExactlyTheSameKeys() {
        Set<String> en = new TreeSet<>(load("").stringPropertyNames());
        assertEquals("keys only in one bundle (ru)", en, new TreeSet<>(load("_ru").stringPropertyNames()));
        assertEquals("keys only in one bundle (uk)", en, new TreeSet<>(load("_uk").stringPropertyNames()));
        assertTrue(en.size() > 50);
    }

    @Test
    public void noTextIsEmptyUntranslatedOrBrokenAsAPattern() {
        Properties en = load("");
        for (String suffix : List.of("", "_ru", "_uk")) {
            Properties p = load(suffix);
            for (String key : p.stringPropertyNames()) {
                String value = p.getProperty(key);
                assertTrue(key + " is empty in " + suffix, !value.isBlank());
                assertTrue(key + " has an ASCII apostrophe, which MessageFormat would swallow (use ’)",
                        !value.contains("'"));
                new MessageFormat(value);
                if (!suffix.isEmpty() && value.matches(".*[A-Za-z]{4,}.*") && value.equals(en.getProperty(key))) {
                    throw new AssertionError(key + " is not translated in " + suffix + ": " + value);
                }
            }
        }
    }

    @Test
    public void bundlesAreAsciiWithUnicodeEscapes() throws IOException {
        for (String suffix : List.of("", "_ru", "_uk")) {
            byte[] bytes = Files.readAllBytes(ROOT.resolve("i18n/cx-maturity" + suffix + ".properties"));
            for (byte b : bytes) {
                assertTrue("non-ASCII byte in cx-maturity" + suffix + ".properties: run tools/i18n-escape.py", b >= 0);
            }
        }
    }

    @Test
    public void russianAndUkrainianAreNotMixedUp() {
        Properties ru = load("_ru");
        Properties uk = load("_uk");
        for (String key : ru.stringPropertyNames()) {
            assertTrue(key + " has Ukrainian letters in ru", !ru.getProperty(key).matches("(?s).*[іїєґІЇЄҐ].*"));
            assertTrue(key + " has Russian-only letters in uk", !uk.getProperty(key).matches("(?s).*[ыэъёЫЭЪЁ].*"));
        }
    }

    @Test
    public void everyKeyUsedInCodeTemplatesAndScriptsExists() throws IOException {
        Set<String> keys = load("").stringPropertyNames();
        List<String> missing = new ArrayList<>();
        for (Path file : sources()) {
            String text = Files.readString(file);
            Matcher m = KEY_IN_SOURCE.matcher(text);
            while (m.find()) {
                String key = m.group(1);
                if (!key.endsWith(".") && !keys.contains(key) && !key.startsWith("cx-maturity.error.http-")) {
                    missing.add(file.getFileName() + ": " + key);
                }
            }
            for (Pattern p : List.of(ERROR_CODE, VIOLATION_CODE)) {
                Matcher c = p.matcher(text);
                while (c.find()) {
                    if (!keys.contains("cx-maturity.error." + c.group(1))) {
                        missing.add(file.getFileName() + ": cx-maturity.error." + c.group(1));
                    }
                }
            }
        }
        assertEquals("keys used but not in i18n/cx-maturity.properties", List.of(), missing);
    }

    @Test
    public void scriptsNameTheirKeysLiterally() throws IOException {
        // Confluence's jsI18n transformer only replaces AJS.I18n.getText('literal.key', ...)
        Pattern dynamic = Pattern.compile("AJS\\.I18n\\.getText\\(\\s*[^'\"\\s]");
        for (Path file : sources()) {
            if (file.toString().endsWith(".js")) {
                Matcher m = dynamic.matcher(Files.readString(file));
                assertTrue(file + " has a getText call without a literal key", !m.find());
            }
        }
    }

    @Test
    public void everyMacroAndParameterHasMacroBrowserTexts() throws IOException {
        Set<String> keys = load("").stringPropertyNames();
        String descriptor = Files.readString(ROOT.resolve("atlassian-plugin.xml"));
        Matcher macro = Pattern.compile("<xhtml-macro name=\"([a-z-]+)\"(.*?)</xhtml-macro>", Pattern.DOTALL)
                .matcher(descriptor);
        int macros = 0;
        while (macro.find()) {
            macros++;
            String prefix = "io.cxmaturity.cx-maturity." + macro.group(1);
            assertTrue(prefix + ".label", keys.contains(prefix + ".label"));
            assertTrue(prefix + ".desc", keys.contains(prefix + ".desc"));
            Matcher param = Pattern.compile("<parameter name=\"([a-zA-Z]+)\"").matcher(macro.group(2));
            while (param.find()) {
                assertTrue(prefix + ".param." + param.group(1) + ".label",
                        keys.contains(prefix + ".param." + param.group(1) + ".label"));
                assertTrue(prefix + ".param." + param.group(1) + ".desc",
                        keys.contains(prefix + ".param." + param.group(1) + ".desc"));
            }
        }
        assertTrue(macros >= 1);
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> main = Files.walk(ROOT.resolve("src/main"))) {
            return main.filter(Files::isRegularFile)
                    .filter(p -> p.toString().matches(".*\\.(java|soy|js)$"))
                    .collect(Collectors.toList());
        }
    }
}
