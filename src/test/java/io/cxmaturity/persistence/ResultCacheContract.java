package io.cxmaturity.persistence;

import io.cxmaturity.catalog.BuiltInCatalog;
import io.cxmaturity.domain.Answer;
import io.cxmaturity.domain.QuestionSet;
import io.cxmaturity.domain.Stage;
import io.cxmaturity.domain.scoring.BlockStats;
import io.cxmaturity.domain.scoring.QuestionStats;
import io.cxmaturity.domain.scoring.Summary;
import io.cxmaturity.domain.scoring.TeamAggregation;
import io.cxmaturity.domain.scoring.TeamResult;
import io.cxmaturity.port.ResultCache;
import io.cxmaturity.testing.Sheets;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Test;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

/**
 * What every {@link ResultCache} must do, run against the in-memory fake and against Active Objects on each
 * database: a stored result reads back equal (every summary, stage, distribution and disagreement) for the
 * stamp and minimum group size it was computed for and for nothing else; a newer stamp replaces it, an older
 * one does not; a suppressed result stays suppressed. Each test uses its own round IDs.
 */
public abstract class ResultCacheContract {
    protected abstract ResultCache cache();

    static final QuestionSet SET = new BuiltInCatalog().find("six-blocks").orElseThrow().set();
    private static final double EXACT = 0.0;

    private static long freshRound() {
        return ThreadLocalRandom.current().nextLong(100_000, 1_000_000_000);
    }

    /** Five people who disagree on the first questions and agree on the last ones. */
    static TeamResult spread() {
        List<List<Answer>> sheets = List.of(Sheets.withTotal(SET, 20), Sheets.withTotal(SET, 45),
                Sheets.withTotal(SET, 70), Sheets.withTotal(SET, 90), Sheets.all(SET, 2));
        return TeamAggregation.aggregate(SET, sheets, 3);
    }

    /** Four people who mostly agree, scored a little higher. */
    private static TeamResult agreement() {
        List<List<Answer>> sheets = List.of(Sheets.all(SET, 3), Sheets.all(SET, 3), Sheets.all(SET, 4),
                Sheets.each(SET, q -> q.blockKey().equals("strategy") ? 5 : 3));
        return TeamAggregation.aggregate(SET, sheets, 3);
    }

    private static void assertSummary(String what, Summary expected, Summary actual) {
        assertEquals(what + " n", expected.n(), actual.n());
        assertEquals(what + " median", expected.median(), actual.median(), EXACT);
        assertEquals(what + " q1", expected.q1(), actual.q1(), EXACT);
        assertEquals(what + " q3", expected.q3(), actual.q3(), EXACT);
        assertEquals(what + " mean", expected.mean(), actual.mean(), EXACT);
        assertEquals(what + " sd", expected.sd(), actual.sd(), EXACT);
        assertEquals(what + " min", expected.min(), actual.min(), EXACT);
        assertEquals(what + " max", expected.max(), actual.max(), EXACT);
    }

    private static Integer stageNumber(java.util.Optional<Stage> stage) {
        return stage.map(Stage::number).orElse(null);
    }

    static void assertSameResult(TeamResult expected, TeamResult actual) {
        assertEquals("respondents", expected.respondents(), actual.respondents());
        assertEquals("minimum group size", expected.minGroupSize(), actual.minGroupSize());
        assertEquals("suppressed", expected.suppressed(), actual.suppressed());
        assertSummary("score", expected.score(), actual.score());
        assertSummary("percent", expected.percent(), actual.percent());
        assertEquals("stage", stageNumber(expected.stage()), stageNumber(actual.stage()));
        assertEquals("blocks", expected.blocks().size(), actual.blocks().size());
        for (int i = 0; i < expected.blocks().size(); i++) {
            BlockStats e = expected.blocks().get(i);
            BlockStats a = actual.blocks().get(i);
            assertEquals("block " + i, e.blockKey(), a.blockKey());
            assertSummary("block " + e.blockKey() + " percent", e.percent(), a.percent());
            assertEquals("block " + e.blockKey() + " stage", stageNumber(e.stage()), stageNumber(a.stage()));
            assertEquals("block " + e.blockKey() + " insufficient", e.insufficient(), a.insufficient());
        }
        assertEquals("weakest", expected.weakest().map(BlockStats::blockKey), actual.weakest().map(BlockStats::blockKey));
        assertEquals("questions", expected.questions().size(), actual.questions().size());
        for (int i = 0; i < expected.questions().size(); i++) {
            QuestionStats e = expected.questions().get(i);
            QuestionStats a = actual.questions().get(i);
            assertEquals("question " + i, e.questionKey(), a.questionKey());
            assertEquals(e.questionKey() + " block", e.blockKey(), a.blockKey());
            assertSummary(e.questionKey() + " points", e.points(), a.points());
            assertEquals(e.questionKey() + " distribution", e.distribution(), a.distribution());
            assertEquals(e.questionKey() + " distribution order", List.copyOf(e.distribution().keySet()),
                    List.copyOf(a.distribution().keySet()));
            assertEquals(e.questionKey() + " not applicable", e.notApplicable(), a.notApplicable());
            assertEquals(e.questionKey() + " disagreement", e.disagreement(), a.disagreement());
        }
        assertEquals("disagreements, widest first",
                expected.disagreements().stream().map(QuestionStats::questionKey).toList(),
                actual.disagreements().stream().map(QuestionStats::questionKey).toList());
        assertEquals("the whole result", expected, actual);
    }

    @Test
    @NonTransactional
    public void storedResultIsReadBackEqualForTheSameStampAndMinimum() {
        TeamResult result = spread();
        assertFalse(result.suppressed());
        assertTrue("the example has a stage", result.stage().isPresent());
        assertTrue("the example has a weakest block", result.weakest().isPresent());
        assertTrue("the example disagrees on several questions", result.disagreements().size() >= 2);
        assertTrue("and agrees on some", result.questions().stream().anyMatch(q -> !q.disagreement()));
        long round = freshRound();

        cache().store(round, 5, 3, result);
        TeamResult read = cache().find(round, 5, 3, SET).orElseThrow();
        assertSameResult(result, read);
        assertEquals(5, read.respondents());
        assertEquals(result.weakest().orElseThrow().blockKey(), read.weakest().orElseThrow().blockKey());
    }

    @Test
    @NonTransactional
    public void findWithAnotherStampMinimumOrRoundIsEmpty() {
        long round = freshRound();
        cache().store(round, 5, 3, spread());

        assertFalse("a newer stamp: the responses changed", cache().find(round, 6, 3, SET).isPresent());
        assertFalse("an older stamp", cache().find(round, 4, 3, SET).isPresent());
        assertFalse("another minimum group size", cache().find(round, 5, 5, SET).isPresent());
        assertFalse("another round", cache().find(round + 1, 5, 3, SET).isPresent());
        assertTrue(cache().find(round, 5, 3, SET).isPresent());
    }

    @Test
    @NonTransactional
    public void storingANewerStampReplacesTheResult() {
        long round = freshRound();
        TeamResult older = spread();
        TeamResult newer = agreement();
        assertNotEquals(older.respondents(), newer.respondents());
        cache().store(round, 5, 3, older);
        cache().store(round, 6, 3, newer);

        assertSameResult(newer, cache().find(round, 6, 3, SET).orElseThrow());
        assertFalse(cache().find(round, 5, 3, SET).isPresent());
    }

    @Test
    @NonTransactional
    public void storingAnOlderStampAfterANewerOneKeepsTheNewer() {
        long round = freshRound();
        TeamResult newer = agreement();
        cache().store(round, 6, 3, newer);
        cache().store(round, 5, 3, spread());

        assertFalse("a slow node's stale result is not kept", cache().find(round, 5, 3, SET).isPresent());
        assertSameResult(newer, cache().find(round, 6, 3, SET).orElseThrow());
    }

    @Test
    @NonTransactional
    public void storingTheSameStampForAnotherMinimumReplacesTheResult() {
        long round = freshRound();
        cache().store(round, 5, 3, spread());
        TeamResult suppressed = TeamAggregation.aggregate(SET,
                List.of(Sheets.all(SET, 1), Sheets.all(SET, 2), Sheets.all(SET, 3), Sheets.all(SET, 4),
                        Sheets.all(SET, 5)), 6);
        cache().store(round, 5, 6, suppressed);

        assertFalse(cache().find(round, 5, 3, SET).isPresent());
        assertSameResult(suppressed, cache().find(round, 5, 6, SET).orElseThrow());
    }

    @Test
    @NonTransactional
    public void suppressedResultRoundTripsAsSuppressed() {
        long round = freshRound();
        TeamResult suppressed = TeamAggregation.aggregate(SET, List.of(Sheets.all(SET, 4), Sheets.all(SET, 1)), 3);
        assertTrue(suppressed.suppressed());
        cache().store(round, 2, 3, suppressed);

        TeamResult read = cache().find(round, 2, 3, SET).orElseThrow();
        assertTrue(read.suppressed());
        assertEquals(2, read.respondents());
        assertEquals(3, read.minGroupSize());
        assertTrue(read.score().isEmpty());
        assertFalse(read.stage().isPresent());
        assertTrue(read.blocks().isEmpty());
        assertTrue(read.questions().isEmpty());
        assertSameResult(suppressed, read);
    }
}
