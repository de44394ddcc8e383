package io.cxmaturity.persistence;

import net.java.ao.Preload;
import net.java.ao.RawEntity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One revision of a submitted response. The primary key is a random UUID rather than a sequence, so that
 * the order of anonymous responses cannot be matched with the order of participations.
 */
@Preload
@Table("RESPONSE")
public interface AoResponse extends RawEntity<String> {
    String ID = "ID";
    String SPACE_KEY = "SPACE_KEY";
    String ROUND_ID = "ROUND_ID";
    String SET_VERSION_ID = "SET_VERSION_ID";
    String USER_KEY = "USER_KEY";
    String REVISION = "REVISION";
    String REVISION_KEY = "REVISION_KEY";
    String LATEST = "LATEST";
    String SUBMITTED_AT = "SUBMITTED_AT";

    /** Random UUID. */
    @NotNull
    @PrimaryKey(ID)
    String getId();

    void setId(String id);

    /** Space of the round. */
    @NotNull
    @Indexed
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    /** ID of the round (AoRound). */
    @NotNull
    @Indexed
    int getRoundId();

    void setRoundId(int roundId);

    /** ID of the question-set version answered (AoSetVersion). */
    @NotNull
    int getSetVersionId();

    void setSetVersionId(int setVersionId);

    /** User key of the respondent; null in anonymous rounds. */
    @Indexed
    String getUserKey();

    void setUserKey(String userKey);

    /** 1 for the first submission, then 2, 3 … for changes. */
    int getRevision();

    void setRevision(int revision);

    /** "round|user|revision" (or the ID when anonymous): unique, so two concurrent changes cannot both win. */
    @NotNull
    @Unique
    String getRevisionKey();

    void setRevisionKey(String revisionKey);

    /** Whether this is the latest revision, the one results count. */
    @Indexed
    boolean isLatest();

    void setLatest(boolean latest);

    /** Submission time in epoch milliseconds; only the day in anonymous rounds. */
    long getSubmittedAt();

    void setSubmittedAt(long submittedAt);
}
