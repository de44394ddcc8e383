package io.cxmaturity.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A respondent's unsubmitted answers in a round; deleted when they submit. */
@Preload({AoDraft.ROUND_ID, AoDraft.USER_KEY, AoDraft.SAVED_AT})
@Table("DRAFT")
public interface AoDraft extends Entity {
    String ROUND_ID = "ROUND_ID";
    String USER_KEY = "USER_KEY";
    String DRAFT_KEY = "DRAFT_KEY";
    String ANSWERS = "ANSWERS";
    String SAVED_AT = "SAVED_AT";

    /** ID of the round (AoRound). */
    @NotNull
    @Indexed
    int getRoundId();

    void setRoundId(int roundId);

    /** User key of the respondent. */
    @NotNull
    String getUserKey();

    void setUserKey(String userKey);

    /** "round|user": one draft per person and round. */
    @NotNull
    @Unique
    String getDraftKey();

    void setDraftKey(String draftKey);

    /** The answers as a JSON array. */
    @StringLength(StringLength.UNLIMITED)
    String getAnswers();

    void setAnswers(String answers);

    /** Last save, in epoch milliseconds. */
    long getSavedAt();

    void setSavedAt(long savedAt);
}
