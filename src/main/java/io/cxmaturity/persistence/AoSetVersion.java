package io.cxmaturity.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A published version of a question set in a space. Never updated once written. */
@Preload({AoSetVersion.SPACE_KEY, AoSetVersion.SET_KEY, AoSetVersion.VERSION, AoSetVersion.PUBLISHED_AT,
        AoSetVersion.PUBLISHED_BY})
@Table("SET_VERSION")
public interface AoSetVersion extends Entity {
    String SPACE_KEY = "SPACE_KEY";
    String SET_KEY = "SET_KEY";
    String VERSION = "VERSION";
    String VERSION_KEY = "VERSION_KEY";
    String DEFINITION = "DEFINITION";
    String PUBLISHED_AT = "PUBLISHED_AT";
    String PUBLISHED_BY = "PUBLISHED_BY";

    /** Space the version belongs to. */
    @NotNull
    @Indexed
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    /** Key of the set, the same across its versions. */
    @NotNull
    @Indexed
    String getSetKey();

    void setSetKey(String setKey);

    /** Version number, from 1. */
    @NotNull
    int getVersion();

    void setVersion(int version);

    /** "space|set|version": unique, so two admins cannot publish the same version twice. */
    @NotNull
    @Unique
    String getVersionKey();

    void setVersionKey(String versionKey);

    /** The definition as JSON (the format of catalog/question-set.schema.json). */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getDefinition();

    void setDefinition(String definition);

    /** When it was published, in epoch milliseconds. */
    @NotNull
    long getPublishedAt();

    void setPublishedAt(long publishedAt);

    /** User key of the publisher, or "system" for a built-in set. */
    String getPublishedBy();

    void setPublishedBy(String publishedBy);
}
