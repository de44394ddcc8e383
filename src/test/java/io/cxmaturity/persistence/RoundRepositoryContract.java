package io.cxmaturity.persistence;

import io.cxmaturity.domain.ReminderPlan;
import io.cxmaturity.domain.Round;
import io.cxmaturity.domain.RoundStatus;
import io.cxmaturity.port.RoundRepository;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * What every {@link RoundRepository} must do, run against the in-memory fake and against Active Objects on
 * each database: a created round gets an ID and keeps every field (dates may be missing), a department's
 * rounds come newest first, an update changes status, name and dates, and another space sees none of them.
 */
public abstract class RoundRepositoryContract {
    protected abstract RoundRepository rounds();

    protected abstract String freshSpace();

    private final long department = ThreadLocalRandom.current().nextLong(100_000, 1_000_000_000);
    private final Instant at = Instant.parse("2026-11-20T10:15:30.123Z");

    private Round round(String space, long departmentId, String name, Instant createdAt) {
        return new Round(0, space, departmentId, "six-blocks", 42, name, RoundStatus.OPEN,
                LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 28), false, 5, createdAt);
    }

    private static Round withId(Round r, long id) {
        return new Round(id, r.spaceKey(), r.departmentId(), r.setKey(), r.setVersionId(), r.name(), r.status(),
                r.opensOn(), r.closesOn(), r.anonymous(), r.minGroupSize(), r.createdAt());
    }

    @Test
    @NonTransactional
    public void createdRoundGetsAnIdAndKeepsEveryField() {
        String space = freshSpace();
        Round given = new Round(0, space, department, "six-blocks", 42, "2026 H1 «Кириллица»", RoundStatus.OPEN,
                LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 28), true, 7, at);
        Round created = rounds().create(given);

        assertTrue(created.id() > 0);
        assertEquals(withId(given, created.id()), created);
        Round found = rounds().find(space, created.id()).orElseThrow();
        assertEquals(withId(given, created.id()), found);
        assertEquals(LocalDate.of(2026, 1, 15), found.opensOn());
        assertEquals(LocalDate.of(2026, 2, 28), found.closesOn());
        assertTrue(found.anonymous());
        assertEquals(7, found.minGroupSize());
        assertEquals(at.toEpochMilli(), found.createdAt().toEpochMilli());
        assertEquals(RoundStatus.OPEN, found.status());
        assertEquals(42, found.setVersionId());
        assertEquals(department, found.departmentId());
    }

    @Test
    @NonTransactional
    public void roundWithoutDatesIsReadBackWithoutDates() {
        String space = freshSpace();
        Round given = new Round(0, space, department, "cx-checklist", 9, "Pilot", RoundStatus.CLOSED, null, null,
                false, 1, at);
        Round created = rounds().create(given);

        Round found = rounds().find(space, created.id()).orElseThrow();
        assertEquals(withId(given, created.id()), found);
        assertNull(found.opensOn());
        assertNull(found.closesOn());
        assertFalse(found.anonymous());
        assertEquals(RoundStatus.CLOSED, found.status());
    }

    @Test
    @NonTransactional
    public void listForDepartmentIsNewestFirstAndHoldsOnlyThatDepartment() {
        String space = freshSpace();
        Round middle = rounds().create(round(space, department, "middle", at));
        Round newest = rounds().create(round(space, department, "newest", at.plus(Duration.ofDays(180))));
        Round oldest = rounds().create(round(space, department, "oldest", at.minus(Duration.ofDays(180))));
        Round twinOfMiddle = rounds().create(round(space, department, "twin", at));
        rounds().create(round(space, department + 1, "another department", at.plus(Duration.ofDays(365))));
        rounds().create(round(freshSpace(), department, "another space", at.plus(Duration.ofDays(365))));

        assertTrue(twinOfMiddle.id() > middle.id());
        assertEquals("newest first; of two created at the same moment the later one first",
                List.of(newest, twinOfMiddle, middle, oldest), rounds().listForDepartment(space, department));
        assertTrue(rounds().listForDepartment(space, department + 2).isEmpty());
    }

    @Test
    @NonTransactional
    public void updateChangesNameAndDatesButNeverTheStatus() {
        String space = freshSpace();
        Round created = rounds().create(round(space, department, "2026 H1", at));
        Round changed = new Round(created.id(), space, department, "six-blocks", 42, "2026 H1 (renamed)",
                RoundStatus.CLOSED, null, LocalDate.of(2026, 3, 31), false, 5, at);
        Round updated = rounds().update(changed);

        Round expected = new Round(created.id(), space, department, "six-blocks", 42, "2026 H1 (renamed)",
                RoundStatus.OPEN, null, LocalDate.of(2026, 3, 31), false, 5, at);
        assertEquals("a status given to update is not written", expected, updated);
        assertEquals(expected, rounds().find(space, created.id()).orElseThrow());
        assertTrue(rounds().find(space, created.id()).orElseThrow().isOpen());
    }

    @Test
    @NonTransactional
    public void aClosedRoundStaysClosedWhenAnEditReadBeforeTheClosingIsSaved() {
        String space = freshSpace();
        Round created = rounds().create(round(space, department, "2026 H1", at));
        Round readByTheEditor = rounds().find(space, created.id()).orElseThrow();

        Round closed = rounds().close(space, created.id(), LocalDate.of(2026, 2, 1));
        assertEquals(RoundStatus.CLOSED, closed.status());
        assertEquals(LocalDate.of(2026, 2, 1), closed.closesOn());
        assertEquals("closing twice keeps the first closing day", closed,
                rounds().close(space, created.id(), LocalDate.of(2026, 5, 5)));

        rounds().update(new Round(readByTheEditor.id(), space, department, "six-blocks", 42, "2026 H1 (renamed)",
                RoundStatus.OPEN, readByTheEditor.opensOn(), null, false, 5, at));
        Round found = rounds().find(space, created.id()).orElseThrow();
        assertEquals("the stale edit does not reopen it", RoundStatus.CLOSED, found.status());
        assertEquals("nor drop its closing day", LocalDate.of(2026, 2, 1), found.closesOn());
        assertEquals("2026 H1 (renamed)", found.name());
        assertFalse(rounds().listOpen().stream().anyMatch(r -> r.id() == created.id()));
    }

    @Test
    @NonTransactional
    public void roundsOfAnotherSpaceAreInvisible() {
        String space = freshSpace();
        Round created = rounds().create(round(space, department, "2026 H1", at));
        String other = freshSpace();

        assertFalse(rounds().find(other, created.id()).isPresent());
        assertTrue(rounds().listForDepartment(other, department).isEmpty());
        assertFalse(rounds().find(space, 0).isPresent());
        assertFalse(rounds().find(space, -1).isPresent());
        assertFalse(rounds().find(space, Long.MAX_VALUE).isPresent());
        Round second = rounds().create(round(space, department, "2026 H2", at.plusSeconds(1)));
        assertNotEquals(created.id(), second.id());
    }

    @Test
    @NonTransactional
    public void remindersAndFormPageAreStoredByCreateAndUpdate() {
        String space = freshSpace();
        Round given = new Round(0, space, department, "six-blocks", 42, "2026 H1", RoundStatus.OPEN,
                LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 28), false, 5, at,
                new ReminderPlan(true, 7, 2), "/display/CX/Опрос?x=1&y=«2»");
        Round created = rounds().create(given);
        assertEquals(given.withId(created.id()), rounds().find(space, created.id()).orElseThrow());

        Round changed = new Round(created.id(), space, department, "six-blocks", 42, "2026 H1", RoundStatus.OPEN,
                LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 28), false, 5, at, new ReminderPlan(false, 0, 3), null);
        rounds().update(changed);
        Round found = rounds().find(space, created.id()).orElseThrow();
        assertEquals(changed, found);
        assertEquals(new ReminderPlan(false, 0, 3), found.reminders());
        assertNull(found.formPageUrl());
    }

    @Test
    @NonTransactional
    public void roundsWithoutRemindersReadBackWithNone() {
        String space = freshSpace();
        Round created = rounds().create(round(space, department, "plain", at));
        assertEquals(ReminderPlan.NONE, rounds().find(space, created.id()).orElseThrow().reminders());
    }

    @Test
    @NonTransactional
    public void listOpenHoldsTheOpenRoundsOfEverySpaceAndNoClosedOne() {
        String space = freshSpace();
        String other = freshSpace();
        Round open = rounds().create(round(space, department, "open", at));
        Round openElsewhere = rounds().create(round(other, department + 1, "open elsewhere", at));
        Round closed = rounds().create(round(space, department + 2, "closed", at));
        rounds().close(space, closed.id(), LocalDate.of(2026, 2, 1));

        List<Round> listed = rounds().listOpen();
        assertTrue(listed.contains(open));
        assertTrue(listed.contains(openElsewhere));
        assertFalse(listed.stream().anyMatch(r -> r.id() == closed.id()));
        assertTrue("oldest first", listed.indexOf(open) < listed.indexOf(openElsewhere));
    }
}
