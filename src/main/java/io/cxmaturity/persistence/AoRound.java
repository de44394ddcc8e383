package io.cxmaturity.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** An assessment round of a department. */
@Preload
@Table("ROUND")
public interface AoRound extends Entity {
    String SPACE_KEY = "SPACE_KEY";
    String DEPARTMENT_ID = "DEPARTMENT_ID";
    String SET_KEY = "SET_KEY";
    String SET_VERSION_ID = "SET_VERSION_ID";
    String NAME = "NAME";
    String STATUS = "STATUS";
    String OPENS_ON = "OPENS_ON";
    String CLOSES_ON = "CLOSES_ON";
    String ANONYMOUS = "ANONYMOUS";
    String MIN_GROUP_SIZE = "MIN_GROUP_SIZE";
    String CREATED_AT = "CREATED_AT";
    String REMIND = "REMIND";
    String REMIND_EVERY_DAYS = "REMIND_EVERY_DAYS";
    String REMIND_BEFORE_CLOSE = "REMIND_BEFORE_CLOSE";
    String FORM_PAGE_URL = "FORM_PAGE_URL";

    /** Space the round belongs to. */
    @NotNull
    @Indexed
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    /** ID of the department (AoDepartment) that answers. */
    @NotNull
    @Indexed
    int getDepartmentId();

    void setDepartmentId(int departmentId);

    /** Key of the question set. */
    @NotNull
    String getSetKey();

    void setSetKey(String setKey);

    /** ID of the pinned question-set version (AoSetVersion). */
    @NotNull
    int getSetVersionId();

    void setSetVersionId(int setVersionId);

    /** Display name such as "2026 H1". */
    @NotNull
    String getName();

    void setName(String name);

    /** OPEN or CLOSED. */
    @NotNull
    @Indexed
    String getStatus();

    void setStatus(String status);

    /** First day, ISO yyyy-MM-dd. */
    String getOpensOn();

    void setOpensOn(String opensOn);

    /** Last day, ISO yyyy-MM-dd, or null when open-ended. */
    String getClosesOn();

    void setClosesOn(String closesOn);

    /** Whether answers are stored without the respondent. */
    boolean isAnonymous();

    void setAnonymous(boolean anonymous);

    /** Fewest respondents for a result or breakdown to be shown. */
    int getMinGroupSize();

    void setMinGroupSize(int minGroupSize);

    /** When the round was created, in epoch milliseconds. */
    long getCreatedAt();

    void setCreatedAt(long createdAt);

    /** Whether the scheduled job reminds those who have not answered (false on rows older than the column). */
    @Default("false")
    boolean isRemind();

    void setRemind(boolean remind);

    /** Days between reminders while the round is open; 0: none. */
    @Default("0")
    int getRemindEveryDays();

    void setRemindEveryDays(int days);

    /** One last reminder this many days before the closing day; 0: none. */
    @Default("0")
    int getRemindBeforeClose();

    void setRemindBeforeClose(int days);

    /** The page with the round's form (a Confluence path or an http(s) address); null: the space's home. */
    String getFormPageUrl();

    void setFormPageUrl(String url);
}
