package io.cxmaturity.service;

import io.cxmaturity.domain.Answer;
import io.cxmaturity.domain.Round;
import io.cxmaturity.domain.StoredQuestionSet;
import io.cxmaturity.testing.Sheets;
import org.junit.Test;

import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/** Answering: the form's state, drafts, submitting, changing, anonymity, hints from the previous round. */
public class AssessmentServiceTest {
    private final Services s = new Services();

    private static ServiceException refused(Runnable action) {
        try {
            action.run();
            fail("expected a refusal");
            return null;
        } catch (ServiceException e) {
            return e;
        }
    }

    @Test
    public void formFindsTheOpenRoundOfTheNamedDepartment() {
        Round round = s.openRound("Customer Service", "six-blocks", false, 3);
        s.users.actAs("ann");
        FormState form = s.assessments.form("CX", null, "customer-service", null);
        assertEquals(FormState.Status.OPEN, form.status());
        assertEquals(round.id(), form.round().id());
        assertEquals("six-blocks", form.set().key());
        assertNull(form.current());
    }

    @Test
    public void withSeveralDepartmentsOnTheSetTheRespondentChooses() {
        s.openRound("Sales", "six-blocks", false, 3);
        s.openRound("Service", "six-blocks", false, 3);
        s.users.actAs("ann");
        FormState form = s.assessments.form("CX", "six-blocks", null, null);
        assertEquals(FormState.Status.CHOOSE_DEPARTMENT, form.status());
        assertEquals(2, form.departments().size());
    }

    @Test
    public void withoutAnOpenRoundTheFormSaysWhoToAsk() {
        Round round = s.openRound("Sales", "six-blocks", false, 3);
        s.close(round);
        s.users.actAs("ann");
        FormState form = s.assessments.form("CX", null, "sales", null);
        assertEquals(FormState.Status.NO_OPEN_ROUND, form.status());
        assertEquals(List.of("BOSS"), form.contacts());
    }

    @Test
    public void anonymousVisitorsAndOutsidersAreRefused() {
        Round round = s.openRound("Sales", "six-blocks", false, 3);
        assertEquals(ServiceException.Kind.UNAUTHENTICATED, refused(() -> s.assessments.submit("CX", round.id(),
                List.of())).kind());
        s.users.actAs("otto");
        ServiceException outsider = refused(() -> s.assessments.form("CX", null, "sales", null));
        assertEquals(ServiceException.Kind.NOT_FOUND, outsider.kind());
        assertEquals("space-not-found", outsider.code());
    }

    @Test
    public void submittingScoresAtOnceAndASecondSubmissionIsRefused() {
        Round round = s.openRound("Sales", "six-blocks", false, 3);
        OwnResult own = s.answer("ann", round, 4);
        assertEquals(76, own.score().points(), 0);
        assertEquals(4, own.score().stage().orElseThrow().number());
        assertEquals("key-ann", own.response().respondent());
        s.users.actAs("ann");
        ServiceException again = refused(() -> s.assessments.submit("CX", round.id(),
                Sheets.all(s.sets.version("CX", round.setVersionId()).orElseThrow().set(), 1)));
        assertEquals("already-submitted", again.code());
        FormState form = s.assessments.form("CX", null, "sales", null);
        assertEquals(FormState.Status.SUBMITTED, form.status());
        assertEquals(76, form.score().points(), 0);
    }

    @Test
    public void incompleteOrInvalidSheetsAreRefusedWithTheField() {
        Round round = s.openRound("Sales", "six-blocks", false, 3);
        s.users.actAs("ann");
        ServiceException missing = refused(() -> s.assessments.submit("CX", round.id(),
                List.of(Answer.of("strategy-leader", "3"))));
        assertEquals("missing-answers", missing.code());
        assertEquals("answers", missing.field());
        ServiceException range = refused(() -> s.assessments.submit("CX", round.id(),
                List.of(Answer.of("strategy-leader", "7"))));
        assertEquals("answers[0].value", range.field());
        assertTrue(s.responseRepository.all().isEmpty());
    }

    @Test
    public void closedRoundsTakeNoAnswersNorDrafts() {
        Round round = s.close(s.openRound("Sales", "six-blocks", false, 3));
        s.users.actAs("ann");
        assertEquals("round-closed", refused(() -> s.assessments.saveDraft("CX", round.id(), List.of())).code());
        assertEquals(ServiceException.Kind.CONFLICT, refused(() -> s.assessments.submit("CX", round.id(), List.of())).kind());
    }

    @Test
    public void draftsArePartialAndGoAwayAtSubmission() {
        Round round = s.openRound("Sales", "six-blocks", false, 3);
        s.users.actAs("bob");
        s.assessments.saveDraft("CX", round.id(), List.of(Answer.of("strategy-leader", "2")));
        assertEquals("2", s.assessments.form("CX", null, "sales", null).draft().answers().get(0).value());
        s.answer("bob", round, 3);
        s.users.actAs("bob");
        assertFalse(s.assessments.draft("CX", round.id()).isPresent());
        assertEquals("already-submitted", refused(() -> s.assessments.saveDraft("CX", round.id(), List.of())).code());
    }

    @Test
    public void changingAResponseAddsARevisionAndKeepsTheOldOne() {
        Round round = s.openRound("Sales", "six-blocks", false, 3);
        OwnResult first = s.answer("cat", round, 1);
        s.users.actAs("cat");
        StoredQuestionSet set = s.sets.version("CX", round.setVersionId()).orElseThrow();
        OwnResult second = s.assessments.revise("CX", first.response().id(), Sheets.all(set.set(), 5));
        assertEquals(2, second.response().revision());
        assertEquals(95, second.score().points(), 0);
        assertEquals(2, s.responseRepository.all().size());
        assertEquals("response-outdated", refused(() -> s.assessments.revise("CX", first.response().id(),
                Sheets.all(set.set(), 2))).code());
        s.users.actAs("dan");
        assertEquals("someone else's response is not found", "response-not-found",
                refused(() -> s.assessments.revise("CX", second.response().id(), Sheets.all(set.set(), 2))).code());
    }

    @Test
    public void anonymousResponsesCarryNoRespondentAndOnlyTheDay() {
        Round round = s.openRound("Contact Centre", "contact-centre", true, 3);
        OwnResult own = s.answer("dan", round, 3);
        assertNull(own.response().respondent());
        assertEquals(own.response().submittedAt().truncatedTo(ChronoUnit.DAYS), own.response().submittedAt());
        s.users.actAs("dan");
        FormState form = s.assessments.form("CX", null, "contact-centre", null);
        assertEquals("the person's participation is known", FormState.Status.SUBMITTED, form.status());
        assertNull("but not which answers are theirs", form.current());
        assertEquals("response-not-found", refused(() -> s.assessments.revise("CX", own.response().id(),
                List.of())).code());
    }

    @Test
    public void theNextRoundShowsThePreviousAnswerButNotInAnonymousRounds() {
        Round first = s.openRound("Sales", "six-blocks", false, 3);
        s.answer("eve", first, 2);
        s.close(first);
        s.users.actAs("boss");
        long sales = first.departmentId();
        s.rounds.openRound("CX", sales, "2027 H1", false, 3, null, null);
        s.users.actAs("eve");
        FormState next = s.assessments.form("CX", null, "sales", null);
        assertNotNull(next.previous());
        assertEquals("2", next.previous().answer("strategy-leader").orElseThrow().value());

        s.close(next.round());
        s.users.actAs("boss");
        s.rounds.openRound("CX", sales, "2027 H2", true, 3, null, null);
        s.users.actAs("eve");
        assertNull("no hints in an anonymous round", s.assessments.form("CX", null, "sales", null).previous());
    }
}
