package io.cxmaturity.domain.scoring;

import io.cxmaturity.catalog.QuestionSetReader;
import io.cxmaturity.domain.Answer;
import io.cxmaturity.domain.QuestionSet;
import io.cxmaturity.testing.Definitions;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** Change between two rounds, counting only the questions both versions share. */
public class TrendsTest {
    private static final QuestionSet V1 = new QuestionSetReader().read(Definitions.weighted());
    /** Version 2: a2 is replaced by a new question a3; everything else keeps its key. */
    private static final QuestionSet V2 = new QuestionSetReader().read(Definitions.weighted()
            .replace("\"version\":1", "\"version\":2").replace("\"key\":\"a2\"", "\"key\":\"a3\""));

    private static List<Answer> sheet(QuestionSet set, int a1, int second, int b1, int b2, int b3) {
        String secondKey = set.question("a2").isPresent() ? "a2" : "a3";
        return List.of(Answer.of("a1", "" + a1), Answer.of(secondKey, "" + second), Answer.of("b1", "" + b1),
                Answer.of("b2", "" + b2), Answer.of("b3", "" + b3));
    }

    @Test
    public void deltasUseOnlyQuestionsThatKeptTheirKeys() {
        List<List<Answer>> before = List.of(sheet(V1, 1, 4, 1, 1, 1), sheet(V1, 2, 4, 2, 2, 2), sheet(V1, 3, 4, 3, 3, 3));
        List<List<Answer>> after = List.of(sheet(V2, 3, 0, 3, 3, 3), sheet(V2, 4, 0, 4, 4, 4), sheet(V2, 2, 0, 2, 2, 2));
        Trend trend = Trends.compare(V1, before, V2, after);

        assertEquals(List.of("a1", "b1", "b2", "b3"), trend.comparable());
        assertEquals(List.of("a3", "a2"), trend.notComparable());
        TrendPoint a = trend.block("a").orElseThrow();
        assertEquals("a1 only: median 2 of 4 before", 50, a.from(), 1e-9);
        assertEquals("median 3 of 4 after", 75, a.to(), 1e-9);
        assertEquals(25, a.delta(), 1e-9);
        assertEquals(3, a.fromRespondents());
        TrendPoint b = trend.block("b").orElseThrow();
        assertEquals(25, b.delta(), 1e-9);
        assertEquals("total over a1 (weight 2) and b1-b3: 2*2+2+2+2 of 20 before, 2*3+3+3+3 after", 25,
                trend.total().delta(), 1e-9);
    }

    @Test
    public void aRoundWithoutAnswersHasNoDelta() {
        Trend trend = Trends.compare(V1, List.of(), V2, List.of(sheet(V2, 3, 0, 3, 3, 3)));
        assertTrue(Double.isNaN(trend.total().delta()));
        assertEquals(0, trend.total().fromRespondents());
        assertEquals(1, trend.total().toRespondents());
    }
}
