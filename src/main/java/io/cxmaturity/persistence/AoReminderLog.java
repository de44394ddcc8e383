package io.cxmaturity.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.cxmaturity.domain.ReminderClaim;
import io.cxmaturity.port.ReminderLog;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reminder claims in Active Objects; the unique claim key decides which node sends. */
public class AoReminderLog implements ReminderLog {
    private final ActiveObjects ao;

    public AoReminderLog(ActiveObjects ao) {
        this.ao = ao;
    }

    static String claimKey(long roundId, LocalDate occasion, String userKey, int attempt) {
        return roundId + "|" + occasion + "|" + userKey + "|" + attempt;
    }

    @Override
    public Optional<ReminderClaim> claim(String spaceKey, long roundId, LocalDate occasion, String userKey,
                                         int attempt, Instant at, String trigger) {
        try {
            AoReminder row = ao.executeInTransaction(() -> ao.create(AoReminder.class,
                    new DBParam(AoReminder.SPACE_KEY, spaceKey),
                    new DBParam(AoReminder.ROUND_ID, (int) roundId),
                    new DBParam(AoReminder.OCCASION, occasion.toString()),
                    new DBParam(AoReminder.USER_KEY, userKey),
                    new DBParam(AoReminder.ATTEMPT, attempt),
                    new DBParam(AoReminder.CLAIM_KEY, claimKey(roundId, occasion, userKey, attempt)),
                    new DBParam(AoReminder.STATUS, ReminderClaim.Status.CLAIMED.name()),
                    new DBParam(AoReminder.CLAIMED_AT, at.toEpochMilli()),
                    new DBParam(AoReminder.SENT_AT, 0L),
                    new DBParam(AoReminder.TRIGGERED_BY, trigger)));
            return Optional.of(toDomain(row));
        } catch (RuntimeException e) {
            if (Constraints.isViolation(e)) {
                return Optional.empty(); // another node or run holds this attempt
            }
            throw e;
        }
    }

    @Override
    public void markSent(long claimId, Instant at) {
        ao.executeInTransaction(() -> {
            AoReminder row = ao.get(AoReminder.class, (int) claimId);
            row.setStatus(ReminderClaim.Status.SENT.name());
            row.setSentAt(at.toEpochMilli());
            row.save();
            return null;
        });
    }

    @Override
    public void markFailed(long claimId, String error) {
        ao.executeInTransaction(() -> {
            AoReminder row = ao.get(AoReminder.class, (int) claimId);
            row.setStatus(ReminderClaim.Status.FAILED.name());
            row.setError(error == null ? null : error.length() > 255 ? error.substring(0, 255) : error);
            row.save();
            return null;
        });
    }

    @Override
    public List<ReminderClaim> forOccasion(long roundId, LocalDate occasion) {
        return Arrays.stream(ao.find(AoReminder.class, Query.select()
                        .where(AoReminder.ROUND_ID + " = ? AND " + AoReminder.OCCASION + " = ?", (int) roundId,
                                occasion.toString()).order("ID ASC")))
                .map(AoReminderLog::toDomain).collect(Collectors.toList());
    }

    @Override
    public List<ReminderClaim> forRound(long roundId) {
        return Arrays.stream(ao.find(AoReminder.class, Query.select()
                        .where(AoReminder.ROUND_ID + " = ?", (int) roundId).order("ID ASC")))
                .map(AoReminderLog::toDomain).collect(Collectors.toList());
    }

    private static ReminderClaim toDomain(AoReminder row) {
        return new ReminderClaim(row.getID(), row.getSpaceKey(), row.getRoundId(), LocalDate.parse(row.getOccasion()),
                row.getUserKey(), row.getAttempt(), ReminderClaim.Status.valueOf(row.getStatus()),
                Instant.ofEpochMilli(row.getClaimedAt()), row.getSentAt() == 0 ? null : Instant.ofEpochMilli(row.getSentAt()),
                row.getTriggeredBy(), row.getError());
    }
}
