package io.cxmaturity.persistence;

import io.cxmaturity.domain.ReminderClaim;
import io.cxmaturity.port.ReminderLog;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * What every {@link ReminderLog} must do, on the in-memory fake and on Active Objects on each database: a
 * claim is granted once per round, occasion, person and attempt (also when several threads race for it, as
 * two nodes would), it records who asked and when, and is then marked sent or refused.
 */
public abstract class ReminderLogContract {
    protected abstract ReminderLog log();

    private final long round = ThreadLocalRandom.current().nextLong(100_000, 1_000_000_000);
    private final LocalDate day = LocalDate.of(2026, 11, 9);
    private final Instant at = Instant.parse("2026-11-09T08:00:00.250Z");

    @Test
    @NonTransactional
    public void aClaimIsGrantedOnceAndKeepsWhatItWasGivenWith() {
        ReminderClaim claim = log().claim("CX", round, day, "key-ann", 1, at, "schedule").orElseThrow();

        assertTrue(claim.id() > 0);
        assertEquals(new ReminderClaim(claim.id(), "CX", round, day, "key-ann", 1, ReminderClaim.Status.CLAIMED, at,
                null, "schedule", null), claim);
        assertEquals(Optional.empty(), log().claim("CX", round, day, "key-ann", 1, at.plusSeconds(5), "key-boss"));
        assertEquals(List.of(claim), log().forOccasion(round, day));
    }

    @Test
    @NonTransactional
    public void anotherAttemptOccasionPersonOrRoundIsAnotherClaim() {
        assertTrue(log().claim("CX", round, day, "key-ann", 1, at, "schedule").isPresent());
        assertTrue(log().claim("CX", round, day, "key-ann", 2, at, "schedule").isPresent());
        assertTrue(log().claim("CX", round, day.plusDays(7), "key-ann", 1, at, "schedule").isPresent());
        assertTrue(log().claim("CX", round, day, "key-bob", 1, at, "schedule").isPresent());
        assertTrue(log().claim("CX", round + 1, day, "key-ann", 1, at, "schedule").isPresent());

        assertEquals(3, log().forOccasion(round, day).size());
        assertEquals(4, log().forRound(round).size());
        assertEquals(1, log().forRound(round + 1).size());
        assertTrue(log().forOccasion(round, day.plusDays(1)).isEmpty());
    }

    @Test
    @NonTransactional
    public void aSentClaimRecordsWhenAndARefusedOneWhy() {
        ReminderClaim sent = log().claim("CX", round, day, "key-ann", 1, at, "schedule").orElseThrow();
        ReminderClaim refused = log().claim("CX", round, day, "key-bob", 1, at, "schedule").orElseThrow();
        log().markSent(sent.id(), at.plusSeconds(2));
        log().markFailed(refused.id(), "550 mailbox unavailable " + "x".repeat(400));

        List<ReminderClaim> claims = log().forOccasion(round, day);
        ReminderClaim s = claims.stream().filter(c -> c.userKey().equals("key-ann")).findFirst().orElseThrow();
        ReminderClaim f = claims.stream().filter(c -> c.userKey().equals("key-bob")).findFirst().orElseThrow();
        assertEquals(ReminderClaim.Status.SENT, s.status());
        assertEquals(at.plusSeconds(2), s.sentAt());
        assertNull(s.error());
        assertEquals(ReminderClaim.Status.FAILED, f.status());
        assertNull(f.sentAt());
        assertEquals(255, f.error().length());
        assertTrue(f.error().startsWith("550 mailbox unavailable"));
    }

    @Test
    @NonTransactional
    public void ofManyRacingForTheSameClaimExactlyOneWins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (String user : List.of("key-cat", "key-dan", "key-eve")) {
                List<Callable<Boolean>> racers = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    String trigger = "node-" + i;
                    racers.add(() -> log().claim("CX", round, day, user, 1, at, trigger).isPresent());
                }
                int won = 0;
                for (Future<Boolean> f : pool.invokeAll(racers)) {
                    won += f.get() ? 1 : 0;
                }
                assertEquals("claims granted for " + user, 1, won);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(3, log().forOccasion(round, day).size());
        assertFalse(log().forOccasion(round, day).stream().anyMatch(c -> c.status() != ReminderClaim.Status.CLAIMED));
    }

    @Test
    @NonTransactional
    public void forRoundIsOldestFirst() {
        ReminderClaim first = log().claim("CX", round, day, "key-ann", 1, at, "schedule").orElseThrow();
        ReminderClaim second = log().claim("CX", round, day.plusDays(7), "key-ann", 1, at.plusSeconds(60), "schedule")
                .orElseThrow();
        assertEquals(List.of(first, second), log().forRound(round));
    }
}
