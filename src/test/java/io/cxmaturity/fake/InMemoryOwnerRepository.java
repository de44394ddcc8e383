package io.cxmaturity.fake;

import io.cxmaturity.domain.BlockOwner;
import io.cxmaturity.port.OwnerRepository;

import java.util.ArrayList;
import java.util.List;

/**
 * Block owners in memory, listed in the order they were added (as Active Objects lists them, by ID). A
 * person owns a block of a set in a space once: adding them again returns the owner already stored.
 */
public final class InMemoryOwnerRepository implements OwnerRepository {
    private final List<BlockOwner> rows = new ArrayList<>();
    private long nextId = 1;

    @Override
    public synchronized List<BlockOwner> list(String spaceKey) {
        return rows.stream().filter(o -> o.spaceKey().equals(spaceKey)).toList();
    }

    @Override
    public synchronized BlockOwner add(String spaceKey, String setKey, String blockKey, String userKey) {
        for (BlockOwner o : rows) {
            if (o.spaceKey().equals(spaceKey) && o.setKey().equals(setKey) && o.blockKey().equals(blockKey)
                    && o.userKey().equals(userKey)) {
                return o;
            }
        }
        BlockOwner owner = new BlockOwner(nextId++, spaceKey, setKey, blockKey, userKey);
        rows.add(owner);
        return owner;
    }

    @Override
    public synchronized void remove(String spaceKey, long ownerId) {
        rows.removeIf(o -> o.id() == ownerId && o.spaceKey().equals(spaceKey));
    }

    @Override
    public synchronized boolean isOwnerInSpace(String spaceKey, String userKey) {
        return rows.stream().anyMatch(o -> o.spaceKey().equals(spaceKey) && o.userKey().equals(userKey));
    }
}
