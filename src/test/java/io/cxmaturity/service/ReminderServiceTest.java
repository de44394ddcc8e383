package io.cxmaturity.service;

import io.cxmaturity.domain.AuditEntry;
import io.cxmaturity.domain.Language;
import io.cxmaturity.domain.ReminderClaim;
import io.cxmaturity.domain.Reminder;
import io.cxmaturity.domain.Round;
import org.junit.Before;
import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * Who is reminded, and when: members of the department's respondent group who have not answered, once per
 * reminder day, never twice; nobody for closed rounds, rounds without reminders or without a group. Today is
 * 2026-11-02; the rounds opened on 2026-10-26 and remind every 7 days, so today is a reminder day.
 */
public class ReminderServiceTest {
    private static final LocalDate OPENED = LocalDate.of(2026, 10, 26);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 2);

    private final Services s = new Services();

    @Before
    public void group() {
        for (String user : List.of("ann", "bob", "cat")) {
            s.users.group(user, "customer-service");
        }
        s.users.viewer("CX", "dan").group("dan", "sales");
    }

    /** A department whose respondent group is customer-service, with an open round reminding every 7 days. */
    private Round round(boolean anonymous) {
        Round round = s.openRound("Customer Service " + (anonymous ? "A" : "N"), "six-blocks", anonymous, 3);
        s.users.actAs("boss");
        String key = s.departmentRepository.find("CX", round.departmentId()).orElseThrow().key();
        s.rounds.updateDepartment("CX", key, new RoundService.DepartmentChange(null, null, null, null,
                "customer-service", null));
        Round planned = s.rounds.updateRound("CX", round.id(), new RoundService.RoundChange(null, OPENED,
                LocalDate.of(2026, 11, 30), null, null, true, 7, 3, "/display/CX/Survey"));
        s.users.actAs(null);
        return planned;
    }

    private ServiceException refused(Runnable call) {
        try {
            call.run();
        } catch (ServiceException e) {
            return e;
        }
        throw new AssertionError("expected a refusal");
    }

    private ReminderService.RunReport run() {
        return s.reminders.runDue(() -> false);
    }

    @Test
    public void groupMembersWithoutAResponseAreRemindedWithRoundDepartmentCloseDateAndLink() {
        Round round = round(false);
        s.answer("ann", round, 3);

        ReminderService.RunReport report = run();

        assertEquals(new ReminderService.RunReport(1, 2, 0, 0), report);
        assertEquals(List.of("bob@example.com", "cat@example.com"), s.mailer.acceptedAddresses());
        Reminder first = s.mailer.accepted().get(0);
        assertEquals("key-bob", first.recipient().userKey());
        assertEquals("2026 H2", first.roundName());
        assertEquals("Customer Service N", first.departmentName());
        assertEquals(LocalDate.of(2026, 11, 30), first.closesOn());
        assertEquals("/display/CX/Survey", first.link());
        assertEquals("CX", first.spaceKey());
    }

    @Test
    public void recipientsGetTheirOwnLanguageAndTheSpaceWhenNoFormPageIsKnown() {
        Round round = round(false);
        s.users.speaks("bob", Language.RU).speaks("cat", Language.UK);
        s.users.actAs("boss");
        s.rounds.updateRound("CX", round.id(), new RoundService.RoundChange(null, null, null, null, null, null, null,
                null, ""));
        s.users.actAs(null);

        run();

        assertEquals(List.of(Language.EN, Language.RU, Language.UK),
                s.mailer.accepted().stream().map(r -> r.recipient().language()).toList());
        assertTrue(s.mailer.accepted().stream().allMatch(r -> r.link().equals("/display/CX")));
    }

    @Test
    public void nobodyIsRemindedTwiceForADayHoweverOftenTheJobOrTheAdminRuns() {
        Round round = round(false);
        run();
        assertEquals(new ReminderService.RunReport(1, 0, 0, 0), run());
        s.users.actAs("boss");
        ReminderService.Outcome now = s.reminders.sendNow("CX", round.id());
        assertEquals(0, now.sent());
        assertEquals(3, now.alreadyReminded());
        assertEquals(3, s.mailer.accepted().size());
        assertEquals(3, s.reminderLog.forRound(round.id()).size());
    }

    @Test
    public void theNextReminderDayRemindsThoseStillWithoutAnAnswer() {
        Round round = round(false);
        run();
        s.laterBy(3);
        assertEquals("between two reminder days nothing new is due", 0, run().sent());
        s.answer("bob", round, 2);
        s.laterBy(4);

        assertEquals(2, run().sent());
        assertEquals(List.of("ann@example.com", "bob@example.com", "cat@example.com", "ann@example.com",
                "cat@example.com"), s.mailer.acceptedAddresses());
    }

    @Test
    public void anonymousRoundsKnowWhoAnsweredFromTheParticipantsOnly() {
        Round round = round(true);
        s.answer("cat", round, 4);

        run();

        assertEquals(List.of("ann@example.com", "bob@example.com"), s.mailer.acceptedAddresses());
    }

    @Test
    public void closedRoundsRemindNobody() {
        Round round = round(false);
        s.close(round);

        assertEquals(new ReminderService.RunReport(0, 0, 0, 0), run());
        s.users.actAs("boss");
        ServiceException e = refused(() -> s.reminders.sendNow("CX", round.id()));
        assertEquals("round-closed", e.code());
        assertEquals(ServiceException.Kind.CONFLICT, e.kind());
        assertTrue(s.mailer.accepted().isEmpty());
    }

    @Test
    public void roundsWithRemindersOffAreLeftToTheAdminsSendNow() {
        Round round = round(false);
        s.users.actAs("boss");
        s.rounds.updateRound("CX", round.id(), new RoundService.RoundChange(null, null, null, null, null, false, null,
                null, null));

        assertEquals(new ReminderService.RunReport(0, 0, 0, 0), run());
        assertTrue(s.mailer.accepted().isEmpty());

        ReminderService.Outcome now = s.reminders.sendNow("CX", round.id());
        assertEquals(new ReminderService.Outcome(round.id(), TODAY, 3, 0, 0, 0, 0), now);
        AuditEntry audit = s.auditLog.recent("CX", 1, 0).get(0);
        assertEquals("round.remind", audit.action());
        assertEquals("2026 H2", audit.subject());
        assertEquals("2026-11-02 · sent 3", audit.detail());
        assertEquals("key-boss", s.reminderLog.forRound(round.id()).get(0).trigger());
    }

    @Test
    public void nothingIsDueBeforeTheFirstReminderDayOrAfterTheClosingDay() {
        Round round = round(false);
        s.users.actAs("boss");
        s.rounds.updateRound("CX", round.id(), new RoundService.RoundChange(null, LocalDate.of(2026, 10, 30), null,
                null, null, null, null, null, null));
        s.users.actAs(null);
        assertEquals(0, run().roundsDue());

        s.laterBy(29); // 2026-12-01, the day after closesOn: the round is late to close but nobody is reminded
        assertEquals(0, run().roundsDue());
        assertTrue(s.mailer.accepted().isEmpty());
    }

    @Test
    public void departmentsWithoutARespondentGroupRemindNobodyAndSendNowSaysWhy() {
        Round round = s.openRound("Sales", "six-blocks", false, 3);
        s.users.actAs("boss");
        s.rounds.updateRound("CX", round.id(), new RoundService.RoundChange(null, OPENED, null, null, null, true, 7,
                null, null));
        assertEquals(0, run().roundsDue());
        ServiceException e = refused(() -> s.reminders.sendNow("CX", round.id()));
        assertEquals("no-respondent-group", e.code());
        assertEquals("respondentGroup", e.field());
    }

    @Test
    public void membersWithoutAnAddressAreSkipped() {
        round(false);
        s.users.email("bob", null).email("cat", " ");
        run();
        assertEquals(List.of("ann@example.com"), s.mailer.acceptedAddresses());
    }

    @Test
    public void aRefusedMailIsTriedAgainByLaterRunsUpToThreeTimes() {
        Round round = round(false);
        s.mailer.refuse("cat@example.com");

        assertEquals(new ReminderService.RunReport(1, 2, 1, 0), run());
        assertEquals(new ReminderService.RunReport(1, 0, 1, 0), run());
        s.mailer.accept("cat@example.com");
        assertEquals(new ReminderService.RunReport(1, 1, 0, 0), run());
        assertEquals(new ReminderService.RunReport(1, 0, 0, 0), run());

        List<ReminderClaim> cat = s.reminderLog.forRound(round.id()).stream()
                .filter(c -> c.userKey().equals("key-cat")).toList();
        assertEquals(List.of(1, 2, 3), cat.stream().map(ReminderClaim::attempt).toList());
        assertEquals(List.of(ReminderClaim.Status.FAILED, ReminderClaim.Status.FAILED, ReminderClaim.Status.SENT),
                cat.stream().map(ReminderClaim::status).toList());
        assertEquals(1, s.mailer.acceptedAddresses().stream().filter(a -> a.equals("cat@example.com")).count());
    }

    @Test
    public void afterThreeRefusalsTheDayIsGivenUpForThatPerson() {
        Round round = round(false);
        s.mailer.refuse("cat@example.com");
        for (int i = 0; i < 5; i++) {
            run();
        }
        assertEquals(3, s.reminderLog.forRound(round.id()).stream().filter(c -> c.userKey().equals("key-cat")).count());
        s.users.actAs("boss");
        ReminderService.OccasionTally tally = s.reminders.status("CX", round.id()).occasions().get(0);
        assertEquals(2, tally.sent());
        assertEquals(1, tally.failed());
    }

    @Test
    public void aClaimWhoseRunDiedIsNeverSentAgainAndOthersAreNotLost() {
        Round round = round(false);
        // A node claimed bob's reminder and died before it could say whether the mail left.
        s.reminderLog.claim("CX", round.id(), TODAY, "key-bob", 1, Instant.parse("2026-11-02T08:00:00Z"), "schedule");

        run();
        run();

        assertEquals(List.of("ann@example.com", "cat@example.com"), s.mailer.acceptedAddresses());
        s.users.actAs("boss");
        ReminderService.OccasionTally tally = s.reminders.status("CX", round.id()).occasions().get(0);
        assertEquals(new ReminderService.OccasionTally(TODAY, 2, 0, 1, tally.firstSentAt(), tally.lastSentAt()), tally);
    }

    @Test
    public void aMailServerThatIsDownStopsTheRunAndTheNextRunGoesOn() {
        for (String user : List.of("dan", "eve", "otto", "fay", "gus")) {
            s.users.group(user, "customer-service");
        }
        Round round = round(false);
        s.mailer.down(true);
        ReminderService.RunReport down = run();
        assertEquals(ReminderService.REFUSALS_BEFORE_GIVING_UP, down.failed());
        s.mailer.down(false);

        run();

        assertEquals(8, s.mailer.accepted().size());
        assertEquals(8, s.reminderLog.forRound(round.id()).stream()
                .filter(c -> c.status() == ReminderClaim.Status.SENT).count());
    }

    @Test
    public void retriesOfRefusedMailComeAfterEveryoneElsesFirstTry() {
        List<String> bad = List.of("aa1", "aa2", "aa3", "aa4", "aa5");
        for (String user : bad) {
            s.users.group(user, "customer-service");
            s.mailer.refuse(user + "@example.com");
        }
        round(false);
        assertEquals("the five bad addresses come first and stop the first run", 5, run().failed());
        assertTrue(s.mailer.accepted().isEmpty());

        ReminderService.RunReport second = run();

        assertEquals("the second run reaches the others before retrying", 3, second.sent());
        assertEquals(List.of("ann@example.com", "bob@example.com", "cat@example.com"), s.mailer.acceptedAddresses());
    }

    @Test
    public void withoutAMailServerNothingIsClaimedAndSendNowSaysWhy() {
        Round round = round(false);
        s.mailer.configured(false);
        assertEquals(new ReminderService.RunReport(0, 0, 0, 0), run());
        assertTrue(s.reminderLog.forRound(round.id()).isEmpty());
        s.users.actAs("boss");
        assertEquals("mail-server-missing", refused(() -> s.reminders.sendNow("CX", round.id())).code());
        assertTrue(!s.reminders.status("CX", round.id()).mailConfigured());
    }

    @Test
    public void onlyTheSpaceAdminSendsNowOrReadsTheStatus() {
        Round round = round(false);
        s.users.actAs("ann");
        assertEquals(ServiceException.Kind.FORBIDDEN, refused(() -> s.reminders.sendNow("CX", round.id())).kind());
        assertEquals(ServiceException.Kind.FORBIDDEN, refused(() -> s.reminders.status("CX", round.id())).kind());
        s.users.actAs("otto");
        assertEquals(ServiceException.Kind.NOT_FOUND, refused(() -> s.reminders.sendNow("CX", round.id())).kind());
        assertEquals(ServiceException.Kind.NOT_FOUND, refused(() -> s.reminders.sendNow("OTHER", round.id())).kind());
        s.users.actAs(null);
        assertEquals(ServiceException.Kind.UNAUTHENTICATED, refused(() -> s.reminders.status("CX", round.id())).kind());
        assertTrue(s.mailer.accepted().isEmpty());
    }

    @Test
    public void statusShowsThePlanTheNextDayAndWhatWasSentWhen() {
        Round round = round(false);
        run();
        s.users.actAs("boss");
        ReminderService.Status status = s.reminders.status("CX", round.id());

        assertEquals(round.reminders(), status.plan());
        assertEquals("customer-service", status.respondentGroup());
        assertEquals(LocalDate.of(2026, 11, 9), status.nextOccasion());
        assertEquals(1, status.occasions().size());
        ReminderService.OccasionTally tally = status.occasions().get(0);
        assertEquals(TODAY, tally.occasion());
        assertEquals(3, tally.sent());
        assertEquals(0, tally.failed());
        assertTrue(!tally.firstSentAt().isAfter(tally.lastSentAt()));

        s.rounds.updateRound("CX", round.id(), new RoundService.RoundChange(null, null, null, null, null, false, null,
                null, null));
        assertNull(s.reminders.status("CX", round.id()).nextOccasion());
    }
}
