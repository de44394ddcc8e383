package io.cxmaturity.fake;

import io.cxmaturity.domain.ReminderClaim;
import io.cxmaturity.port.ReminderLog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reminder claims in memory; the claim key is unique as in the database. */
public class InMemoryReminderLog implements ReminderLog {
    private final List<ReminderClaim> rows = new ArrayList<>();

    @Override
    public synchronized Optional<ReminderClaim> claim(String spaceKey, long roundId, LocalDate occasion, String userKey,
                                                      int attempt, Instant at, String trigger) {
        boolean taken = rows.stream().anyMatch(c -> c.roundId() == roundId && c.occasion().equals(occasion)
                && c.userKey().equals(userKey) && c.attempt() == attempt);
        if (taken) {
            return Optional.empty();
        }
        ReminderClaim claim = new ReminderClaim(rows.size() + 1, spaceKey, roundId, occasion, userKey, attempt,
                ReminderClaim.Status.CLAIMED, at, null, trigger, null);
        rows.add(claim);
        return Optional.of(claim);
    }

    @Override
    public synchronized void markSent(long claimId, Instant at) {
        rows.replaceAll(c -> c.id() == claimId ? new ReminderClaim(c.id(), c.spaceKey(), c.roundId(), c.occasion(),
                c.userKey(), c.attempt(), ReminderClaim.Status.SENT, c.claimedAt(), at, c.trigger(), c.error()) : c);
    }

    @Override
    public synchronized void markFailed(long claimId, String error) {
        String cut = error == null ? null : error.length() > 255 ? error.substring(0, 255) : error;
        rows.replaceAll(c -> c.id() == claimId ? new ReminderClaim(c.id(), c.spaceKey(), c.roundId(), c.occasion(),
                c.userKey(), c.attempt(), ReminderClaim.Status.FAILED, c.claimedAt(), null, c.trigger(), cut) : c);
    }

    @Override
    public synchronized List<ReminderClaim> forOccasion(long roundId, LocalDate occasion) {
        return rows.stream().filter(c -> c.roundId() == roundId && c.occasion().equals(occasion))
                .collect(Collectors.toList());
    }

    @Override
    public synchronized List<ReminderClaim> forRound(long roundId) {
        return rows.stream().filter(c -> c.roundId() == roundId).collect(Collectors.toList());
    }
}
