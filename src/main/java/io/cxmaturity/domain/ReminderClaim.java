package io.cxmaturity.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One attempt to remind one person of one round for one occasion. The row is stored (claimed) before the
 * mail goes out, under a key unique in the database, so that of two nodes (or two runs) only one sends it;
 * it is then marked sent, or failed when the mail server refused it (a later run may try again, as a new
 * attempt). A claim still {@link Status#CLAIMED} long after its time belongs to a run that died while sending:
 * nobody knows whether the mail left, so it is never sent again (see ReminderService).
 *
 * @param trigger who asked: "schedule" for the job, or the user key of the admin who pressed "send now"
 */
public record ReminderClaim(long id, String spaceKey, long roundId, LocalDate occasion, String userKey, int attempt,
                            Status status, Instant claimedAt, Instant sentAt, String trigger, String error) {
    /** Where an attempt stands. */
    public enum Status {
        /** Claimed; the mail is being sent (or the run died while sending it). */
        CLAIMED,
        /** The mail server accepted the mail. */
        SENT,
        /** The mail server refused the mail or could not be reached; nothing was sent. */
        FAILED
    }

    public static final String SCHEDULE = "schedule";
}
