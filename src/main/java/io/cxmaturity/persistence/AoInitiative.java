package io.cxmaturity.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** An initiative of a space's transformation roadmap. */
@Preload
@Table("INITIATIVE")
public interface AoInitiative extends Entity {
    String SPACE_KEY = "SPACE_KEY";
    String SET_KEY = "SET_KEY";
    String BLOCK_KEY = "BLOCK_KEY";
    String DEPT_KEY = "DEPT_KEY";
    String TITLE = "TITLE";
    String DESCRIPTION = "DESCRIPTION";
    String HORIZON_MONTHS = "HORIZON_MONTHS";
    String OWNER_KEY = "OWNER_KEY";
    String STATUS = "STATUS";
    String TARGET_STAGE = "TARGET_STAGE";
    String DUE_ON = "DUE_ON";
    String PROGRESS = "PROGRESS";
    String LINK = "LINK";
    String SOURCE = "SOURCE";
    String SOURCE_REF = "SOURCE_REF";
    String VERSION = "VERSION";
    String CREATED_AT = "CREATED_AT";
    String CREATED_BY = "CREATED_BY";
    String UPDATED_AT = "UPDATED_AT";
    String DONE_AT = "DONE_AT";

    /** The space whose roadmap it is on. */
    @NotNull
    @Indexed
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    /** Key of the question set whose block it works on. */
    @NotNull
    String getSetKey();

    void setSetKey(String setKey);

    /** Key of the building block. */
    @NotNull
    String getBlockKey();

    void setBlockKey(String blockKey);

    /** Key of the department it was planned for; null for the whole space. */
    String getDeptKey();

    void setDeptKey(String deptKey);

    /** Title, up to 200 characters. */
    @NotNull
    String getTitle();

    void setTitle(String title);

    /** Description, up to 4,000 characters; null when none. */
    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    void setDescription(String description);

    /** Horizon: 6, 12 or 24 months. */
    @NotNull
    int getHorizonMonths();

    void setHorizonMonths(int months);

    /** User key of the owner; null while nobody is named. */
    String getOwnerKey();

    void setOwnerKey(String ownerKey);

    /** PLANNED, IN_PROGRESS, DONE or DROPPED. */
    @NotNull
    String getStatus();

    void setStatus(String status);

    /** Stage number of the set it aims at; null when not given. */
    Integer getTargetStage();

    void setTargetStage(Integer stage);

    /** Due date, ISO yyyy-MM-dd; null when none. */
    String getDueOn();

    void setDueOn(String dueOn);

    /** Progress in percent, 0–100. */
    @NotNull
    int getProgress();

    void setProgress(int progress);

    /** Confluence page URL or path, or Jira issue key (up to 500 characters); null when none. */
    @StringLength(StringLength.UNLIMITED)
    String getLink();

    void setLink(String link);

    /** MANUAL, DRIVER, TRANSITION or TEMPLATE. */
    @NotNull
    String getSource();

    void setSource(String source);

    /** The suggestion it was made from, such as template:personas; null when manual. */
    String getSourceRef();

    void setSourceRef(String sourceRef);

    /** Raised by one at every stored change (optimistic concurrency, see AoInitiativeRevision). */
    @NotNull
    int getVersion();

    void setVersion(int version);

    /** When it was created, in epoch milliseconds. */
    @NotNull
    long getCreatedAt();

    void setCreatedAt(long at);

    /** User key of whoever created it. */
    String getCreatedBy();

    void setCreatedBy(String userKey);

    /** When it was last changed, in epoch milliseconds. */
    @NotNull
    long getUpdatedAt();

    void setUpdatedAt(long at);

    /** When its status last became done, in epoch milliseconds; null unless done. */
    Long getDoneAt();

    void setDoneAt(Long at);
}
