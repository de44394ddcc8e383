package io.cxmaturity.port;

import io.cxmaturity.domain.ReminderClaim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The claims of reminders: one row per round, occasion, person and attempt, unique in the database, so that
 * a reminder is sent by one node only, and what was sent when stays on record.
 */
public interface ReminderLog {
    /**
     * Claims attempt {@code attempt} of a person's reminder for an occasion. Empty when that attempt is already
     * claimed (by another node or an earlier run): the caller then does not send.
     */
    Optional<ReminderClaim> claim(String spaceKey, long roundId, LocalDate occasion, String userKey, int attempt,
                                  Instant at, String trigger);

    /** The mail of a claim left: the claim is sent. */
    void markSent(long claimId, Instant at);

    /** The mail of a claim was refused or could not be handed over; {@code error} is cut to 255 characters. */
    void markFailed(long claimId, String error);

    /** Every claim of a round's occasion, any attempt. */
    List<ReminderClaim> forOccasion(long roundId, LocalDate occasion);

    /** Every claim of a round, oldest first. */
    List<ReminderClaim> forRound(long roundId);
}
