package io.cxmaturity.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** An owner of a building block of a set in a space. */
@Preload
@Table("BLOCK_OWNER")
public interface AoBlockOwner extends Entity {
    String SPACE_KEY = "SPACE_KEY";
    String SET_KEY = "SET_KEY";
    String BLOCK_KEY = "BLOCK_KEY";
    String USER_KEY = "USER_KEY";
    String OWNER_KEY = "OWNER_KEY";

    /** The space. */
    @NotNull
    @Indexed
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    /** Key of the question set. */
    @NotNull
    String getSetKey();

    void setSetKey(String setKey);

    /** Key of the building block. */
    @NotNull
    String getBlockKey();

    void setBlockKey(String blockKey);

    /** User key of the owner. */
    @NotNull
    @Indexed
    String getUserKey();

    void setUserKey(String userKey);

    /** "space|set|block|user": unique, so a person owns a block once. */
    @NotNull
    @Unique
    String getOwnerKey();

    void setOwnerKey(String ownerKey);
}
