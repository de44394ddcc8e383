package io.cxmaturity.service;

import io.cxmaturity.domain.AuditEntry;
import io.cxmaturity.domain.ReminderPlan;
import io.cxmaturity.domain.Round;
import org.junit.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * Space admins change a round's name, dates, minimum group size, anonymity, reminders and form page; the
 * anonymity of a round with responses is fixed; every refusal names the field, and nothing is stored then.
 */
public class RoundEditTest {
    private final Services s = new Services();

    private static RoundService.RoundChange change(String name, LocalDate opensOn, LocalDate closesOn, Integer min,
                                                   Boolean anonymous) {
        return new RoundService.RoundChange(name, opensOn, closesOn, min, anonymous, null, null, null, null);
    }

    private static RoundService.RoundChange reminders(Boolean on, Integer every, Integer before, String page) {
        return new RoundService.RoundChange(null, null, null, null, null, on, every, before, page);
    }

    private ServiceException refused(Round round, RoundService.RoundChange change) {
        Round before = s.roundRepository.find("CX", round.id()).orElseThrow();
        try {
            s.rounds.updateRound("CX", round.id(), change);
        } catch (ServiceException e) {
            assertEquals("nothing stored", before, s.roundRepository.find("CX", round.id()).orElseThrow());
            return e;
        }
        throw new AssertionError("expected the change to be refused");
    }

    @Test
    public void everythingAnAdminChangesIsStoredAndAudited() {
        Round round = s.openRound("Sales", "six-blocks", false, 3);
        s.users.actAs("boss");
        Round changed = s.rounds.updateRound("CX", round.id(), new RoundService.RoundChange(" 2026 H2 (extended) ",
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 15), 4, true, true, 7, 2,
                "https://confluence.example.com/display/CX/Survey"));

        assertEquals("2026 H2 (extended)", changed.name());
        assertEquals(LocalDate.of(2026, 11, 1), changed.opensOn());
        assertEquals(LocalDate.of(2026, 12, 15), changed.closesOn());
        assertEquals(4, changed.minGroupSize());
        assertTrue(changed.anonymous());
        assertEquals(new ReminderPlan(true, 7, 2), changed.reminders());
        assertEquals("https://confluence.example.com/display/CX/Survey", changed.formPageUrl());
        assertEquals(changed, s.roundRepository.find("CX", round.id()).orElseThrow());
        AuditEntry audit = s.auditLog.recent("CX", 1, 0).get(0);
        assertEquals("round.update", audit.action());
        assertEquals("2026 H2", audit.subject());
        for (String part : List.of("2026 H2 → 2026 H2 (extended)", "min 3 → 4", "anonymous", "reminders on · every 7 days",
                "2 days before closing", "form page https://confluence.example.com/display/CX/Survey")) {
            assertTrue(audit.detail(), audit.detail().contains(part));
        }
    }

    @Test
    public void leftOutFieldsKeepTheirValueAndAnEmptyFormPageClearsIt() {
        Round round = s.openRound("Sales", "six-blocks", false, 3);
        s.users.actAs("boss");
        s.rounds.updateRound("CX", round.id(), reminders(true, 14, null, "/display/CX/Survey"));
        Round kept = s.rounds.updateRound("CX", round.id(), change(null, null, null, null, null));
        assertEquals(new ReminderPlan(true, 14, 0), kept.reminders());
        assertEquals("/display/CX/Survey", kept.formPageUrl());
        assertEquals(round.name(), kept.name());

        assertNull(s.rounds.updateRound("CX", round.id(), reminders(null, null, null, " ")).formPageUrl());
        assertEquals("no change, no audit entry", "round.update", s.auditLog.recent("CX", 1, 0).get(0).action());
        assertEquals(2, s.auditLog.recent("CX", 10, 0).stream().filter(e -> e.action().equals("round.update")).count());
    }

    @Test
    public void aClosingDayBeforeTheOpeningDayIsRefusedOnTheFieldThatWasChanged() {
        Round round = s.openRound("Sales", "six-blocks", false, 3);
        s.users.actAs("boss");
        s.rounds.updateRound("CX", round.id(), change(null, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), null, null));

        ServiceException closes = refused(round, change(null, null, LocalDate.of(2026, 10, 31), null, null));
        assertEquals("dates-out-of-order", closes.code());
        assertEquals("closesOn", closes.field());
        ServiceException opens = refused(round, change(null, LocalDate.of(2026, 12, 1), null, null, null));
        assertEquals("opensOn", opens.field());
        assertEquals(ServiceException.Kind.INVALID, opens.kind());
    }

    @Test
    public void badValuesAreRefusedWithTheFieldNamed() {
        Round round = s.openRound("Sales", "six-blocks", false, 3);
        s.users.actAs("boss");
        Object[][] cases = {
                {change(" ", null, null, null, null), "required", "name"},
                {change("x".repeat(101), null, null, null, null), "too-long", "name"},
                {change(null, null, null, 0, null), "out-of-range", "minGroupSize"},
                {change(null, null, null, 101, null), "out-of-range", "minGroupSize"},
                {reminders(true, 0, 0, null), "reminders-need-a-day", "reminders.everyDays"},
                {reminders(null, 91, null, null), "out-of-range", "reminders.everyDays"},
                {reminders(null, -1, null, null), "out-of-range", "reminders.everyDays"},
                {reminders(null, null, 91, null), "out-of-range", "reminders.daysBeforeClose"},
                {reminders(null, null, 3, null), "needs-closing-day", "reminders.daysBeforeClose"},
                {reminders(null, null, null, "javascript:alert(1)"), "not-a-page-url", "formPageUrl"},
                {reminders(null, null, null, "//evil.example/x"), "not-a-page-url", "formPageUrl"},
                {reminders(null, null, null, "/display/CX/a page"), "not-a-page-url", "formPageUrl"},
                {reminders(null, null, null, "ftp://example.com/x"), "not-a-page-url", "formPageUrl"},
                {reminders(null, null, null, "/" + "p".repeat(255)), "not-a-page-url", "formPageUrl"},
        };
        for (Object[] c : cases) {
            ServiceException e = refused(round, (RoundService.RoundChange) c[0]);
            assertEquals(c[0] + "", c[1], e.code());
            assertEquals(c[0] + "", c[2], e.field());
        }
    }

    @Test
    public void anonymityCanBeSwitchedEitherWayUntilTheFirstResponse() {
        Round round = s.openRound("Sales", "six-blocks", false, 3);
        s.users.actAs("boss");
        assertTrue(s.rounds.updateRound("CX", round.id(), change(null, null, null, null, true)).anonymous());
        assertFalse(s.rounds.updateRound("CX", round.id(), change(null, null, null, null, false)).anonymous());
    }

    @Test
    public void anonymityCannotBeSwitchedOffOnceARoundHasResponses() {
        Round round = s.openRound("Contact Centre", "six-blocks", true, 3);
        s.answer("ann", round, 3);
        s.users.actAs("boss");

        ServiceException e = refused(round, change(null, null, null, null, false));
        assertEquals(ServiceException.Kind.CONFLICT, e.kind());
        assertEquals("anonymity-locked", e.code());
        assertEquals("anonymous", e.field());
        assertEquals("saying it again is no change", true,
                s.rounds.updateRound("CX", round.id(), change("Renamed", null, null, null, true)).anonymous());
    }

    @Test
    public void anonymityCannotBeSwitchedOnOnceNamedResponsesAreStored() {
        Round round = s.openRound("Sales", "six-blocks", false, 3);
        s.answer("ann", round, 3);
        s.users.actAs("boss");

        ServiceException e = refused(round, change(null, null, null, null, true));
        assertEquals("anonymity-locked", e.code());
        assertEquals(ServiceException.Kind.CONFLICT, e.kind());
    }

    @Test
    public void onlyTheSpaceAdminEditsAndOnlyRoundsOfThatSpace() {
        Round round = s.openRound("Sales", "six-blocks", false, 3);
        s.users.actAs("ann");
        assertEquals(ServiceException.Kind.FORBIDDEN, refused(round, change("x", null, null, null, null)).kind());
        s.users.actAs("otto");
        assertEquals(ServiceException.Kind.NOT_FOUND, refused(round, change("x", null, null, null, null)).kind());
        try {
            s.rounds.updateRound("OTHER", round.id(), change("x", null, null, null, null));
            throw new AssertionError("another space's round was changed");
        } catch (ServiceException e) {
            assertEquals("round-not-found", e.code());
        }
        s.users.actAs("boss");
        try {
            s.rounds.updateRound("CX", 999, change("x", null, null, null, null));
            throw new AssertionError("an unknown round was changed");
        } catch (ServiceException e) {
            assertEquals(ServiceException.Kind.NOT_FOUND, e.kind());
            assertEquals("roundId", e.field());
        }
    }
}
