package io.cxmaturity.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.cxmaturity.domain.BuildingBlock;
import io.cxmaturity.domain.Language;
import io.cxmaturity.domain.LocalizedText;
import io.cxmaturity.domain.Question;
import io.cxmaturity.domain.QuestionSet;
import io.cxmaturity.domain.Stage;
import io.cxmaturity.domain.scoring.RespondentScore;
import io.cxmaturity.domain.scoring.Scoring;
import io.cxmaturity.testing.Sheets;
import org.junit.Test;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/** The five built-in sets: they load, validate against the published schema, and are complete in en/ru/uk. */
public class BuiltInCatalogTest {
    private static final BuiltInCatalog CATALOG = new BuiltInCatalog();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static QuestionSet set(String key) {
        return CATALOG.find(key).orElseThrow().set();
    }

    private static Map<String, Long> perBlock(QuestionSet set) {
        return set.scoredQuestions().stream().collect(Collectors.groupingBy(Question::blockKey,
                java.util.LinkedHashMap::new, Collectors.counting()));
    }

    @Test
    public void allFiveLoadAndValidateAgainstThePublishedSchema() throws Exception {
        JsonSchema schema;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("catalog/question-set.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        assertEquals(5, CATALOG.all().size());
        for (BuiltInCatalog.Entry entry : CATALOG.all()) {
            Set<ValidationMessage> errors = schema.validate(JSON.readTree(entry.json()));
            assertEquals(entry.key() + " against the schema", Set.of(), errors);
            assertEquals(1, entry.set().version());
        }
    }

    @Test
    public void theSchemaRejectsWhatTheReaderRejects() throws Exception {
        JsonSchema schema;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("catalog/question-set.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        String broken = CATALOG.find("cx-checklist").orElseThrow().json().replaceFirst("\"uk\": \"[^\"]*\"", "\"xx\": \"x\"");
        assertFalse(schema.validate(JSON.readTree(broken)).isEmpty());
    }

    @Test
    public void flagshipHasSixBlocksNineteenItemsAndFiveStagesWithEverything() {
        QuestionSet s = set("six-blocks");
        assertEquals(List.of("strategy", "processes", "metrics", "data", "technology", "people"),
                s.blocks().stream().map(BuildingBlock::key).toList());
        assertEquals(19, s.scoredQuestions().size());
        assertEquals(List.of(4L, 3L, 3L, 3L, 3L, 3L), new ArrayList<>(perBlock(s).values()));
        assertEquals(5, s.stages().size());
        assertEquals(List.of(0, 20, 39, 58, 77), s.stages().stream().map(Stage::min).toList());
        for (Stage stage : s.stages()) {
            assertNotNull(stage.summary());
            for (BuildingBlock block : s.blocks()) {
                int statements = stage.statementsFor(block.key()).size();
                assertTrue("stage " + stage.number() + " block " + block.key(), statements >= 2 && statements <= 3);
            }
            assertTrue(stage.drivers().size() >= 4);
        }
        assertEquals(5, s.stage(1).orElseThrow().drivers().size());
        assertEquals(4, s.guidance().size());
        assertEquals(4, s.transitions().size());
        for (Question q : s.scoredQuestions()) {
            assertEquals(0, q.answerType().minPoints());
            assertEquals(5, q.answerType().maxPoints());
            assertTrue(q.answerType().options().stream().allMatch(o -> o.label() != null));
        }
    }

    @Test
    public void contactCentreHasTwentyStatementsInFiveAreasAndFourFacets() {
        QuestionSet s = set("contact-centre");
        assertEquals(List.of(4L, 3L, 7L, 2L, 4L), new ArrayList<>(perBlock(s).values()));
        assertEquals(List.of(20, 36, 52, 68, 84), s.stages().stream().map(Stage::min).toList());
        assertEquals(100, s.stages().get(4).max());
        assertEquals(Set.of("people", "process", "technology", "metrics"),
                s.facets().stream().map(f -> f.key()).collect(Collectors.toSet()));
        for (Stage stage : s.stages()) {
            assertEquals(4, stage.facets().size());
        }
        assertEquals(4, s.transitions().size());
        assertNotNull(s.credit());
        assertTrue(s.credit().in(Language.EN).contains("ICMI"));
        assertFalse(s.title().in(Language.EN).contains("ICMI"));
    }

    @Test
    public void checklistHasTwentySixYesNoItemsAndNoStages() {
        QuestionSet s = set("cx-checklist");
        assertEquals(List.of(6L, 6L, 6L, 4L, 4L), new ArrayList<>(perBlock(s).values()));
        assertFalse(s.hasStages());
        assertTrue(s.scoredQuestions().stream().allMatch(q -> q.nextStep() != null));
        RespondentScore all = Scoring.score(s, Sheets.all(s, 1));
        assertEquals(26, all.points(), 0);
    }

    @Test
    public void nineFoundationsAndProgrammeSets() {
        QuestionSet nine = set("nine-foundations");
        assertEquals(9, nine.blocks().size());
        assertTrue(perBlock(nine).values().stream().allMatch(n -> n >= 2 && n <= 3));
        assertEquals(List.of(0, 21, 41, 61, 81), nine.stages().stream().map(Stage::min).toList());
        QuestionSet programme = set("cx-programme");
        int n = programme.scoredQuestions().size();
        assertTrue(n >= 10 && n <= 15);
        assertEquals(List.of("personas", "journey-maps", "voc-programme"),
                programme.initiatives().stream().map(i -> i.key()).toList());
        programme.initiatives().forEach(i -> {
            assertNotNull(i.whenToStart());
            assertNotNull(i.levelUp());
        });
        assertTrue(programme.credit().in(Language.EN).contains("Gartner"));
    }

    @Test
    public void everyTextExistsInEveryLanguageAndIsTranslated() throws Exception {
        for (BuiltInCatalog.Entry entry : CATALOG.all()) {
            List<String> problems = new ArrayList<>();
            walk(JSON.readTree(entry.json()), "$", problems);
            assertEquals(entry.key(), List.of(), problems);
        }
    }

    /** Every object with an "en" text also has ru and uk, non-empty, and not the English copied. */
    private static void walk(JsonNode node, String path, List<String> problems) {
        if (node.isObject()) {
            if (node.has("en")) {
                for (String lang : List.of("en", "ru", "uk")) {
                    if (!node.hasNonNull(lang) || node.get(lang).asText().isBlank()) {
                        problems.add(path + "." + lang + " missing");
                    }
                }
                String en = node.path("en").asText();
                if (en.length() > 12 && (en.equals(node.path("ru").asText()) || en.equals(node.path("uk").asText()))) {
                    problems.add(path + " not translated");
                }
                if (node.path("uk").asText().matches("(?s).*[ыэъё].*")) {
                    problems.add(path + ".uk has Russian letters");
                }
                return;
            }
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                walk(field.getValue(), path + "." + field.getKey(), problems);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", problems);
            }
        }
    }

    @Test
    public void aFullAnswerSheetScoresInEveryLanguage() {
        for (BuiltInCatalog.Entry entry : CATALOG.all()) {
            QuestionSet s = entry.set();
            RespondentScore score = Scoring.score(s, Sheets.each(s, q -> q.answerType().maxPoints()));
            assertEquals(entry.key(), s.maxPoints(), score.points(), 1e-9);
            for (Language language : Language.values()) {
                score.stage().ifPresent(stage -> assertFalse(stage.name().exactly(language).isBlank()));
                for (Question q : s.questions()) {
                    LocalizedText text = q.text();
                    assertFalse(entry.key() + " " + q.key() + " " + language, text.exactly(language).isBlank());
                }
            }
            if (s.hasStages()) {
                assertEquals(entry.key(), s.stages().size(), score.stage().orElseThrow().number());
            }
        }
    }
}
