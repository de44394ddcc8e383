package io.cxmaturity.domain.scoring;

import io.cxmaturity.domain.QuestionSet;
import io.cxmaturity.testing.AnswerSheets;
import io.cxmaturity.testing.Sheets;
import org.junit.Test;

import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** Totals land on the stage bands of MODELS.md, at every band edge. */
public class StageResolutionTest {
    private static final QuestionSet FLAGSHIP = AnswerSheets.set("six-blocks");
    private static final QuestionSet CONTACT_CENTRE = AnswerSheets.set("contact-centre");
    private static final QuestionSet CHECKLIST = AnswerSheets.set("cx-checklist");
    private static final QuestionSet NINE = AnswerSheets.set("nine-foundations");

    private static int stage(QuestionSet set, int total) {
        RespondentScore score = Scoring.score(set, Sheets.withTotal(set, total));
        assertEquals(total, score.points(), 1e-9);
        return score.stage().orElseThrow().number();
    }

    @Test
    public void flagshipBandsOfNinetyFivePoints() {
        int[][] table = {{0, 1}, {19, 1}, {20, 2}, {38, 2}, {39, 3}, {57, 3}, {58, 4}, {76, 4}, {77, 5}, {95, 5}};
        for (int[] row : table) {
            assertEquals("total " + row[0], row[1], stage(FLAGSHIP, row[0]));
        }
        assertEquals(95, FLAGSHIP.maxPoints(), 0);
        assertEquals("Ignoring", FLAGSHIP.stage(1).orElseThrow().name().in(io.cxmaturity.domain.Language.EN));
    }

    @Test
    public void contactCentreLevelsFromTwentyToOneHundred() {
        int[][] table = {{20, 1}, {35, 1}, {36, 2}, {51, 2}, {52, 3}, {67, 3}, {68, 4}, {83, 4}, {84, 5}, {100, 5}};
        for (int[] row : table) {
            assertEquals("total " + row[0], row[1], stage(CONTACT_CENTRE, row[0]));
        }
    }

    @Test
    public void nineFoundationsUsesPercentOfTheMaximum() {
        // 27 statements rated 1-5: max 135; all ones = 20 % (level 1); 28 points = 20.7 %, rounded 21 (level 2)
        assertEquals(1, stage(NINE, 27));
        RespondentScore oneMore = Scoring.score(NINE, Sheets.withTotal(NINE, 28));
        assertEquals(28.0 / 135 * 100, oneMore.score(), 1e-9);
        assertEquals(2, oneMore.stage().orElseThrow().number());
        assertEquals(5, stage(NINE, 135));
        assertEquals(4, stage(NINE, 108)); // 80 %
        assertEquals(5, stage(NINE, 110)); // 81.5 % rounds to 81
    }

    @Test
    public void checklistCountsYesPerSectionAndListsTheNoItemsAsNextSteps() {
        RespondentScore all = Scoring.score(CHECKLIST, Sheets.all(CHECKLIST, 1));
        assertEquals(26, all.points(), 0);
        assertEquals(26, all.maxPoints(), 0);
        assertFalse("a checklist has no stages", all.stage().isPresent());
        assertTrue(all.nextSteps().isEmpty());
        int[] sections = all.blocks().stream().mapToInt(b -> (int) b.points()).toArray();
        assertEquals(6, sections[0]);
        assertEquals(4, sections[4]);

        RespondentScore some = Scoring.score(CHECKLIST, Sheets.withTotal(CHECKLIST, 20));
        assertEquals(20, some.points(), 0);
        assertEquals("the six 'no' answers become next steps", 6, some.nextSteps().size());
        assertEquals(Set.copyOf(some.nextSteps()).size(), some.nextSteps().size());
    }
}
