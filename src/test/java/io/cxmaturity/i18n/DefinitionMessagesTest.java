package io.cxmaturity.i18n;

import org.junit.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Every problem a question-set definition can have is explained to space admins in their language: each code
 * the reader and the editor report has a {@code cx-maturity.definition.<code>} text in all three bundles.
 */
public class DefinitionMessagesTest {
    private static final Path ROOT = Path.of(System.getProperty("cx.basedir", "."));
    /** A problem code as the reader and the editor write it: add(path, "code", "reason" … or problem(…). */
    private static final Pattern CODE = Pattern.compile(
            "(?:add|problem|DefinitionProblem)\\(\\s*[^;]*?,\\s*\"([a-z-]+)\",\\s*(?:\"|List\\.of)", Pattern.DOTALL);

    private static Set<String> codes() throws IOException {
        Set<String> codes = new TreeSet<>();
        for (String source : List.of("catalog/QuestionSetReader.java", "service/QuestionSetAdminService.java")) {
            Matcher m = CODE.matcher(Files.readString(ROOT.resolve("src/main/java/io/cxmaturity/" + source)));
            while (m.find()) {
                codes.add(m.group(1));
            }
        }
        return codes;
    }

    @Test
    public void everyDefinitionProblemHasATextInEveryLanguage() throws IOException {
        Set<String> codes = codes();
        assertTrue("the codes are found: " + codes, codes.containsAll(Set.of("band-overlap", "band-gap",
                "empty-text", "unknown-block", "duplicate-key", "scale-range", "text-too-long", "too-many",
                "key-mismatch")));
        for (String suffix : List.of("", "_ru", "_uk")) {
            Properties bundle = new Properties();
            try (Reader reader = Files.newBufferedReader(ROOT.resolve("i18n/cx-maturity" + suffix + ".properties"),
                    StandardCharsets.ISO_8859_1)) {
                bundle.load(reader);
            }
            List<String> missing = new ArrayList<>();
            for (String code : codes) {
                if (bundle.getProperty("cx-maturity.definition." + code) == null) {
                    missing.add(code);
                }
            }
            assertEquals("definition problems without a text in cx-maturity" + suffix, List.of(), missing);
        }
    }
}
