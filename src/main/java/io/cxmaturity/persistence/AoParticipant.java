package io.cxmaturity.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * That a person took part in a round: one row per person and round, enforced by the database. Kept apart
 * from the answers and holding nothing that points at them, so anonymous responses stay anonymous.
 */
@Preload
@Table("PARTICIPANT")
public interface AoParticipant extends Entity {
    String ROUND_ID = "ROUND_ID";
    String USER_KEY = "USER_KEY";
    String PARTICIPANT_KEY = "PARTICIPANT_KEY";
    String SUBMITTED_AT = "SUBMITTED_AT";

    /** ID of the round (AoRound). */
    @NotNull
    @Indexed
    int getRoundId();

    void setRoundId(int roundId);

    /** User key of the participant. */
    @NotNull
    @Indexed
    String getUserKey();

    void setUserKey(String userKey);

    /** "round|user": unique, so a second submission by the same person fails even on another node. */
    @NotNull
    @Unique
    String getParticipantKey();

    void setParticipantKey(String participantKey);

    /** When the person first submitted, in epoch milliseconds. */
    long getSubmittedAt();

    void setSubmittedAt(long submittedAt);
}
