package io.cxmaturity.persistence;

import io.cxmaturity.domain.Answer;
import io.cxmaturity.domain.Draft;
import io.cxmaturity.domain.Response;
import io.cxmaturity.port.ConflictException;
import io.cxmaturity.port.DraftRepository;
import io.cxmaturity.port.ResponseRepository;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * What every {@link ResponseRepository} must do, run against the in-memory fake and against Active Objects
 * on each database. The tests run outside the AO runner's rolled-back transaction ({@link NonTransactional}),
 * as the repositories open their own; each test uses its own space and round, so committed rows never interfere.
 */
public abstract class ResponseRepositoryContract {
    protected abstract ResponseRepository responses();

    protected abstract DraftRepository drafts();

    protected abstract String freshSpace();

    private final long round = ThreadLocalRandom.current().nextLong(100_000, 1_000_000_000);
    private final Instant at = Instant.parse("2026-11-20T10:15:30.123Z");

    private Response response(String space, String user, int revision, List<Answer> answers) {
        return new Response(UUID.randomUUID().toString(), space, round, 7, user, revision, at, answers);
    }

    @Test
    @NonTransactional
    public void submittedResponseIsReadBackWithItsAnswersNaAndComments() {
        String space = freshSpace();
        List<Answer> answers = List.of(Answer.of("q1", "3"), Answer.notApplicable("q2"),
                new Answer("q3", "yes", false, "Кириллица, emoji 🙂 and <script>alert(1)</script>"));
        Response stored = responses().submit(response(space, "key-ann", 1, answers), "key-ann");

        Response read = responses().current(space, round, "key-ann").orElseThrow();
        assertEquals(stored.id(), read.id());
        assertEquals(7, read.setVersionId());
        assertEquals(at, read.submittedAt());
        assertEquals(3, read.answers().size());
        assertEquals("3", read.answer("q1").orElseThrow().value());
        assertTrue(read.answer("q2").orElseThrow().notApplicable());
        assertNull(read.answer("q2").orElseThrow().value());
        assertEquals("Кириллица, emoji 🙂 and <script>alert(1)</script>", read.answer("q3").orElseThrow().comment());
        assertEquals(1, responses().countRespondents(round));
        assertTrue(responses().participatedAt(round, "key-ann").isPresent());
    }

    @Test
    @NonTransactional
    public void secondSubmissionOfTheSameParticipantConflictsAndStoresNothing() {
        String space = freshSpace();
        responses().submit(response(space, "key-bob", 1, List.of(Answer.of("q1", "1"))), "key-bob");
        try {
            responses().submit(response(space, "key-bob", 1, List.of(Answer.of("q1", "5"))), "key-bob");
            fail("a second submission must conflict");
        } catch (ConflictException expected) {
            // the database refused it
        }
        assertEquals("1", responses().current(space, round, "key-bob").orElseThrow().answer("q1").orElseThrow().value());
        assertEquals(1, responses().countRespondents(round));
    }

    @Test
    @NonTransactional
    public void anonymousResponseCarriesNoRespondentButParticipationIsRecorded() {
        String space = freshSpace();
        Response anonymous = new Response(UUID.randomUUID().toString(), space, round, 7, null, 1,
                at.truncatedTo(ChronoUnit.DAYS), List.of(Answer.of("q1", "4")));
        responses().submit(anonymous, "key-cleo");

        Response read = responses().find(space, anonymous.id()).orElseThrow();
        assertNull(read.respondent());
        assertEquals(at.truncatedTo(ChronoUnit.DAYS), read.submittedAt());
        assertFalse("nothing links the user to the answers", responses().current(space, round, "key-cleo").isPresent());
        assertTrue(responses().participatedAt(round, "key-cleo").isPresent());
        responses().submit(new Response(UUID.randomUUID().toString(), space, round, 7, null, 1,
                at.truncatedTo(ChronoUnit.DAYS), List.of(Answer.of("q1", "2"))), "key-dana");
        assertEquals("who took part, in one read", java.util.Set.of("key-cleo", "key-dana"),
                responses().participantKeys(round));
        assertEquals(java.util.Set.of(), responses().participantKeys(round + 1));
        try {
            responses().submit(new Response(UUID.randomUUID().toString(), space, round, 7, null, 1, at,
                    List.of(Answer.of("q1", "1"))), "key-cleo");
            fail("one response per person also in anonymous rounds");
        } catch (ConflictException expected) {
            // refused
        }
    }

    @Test
    @NonTransactional
    public void revisionBecomesCurrentAndTheOldOneIsKept() {
        String space = freshSpace();
        Response first = responses().submit(response(space, "key-dan", 1, List.of(Answer.of("q1", "1"))), "key-dan");
        Response second = responses().revise(response(space, "key-dan", 2, List.of(Answer.of("q1", "4"))));

        Response current = responses().current(space, round, "key-dan").orElseThrow();
        assertEquals(second.id(), current.id());
        assertEquals(2, current.revision());
        assertEquals("4", current.answer("q1").orElseThrow().value());
        assertEquals("1", responses().find(space, first.id()).orElseThrow().answer("q1").orElseThrow().value());
        assertEquals(1, responses().countRespondents(round));
    }

    @Test
    @NonTransactional
    public void twoRevisionsWithTheSameNumberCannotBothWin() {
        String space = freshSpace();
        responses().submit(response(space, "key-eve", 1, List.of(Answer.of("q1", "1"))), "key-eve");
        responses().revise(response(space, "key-eve", 2, List.of(Answer.of("q1", "2"))));
        try {
            responses().revise(response(space, "key-eve", 2, List.of(Answer.of("q1", "3"))));
            fail("the same revision twice must conflict");
        } catch (ConflictException expected) {
            // refused
        }
        assertEquals("2", responses().current(space, round, "key-eve").orElseThrow().answer("q1").orElseThrow().value());
    }

    @Test
    @NonTransactional
    public void submittingDeletesTheParticipantsDraft() {
        String space = freshSpace();
        drafts().save(new Draft(round, "key-fay", List.of(Answer.of("q1", "2")), at));
        drafts().save(new Draft(round, "key-gus", List.of(Answer.of("q1", "5")), at));
        responses().submit(response(space, "key-fay", 1, List.of(Answer.of("q1", "2"))), "key-fay");

        assertFalse(drafts().find(round, "key-fay").isPresent());
        assertTrue("other people's drafts stay", drafts().find(round, "key-gus").isPresent());
    }

    @Test
    @NonTransactional
    public void responsesOfAnotherSpaceAreInvisible() {
        String space = freshSpace();
        Response stored = responses().submit(response(space, "key-hal", 1, List.of(Answer.of("q1", "2"))), "key-hal");
        String other = freshSpace();
        assertFalse(responses().find(other, stored.id()).isPresent());
        assertFalse(responses().current(other, round, "key-hal").isPresent());
        assertFalse(responses().find(space, "not-a-response").isPresent());
    }

    @Test
    @NonTransactional
    public void draftIsReplacedNotDuplicated() {
        drafts().save(new Draft(round, "key-ida", List.of(Answer.of("q1", "2")), at));
        drafts().save(new Draft(round, "key-ida", List.of(Answer.of("q1", "4"), Answer.notApplicable("q2")),
                at.plusSeconds(5)));
        Draft draft = drafts().find(round, "key-ida").orElseThrow();
        assertEquals(2, draft.answers().size());
        assertEquals("4", draft.answers().get(0).value());
        assertTrue(draft.answers().get(1).notApplicable());
        assertEquals(at.plusSeconds(5), draft.savedAt());
        drafts().delete(round, "key-ida");
        assertFalse(drafts().find(round, "key-ida").isPresent());
    }
}
