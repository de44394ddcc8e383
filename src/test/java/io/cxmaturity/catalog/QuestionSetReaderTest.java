package io.cxmaturity.catalog;

import io.cxmaturity.domain.Language;
import io.cxmaturity.domain.QuestionSet;
import io.cxmaturity.testing.Definitions;
import org.junit.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/** Bad definitions are refused with the JSON path of each problem and a reason; good ones are read whole. */
public class QuestionSetReaderTest {
    private final QuestionSetReader reader = new QuestionSetReader();
    private static final String GOOD = Definitions.weighted();

    private List<DefinitionProblem> problems(String json) {
        try {
            reader.read(json);
            fail("expected the definition to be refused");
            return List.of();
        } catch (InvalidDefinitionException e) {
            assertTrue(e.getMessage().contains(e.problems().get(0).path()));
            return e.problems();
        }
    }

    private static String paths(List<DefinitionProblem> problems) {
        return problems.stream().map(p -> p.path() + " " + p.code()).collect(Collectors.joining("; "));
    }

    @Test
    public void readsAGoodDefinition() {
        QuestionSet set = reader.read(GOOD);
        assertEquals("weighted", set.key());
        assertEquals(6, set.questions().size());
        assertEquals(5, set.scoredQuestions().size());
        assertEquals(2.0, set.question("a1").orElseThrow().weight(), 0);
        assertTrue(set.question("b1").orElseThrow().allowNa());
        assertEquals("A one ру", set.question("a1").orElseThrow().text().in(Language.RU));
    }

    @Test
    public void duplicateKeys() {
        List<DefinitionProblem> p = problems(GOOD.replace("\"key\":\"a2\"", "\"key\":\"a1\""));
        assertEquals("$.questions[1].key duplicate-key", paths(p));
        assertTrue(p.get(0).reason().contains("duplicate key 'a1'"));
        List<DefinitionProblem> blocks = problems(GOOD.replace("{\"key\":\"b\",\"title\"", "{\"key\":\"a\",\"title\""));
        assertTrue(paths(blocks), paths(blocks).startsWith("$.blocks[1].key duplicate-key"));
    }

    @Test
    public void questionInAnUnknownBlock() {
        List<DefinitionProblem> p = problems(GOOD.replace("\"block\":\"b\",\"text\":{\"en\":\"B two\"",
                "\"block\":\"c\",\"text\":{\"en\":\"B two\""));
        assertEquals("$.questions[3].block unknown-block", paths(p));
        assertEquals("unknown block 'c'", p.get(0).reason());
    }

    @Test
    public void overlappingAndGappedBands() {
        List<DefinitionProblem> overlap = problems(GOOD.replace("\"min\":6,\"max\":11", "\"min\":5,\"max\":11"));
        assertEquals("$.stages[1].band.min band-overlap", paths(overlap));
        assertTrue(overlap.get(0).reason().contains("overlaps the band of stage 1"));
        List<DefinitionProblem> gap = problems(GOOD.replace("\"min\":12,\"max\":17", "\"min\":13,\"max\":17"));
        assertEquals("$.stages[2].band.min band-gap", paths(gap));
        assertTrue(gap.get(0).reason().contains("gap between stage 2"));
        List<DefinitionProblem> top = problems(GOOD.replace("\"min\":18,\"max\":24", "\"min\":18,\"max\":23"));
        assertEquals("$.stages[3].band.max band-top", paths(top));
    }

    @Test
    public void scaleWithMinNotBelowMax() {
        List<DefinitionProblem> p = problems(GOOD.replace("\"min\":0,\"max\":4", "\"min\":4,\"max\":4"));
        assertTrue(paths(p), paths(p).startsWith("$.answerTypes.s.max scale-range"));
        assertTrue(p.get(0).reason().contains("greater than min"));
    }

    @Test
    public void missingOrEmptyLanguage() {
        List<DefinitionProblem> missing = problems(GOOD.replace(",\"uk\":\"Weighted ук\"", ""));
        assertEquals("$.title.uk missing-language", paths(missing));
        assertEquals("missing text in uk", missing.get(0).reason());
        List<DefinitionProblem> empty = problems(GOOD.replace("\"ru\":\"A one ру\"", "\"ru\":\"  \""));
        assertEquals("$.questions[0].text.ru empty-text", paths(empty));
    }

    @Test
    public void otherMistakesAreNamedToo() {
        assertEquals("$ malformed", paths(problems("{\"key\":")));
        assertEquals("$.questions[0].answer unknown-answer-type",
                paths(problems(GOOD.replace("\"answer\":\"s\",\"weight\":2", "\"answer\":\"x\",\"weight\":2"))));
        assertEquals("$.questions[0].weight weight-range",
                paths(problems(GOOD.replace("\"weight\":2", "\"weight\":0"))));
        assertEquals("$.answerTypes.s.labels missing-label",
                paths(problems(GOOD.replace(",\"4\":{\"en\":\"four\",\"ru\":\"four ру\",\"uk\":\"four ук\"}", ""))));
        assertEquals("$.colour unknown-property", paths(problems(GOOD.replace("{\"key\":\"weighted\"",
                "{\"colour\":\"red\",\"key\":\"weighted\""))));
        assertEquals("$.key key-format", paths(problems(GOOD.replace("\"key\":\"weighted\"", "\"key\":\"Weighted Set\""))));
    }

    @Test
    public void everyProblemIsReportedAtOnce() {
        String twoWrong = GOOD.replace("\"key\":\"a2\"", "\"key\":\"a1\"").replace(",\"uk\":\"Weighted ук\"", "");
        assertEquals(2, problems(twoWrong).size());
    }
}
