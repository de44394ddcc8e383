package io.cxmaturity.domain.scoring;

import io.cxmaturity.catalog.QuestionSetReader;
import io.cxmaturity.domain.Answer;
import io.cxmaturity.domain.QuestionSet;
import io.cxmaturity.testing.AnswerSheets;
import io.cxmaturity.testing.Definitions;
import io.cxmaturity.testing.Sheets;
import org.junit.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** A team's result: counts, medians and spread, distributions, disagreement, stage, and suppression. */
public class TeamAggregationTest {
    private static final QuestionSet FLAGSHIP = AnswerSheets.set("six-blocks");

    @Test
    public void belowTheMinimumGroupSizeOnlyTheCountIsGiven() {
        TeamResult two = TeamAggregation.aggregate(FLAGSHIP, List.of(Sheets.all(FLAGSHIP, 3), Sheets.all(FLAGSHIP, 4)), 3);
        assertTrue(two.suppressed());
        assertEquals(2, two.respondents());
        assertTrue(two.score().isEmpty());
        assertTrue(two.blocks().isEmpty());
        assertTrue(two.questions().isEmpty());
        assertFalse(two.stage().isPresent());

        TeamResult three = TeamAggregation.aggregate(FLAGSHIP, List.of(Sheets.all(FLAGSHIP, 3), Sheets.all(FLAGSHIP, 4),
                Sheets.all(FLAGSHIP, 1)), 3);
        assertFalse(three.suppressed());
        assertEquals(3, three.score().n());
    }

    @Test
    public void totalsBlocksAndStageOfTheMedian() {
        List<List<Answer>> sheets = List.of(Sheets.withTotal(FLAGSHIP, 10), Sheets.withTotal(FLAGSHIP, 30),
                Sheets.withTotal(FLAGSHIP, 45), Sheets.withTotal(FLAGSHIP, 60));
        TeamResult team = TeamAggregation.aggregate(FLAGSHIP, sheets, 3);
        assertEquals(4, team.respondents());
        assertEquals(37.5, team.score().median(), 1e-9);
        assertEquals(10, team.score().min(), 0);
        assertEquals(60, team.score().max(), 0);
        assertEquals(36.25, team.score().mean(), 1e-9);
        assertEquals(25, team.score().q1(), 1e-9);
        assertEquals(48.75, team.score().q3(), 1e-9);
        assertEquals("median 37.5 rounds to 38: stage 2", 2, team.stage().orElseThrow().number());
    }

    @Test
    public void distributionPerQuestionAndDisagreement() {
        // strategy-leader: answers 0, 1, 4, 5 -> IQR 3.25: disagreement; everything else 3 for everyone
        int[] leader = {0, 1, 4, 5};
        List<List<Answer>> sheets = new ArrayList<>();
        for (int value : leader) {
            sheets.add(Sheets.each(FLAGSHIP, q -> q.key().equals("strategy-leader") ? value : 3));
        }
        TeamResult team = TeamAggregation.aggregate(FLAGSHIP, sheets, 3);
        QuestionStats q = team.question("strategy-leader").orElseThrow();
        assertEquals(4, q.points().n());
        assertEquals(2.5, q.points().median(), 1e-9);
        assertEquals(1, (int) q.distribution().get("0"));
        assertEquals(0, (int) q.distribution().get("3"));
        assertEquals(6, q.distribution().size());
        assertTrue(q.disagreement());
        assertFalse(team.question("strategy-ambition").orElseThrow().disagreement());
        assertEquals(List.of("strategy-leader"), team.disagreements().stream().map(QuestionStats::questionKey).toList());
    }

    @Test
    public void checklistDisagreementIsASizeableMinority() {
        QuestionSet checklist = AnswerSheets.set("cx-checklist");
        String first = checklist.scoredQuestions().get(0).key();
        List<List<Answer>> sheets = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int yes = i < 2 ? 0 : 1; // two of eight say no: 25 %
            sheets.add(Sheets.each(checklist, q -> q.key().equals(first) ? yes : 1));
        }
        TeamResult team = TeamAggregation.aggregate(checklist, sheets, 5);
        assertTrue(team.question(first).orElseThrow().disagreement());
        assertEquals(6, (int) team.question(first).orElseThrow().distribution().get("yes"));
        assertFalse(team.stage().isPresent());
    }

    @Test
    public void notApplicableAnswersAreCountedApartAndInsufficientBlocksLeftOut() {
        QuestionSet weighted = new QuestionSetReader().read(Definitions.weighted());
        List<List<Answer>> sheets = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            sheets.add(List.of(Answer.of("a1", "4"), Answer.of("a2", "4"), Answer.notApplicable("b1"),
                    Answer.notApplicable("b2"), Answer.of("b3", "0")));
        }
        sheets.add(List.of(Answer.of("a1", "2"), Answer.of("a2", "2"), Answer.of("b1", "2"), Answer.of("b2", "2"),
                Answer.of("b3", "2")));
        TeamResult team = TeamAggregation.aggregate(weighted, sheets, 3);
        assertEquals(3, team.question("b1").orElseThrow().notApplicable());
        assertEquals(1, team.question("b1").orElseThrow().points().n());
        BlockStats b = team.block("b").orElseThrow();
        assertEquals(3, b.insufficient());
        assertEquals(1, b.percent().n());
    }

    @Test
    public void everyRespondentIsScoredExactlyAsTheSingleRespondentScoring() {
        Random random = new Random(42);
        QuestionSet weighted = new QuestionSetReader().read(Definitions.weighted());
        for (QuestionSet set : List.of(FLAGSHIP, AnswerSheets.set("contact-centre"), AnswerSheets.set("nine-foundations"),
                weighted)) {
            List<List<Answer>> sheets = new ArrayList<>();
            double[] expected = new double[200];
            int count = 0;
            for (int i = 0; i < 200; i++) {
                List<Answer> sheet = new ArrayList<>();
                for (var q : set.scoredQuestions()) {
                    if (q.allowNa() && random.nextInt(4) == 0) {
                        sheet.add(Answer.notApplicable(q.key()));
                    } else {
                        var options = q.answerType().options();
                        sheet.add(Answer.of(q.key(), options.get(random.nextInt(options.size())).value()));
                    }
                }
                sheets.add(sheet);
                RespondentScore one = Scoring.score(set, sheet);
                if (!one.insufficientData()) {
                    expected[count++] = one.score();
                }
            }
            TeamResult team = TeamAggregation.aggregate(set, sheets, 5);
            Summary direct = Summary.of(expected, count);
            assertEquals(set.key(), direct.n(), team.score().n());
            assertEquals(set.key(), direct.median(), team.score().median(), 1e-9);
            assertEquals(set.key(), direct.mean(), team.score().mean(), 1e-9);
            assertEquals(set.key(), direct.q3(), team.score().q3(), 1e-9);
        }
    }
}
