package io.cxmaturity.port;

import io.cxmaturity.domain.BlockOwner;

import java.util.List;

/** Owners of building blocks, per space and set. */
public interface OwnerRepository {
    List<BlockOwner> list(String spaceKey);

    /** Adds an owner; adding the same person to the same block twice changes nothing. */
    BlockOwner add(String spaceKey, String setKey, String blockKey, String userKey);

    void remove(String spaceKey, long ownerId);

    boolean isOwnerInSpace(String spaceKey, String userKey);
}
