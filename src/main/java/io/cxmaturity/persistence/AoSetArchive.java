package io.cxmaturity.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A question set a space archived: one row while it is archived, deleted when it is restored. */
@Preload
@Table("SET_ARCHIVE")
public interface AoSetArchive extends Entity {
    String SPACE_KEY = "SPACE_KEY";
    String SET_KEY = "SET_KEY";
    String ARCHIVE_KEY = "ARCHIVE_KEY";
    String ARCHIVED_BY = "ARCHIVED_BY";
    String ARCHIVED_AT = "ARCHIVED_AT";

    /** The space. */
    @NotNull
    @Indexed
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    /** Key of the archived set. */
    @NotNull
    String getSetKey();

    void setSetKey(String setKey);

    /** "space|set": unique, so a set is archived once however many admins archive it at once. */
    @NotNull
    @Unique
    String getArchiveKey();

    void setArchiveKey(String archiveKey);

    /** User key of the admin who archived it. */
    String getArchivedBy();

    void setArchivedBy(String archivedBy);

    /** When it was archived, in epoch milliseconds. */
    @NotNull
    long getArchivedAt();

    void setArchivedAt(long archivedAt);
}
