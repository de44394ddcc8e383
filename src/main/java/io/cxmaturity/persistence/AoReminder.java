package io.cxmaturity.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A claimed reminder: one row per round, occasion, person and attempt. Inserted before the mail is sent; the
 * unique claim key makes a second node's insert fail, so only one node sends.
 */
@Preload
@Table("REMINDER")
public interface AoReminder extends Entity {
    String SPACE_KEY = "SPACE_KEY";
    String ROUND_ID = "ROUND_ID";
    String OCCASION = "OCCASION";
    String USER_KEY = "USER_KEY";
    String ATTEMPT = "ATTEMPT";
    String CLAIM_KEY = "CLAIM_KEY";
    String STATUS = "STATUS";
    String CLAIMED_AT = "CLAIMED_AT";
    String SENT_AT = "SENT_AT";
    String TRIGGERED_BY = "TRIGGERED_BY";
    String ERROR = "ERROR";

    /** Space of the round. */
    @NotNull
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    /** ID of the round (AoRound). */
    @NotNull
    @Indexed
    int getRoundId();

    void setRoundId(int roundId);

    /** The reminder day, ISO yyyy-MM-dd. */
    @NotNull
    String getOccasion();

    void setOccasion(String occasion);

    /** User key of the person reminded. */
    @NotNull
    String getUserKey();

    void setUserKey(String userKey);

    /** 1 for the first try; a later run tries again with the next number after a refused mail. */
    int getAttempt();

    void setAttempt(int attempt);

    /** "round|occasion|user|attempt": unique, so two nodes cannot both claim the same attempt. */
    @NotNull
    @Unique
    String getClaimKey();

    void setClaimKey(String claimKey);

    /** CLAIMED, SENT or FAILED. */
    @NotNull
    String getStatus();

    void setStatus(String status);

    /** When the claim was made, in epoch milliseconds. */
    long getClaimedAt();

    void setClaimedAt(long claimedAt);

    /** When the mail server accepted the mail, in epoch milliseconds; 0 until then. */
    long getSentAt();

    void setSentAt(long sentAt);

    /** "schedule", or the user key of the admin who sent reminders now. */
    String getTriggeredBy();

    void setTriggeredBy(String triggeredBy);

    /** Why the mail server refused the mail (first 255 characters). */
    String getError();

    void setError(String error);
}
