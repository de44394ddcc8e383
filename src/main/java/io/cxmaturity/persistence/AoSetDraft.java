package io.cxmaturity.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One saved revision of a space admin's working copy of a question set. A save inserts the next revision
 * (its unique key makes a concurrent save of the same revision fail) and deletes the older ones, so a set
 * has one row once the save is committed.
 */
@Preload({AoSetDraft.SPACE_KEY, AoSetDraft.SET_KEY, AoSetDraft.REVISION, AoSetDraft.CLEARED, AoSetDraft.UPDATED_BY,
        AoSetDraft.UPDATED_AT})
@Table("SET_DRAFT")
public interface AoSetDraft extends Entity {
    String SPACE_KEY = "SPACE_KEY";
    String SET_KEY = "SET_KEY";
    String REVISION = "REVISION";
    String REVISION_KEY = "REVISION_KEY";
    String CLEARED = "CLEARED";
    String DEFINITION = "DEFINITION";
    String UPDATED_BY = "UPDATED_BY";
    String UPDATED_AT = "UPDATED_AT";

    /** The space. */
    @NotNull
    @Indexed
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    /** Key of the set being edited. */
    @NotNull
    @Indexed
    String getSetKey();

    void setSetKey(String setKey);

    /** Count of saves of this set's drafts in the space, from 1. */
    @NotNull
    int getRevision();

    void setRevision(int revision);

    /** "space|set|revision": unique, so two saves starting from the same revision cannot both succeed. */
    @NotNull
    @Unique
    String getRevisionKey();

    void setRevisionKey(String revisionKey);

    /** True once the working copy was published or discarded (the row only keeps the count). */
    boolean isCleared();

    void setCleared(boolean cleared);

    /** The definition being edited, as JSON; it may break rules until it is published. Null when cleared. */
    @StringLength(StringLength.UNLIMITED)
    String getDefinition();

    void setDefinition(String definition);

    /** User key of the admin who saved this revision. */
    String getUpdatedBy();

    void setUpdatedBy(String updatedBy);

    /** When this revision was saved, in epoch milliseconds. */
    @NotNull
    long getUpdatedAt();

    void setUpdatedAt(long updatedAt);
}
