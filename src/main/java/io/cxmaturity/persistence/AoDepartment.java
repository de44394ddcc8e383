package io.cxmaturity.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** A department (group of respondents) of a space. */
@Preload
@Table("DEPARTMENT")
public interface AoDepartment extends Entity {
    String SPACE_KEY = "SPACE_KEY";
    String DEPT_KEY = "DEPT_KEY";
    String NAME = "NAME";
    String SET_KEY = "SET_KEY";
    String ARCHIVED = "ARCHIVED";
    String HEADCOUNT = "HEADCOUNT";
    String CADENCE_MONTHS = "CADENCE_MONTHS";
    String RESPONDENT_GROUP = "RESPONDENT_GROUP";

    /** Space the department belongs to. */
    @NotNull
    @Indexed
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    /** Stable key that macros use to name the department. */
    @NotNull
    @Indexed
    String getDeptKey();

    void setDeptKey(String deptKey);

    /** Display name. */
    @NotNull
    String getName();

    void setName(String name);

    /** Key of the question set the department answers. */
    @NotNull
    String getSetKey();

    void setSetKey(String setKey);

    /** How many people are expected to answer (for the response rate); 0 when not given. */
    int getHeadcount();

    void setHeadcount(int headcount);

    /** Re-assessment every 6 or 12 months; 0 when not planned. Rows from before the column read as 0. */
    int getCadenceMonths();

    void setCadenceMonths(int months);

    /** Confluence group expected to answer; null when not named. */
    String getRespondentGroup();

    void setRespondentGroup(String group);

    /** Archived departments keep their rounds but take no new ones. */
    boolean isArchived();

    void setArchived(boolean archived);
}
