package io.cxmaturity.domain.scoring;

import io.cxmaturity.catalog.QuestionSetReader;
import io.cxmaturity.domain.Answer;
import io.cxmaturity.domain.QuestionSet;
import io.cxmaturity.testing.AnswerSheets;
import io.cxmaturity.testing.Definitions;
import io.cxmaturity.testing.Sheets;
import org.junit.Test;

import java.util.List;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** One respondent's score: weights, not-applicable answers, insufficient data, the weakest block, the gap. */
public class ScoringTest {
    private static final QuestionSet WEIGHTED = new QuestionSetReader().read(Definitions.weighted());

    @Test
    public void weightsMultiplyPointsAndMaximum() {
        RespondentScore s = Scoring.score(WEIGHTED, List.of(Answer.of("a1", "3"), Answer.of("a2", "1"),
                Answer.of("b1", "4"), Answer.of("b2", "2"), Answer.of("b3", "0"),
                new Answer("note", null, false, "comments are not scored")));
        assertEquals(24, WEIGHTED.maxPoints(), 0);
        assertEquals(2 * 3 + 1 + 4 + 2, s.points(), 0);
        assertEquals(24, s.answeredMax(), 0);
        BlockScore a = s.block("a").orElseThrow();
        assertEquals(7, a.points(), 0);
        assertEquals(12, a.maxPoints(), 0);
        assertEquals(7.0 / 12 * 100, a.percent(), 1e-9);
        assertEquals("13 of 24 points", 3, s.stage().orElseThrow().number());
    }

    @Test
    public void notApplicableLeavesTheDenominatorAndScalesTheTotal() {
        RespondentScore s = Scoring.score(WEIGHTED, List.of(Answer.of("a1", "2"), Answer.of("a2", "2"),
                Answer.notApplicable("b1"), Answer.of("b2", "4"), Answer.of("b3", "2")));
        BlockScore b = s.block("b").orElseThrow();
        assertEquals("one of three not applicable (33 %) still scores", false, b.insufficientData());
        assertEquals(8, b.maxPoints(), 0);
        assertEquals(75, b.percent(), 0);
        assertEquals(1, b.notApplicable());
        assertEquals(20, s.answeredMax(), 0);
        assertEquals(12, s.points(), 0);
        assertEquals("12 of 20 answered points count as 14.4 of 24", 14.4, s.score(), 1e-9);
        assertEquals(60, s.percent(), 1e-9);
        assertEquals(3, s.stage().orElseThrow().number());
    }

    @Test
    public void blockWithMoreThanFortyPercentNotApplicableHasInsufficientData() {
        RespondentScore s = Scoring.score(WEIGHTED, List.of(Answer.of("a1", "1"), Answer.of("a2", "1"),
                Answer.notApplicable("b1"), Answer.notApplicable("b2"), Answer.of("b3", "4")));
        BlockScore b = s.block("b").orElseThrow();
        assertTrue(b.insufficientData());
        assertTrue(Double.isNaN(b.percent()));
        assertFalse(b.stage().isPresent());
        assertEquals("the weakest block is one with data", "a", s.weakest().orElseThrow().blockKey());

        // contact-centre: 3 of 20 questions not applicable, all the others at 1: the lowest level, 20 of 100
        QuestionSet cc = AnswerSheets.set("contact-centre");
        RespondentScore low = Scoring.score(cc, Sheets.withTotal(cc, 17,
                Set.of("processes-event-management", "metrics-contact-targets", "technology-omnichannel")));
        assertEquals(17, low.points(), 0);
        assertEquals(85, low.answeredMax(), 0);
        assertEquals(20, low.score(), 1e-9);
        assertEquals(1, low.stage().orElseThrow().number());
    }

    @Test
    public void weakestBlockIsTheLowestPercentage() {
        QuestionSet flagship = AnswerSheets.set("six-blocks");
        RespondentScore s = Scoring.score(flagship, Sheets.each(flagship, q -> q.blockKey().equals("data") ? 1 : 4));
        assertEquals("data", s.weakest().orElseThrow().blockKey());
        assertEquals(20, s.block("data").orElseThrow().percent(), 1e-9);
        assertEquals("20 % of a block is 19 of 95: the first stage", 1,
                s.block("data").orElseThrow().stage().orElseThrow().number());
        assertEquals("80 % is 76 of 95: the fourth stage", 4, s.block("people").orElseThrow().stage().orElseThrow().number());
    }

    @Test
    public void gapAndPercentToTargetStage() {
        QuestionSet flagship = AnswerSheets.set("six-blocks");
        RespondentScore s = Scoring.score(flagship, Sheets.withTotal(flagship, 29));
        TargetGap gap = Scoring.gap(flagship, s.score(), flagship.stage(3).orElseThrow());
        assertEquals(10, gap.gap(), 1e-9);
        assertEquals(29.0 / 39 * 100, gap.percentToTarget(), 1e-9);
        assertFalse(gap.reached());
        TargetGap reached = Scoring.gap(flagship, s.score(), flagship.stage(2).orElseThrow());
        assertTrue(reached.reached());
        assertEquals(0, reached.gap(), 0);
        assertEquals(100, reached.percentToTarget(), 0);

        QuestionSet cc = AnswerSheets.set("contact-centre");
        TargetGap fromBottom = Scoring.gap(cc, 36, cc.stage(3).orElseThrow());
        assertEquals("measured from the lowest possible total, 20", 50, fromBottom.percentToTarget(), 1e-9);
    }
}
