package io.cxmaturity.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A space's settings: one row per space that changed the defaults. */
@Preload
@Table("SPACE_SETTINGS")
public interface AoSpaceSettings extends Entity {
    String SPACE_KEY = "SPACE_KEY";
    String VISIBILITY = "VISIBILITY";
    String RESULT_GROUPS = "RESULT_GROUPS";
    String MIN_GROUP_SIZE = "MIN_GROUP_SIZE";
    String DEFAULT_LANGUAGE = "DEFAULT_LANGUAGE";

    /** The space; one row per space. */
    @NotNull
    @Unique
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    /** Who may read results: ALL_VIEWERS, ADMINS_AND_OWNERS or GROUPS. */
    @NotNull
    String getVisibility();

    void setVisibility(String visibility);

    /** The groups that may read results (GROUPS), one per line. */
    @StringLength(StringLength.UNLIMITED)
    String getResultGroups();

    void setResultGroups(String groups);

    /** Minimum group size new rounds start with. */
    int getMinGroupSize();

    void setMinGroupSize(int minGroupSize);

    /** Language code (en, ru, uk) built-in sets are first shown in. */
    String getDefaultLanguage();

    void setDefaultLanguage(String language);
}
