package io.cxmaturity.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.cxmaturity.domain.BlockOwner;
import io.cxmaturity.port.OwnerRepository;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Block owners in Active Objects. */
public class AoOwnerRepository implements OwnerRepository {
    private final ActiveObjects ao;

    public AoOwnerRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<BlockOwner> list(String spaceKey) {
        return Arrays.stream(ao.find(AoBlockOwner.class, Query.select()
                        .where(AoBlockOwner.SPACE_KEY + " = ?", spaceKey).order("ID ASC")))
                .map(AoOwnerRepository::toDomain).collect(Collectors.toList());
    }

    @Override
    public BlockOwner add(String spaceKey, String setKey, String blockKey, String userKey) {
        String key = spaceKey + "|" + setKey + "|" + blockKey + "|" + userKey;
        try {
            return insertUnlessPresent(spaceKey, setKey, blockKey, userKey, key);
        } catch (RuntimeException e) {
            if (!Constraints.isViolation(e)) {
                throw e;
            }
            // Another request added the same owner between our look-up and insert: theirs is ours.
            return insertUnlessPresent(spaceKey, setKey, blockKey, userKey, key);
        }
    }

    private BlockOwner insertUnlessPresent(String spaceKey, String setKey, String blockKey, String userKey,
                                           String key) {
        return ao.executeInTransaction(() -> {
            AoBlockOwner[] existing = ao.find(AoBlockOwner.class, AoBlockOwner.OWNER_KEY + " = ?", key);
            if (existing.length > 0) {
                return toDomain(existing[0]);
            }
            return toDomain(ao.create(AoBlockOwner.class,
                    new DBParam(AoBlockOwner.SPACE_KEY, spaceKey),
                    new DBParam(AoBlockOwner.SET_KEY, setKey),
                    new DBParam(AoBlockOwner.BLOCK_KEY, blockKey),
                    new DBParam(AoBlockOwner.USER_KEY, userKey),
                    new DBParam(AoBlockOwner.OWNER_KEY, key)));
        });
    }

    @Override
    public void remove(String spaceKey, long ownerId) {
        ao.executeInTransaction(() -> ao.deleteWithSQL(AoBlockOwner.class,
                "ID = ? AND " + AoBlockOwner.SPACE_KEY + " = ?", (int) ownerId, spaceKey));
    }

    @Override
    public boolean isOwnerInSpace(String spaceKey, String userKey) {
        return ao.count(AoBlockOwner.class, AoBlockOwner.SPACE_KEY + " = ? AND " + AoBlockOwner.USER_KEY + " = ?",
                spaceKey, userKey) > 0;
    }

    private static BlockOwner toDomain(AoBlockOwner row) {
        return new BlockOwner(row.getID(), row.getSpaceKey(), row.getSetKey(), row.getBlockKey(), row.getUserKey());
    }
}
