package io.cxmaturity.service;

import io.cxmaturity.domain.BlockOwner;
import io.cxmaturity.domain.BuildingBlock;
import io.cxmaturity.domain.StoredQuestionSet;
import io.cxmaturity.domain.UserRef;
import io.cxmaturity.port.OwnerRepository;
import io.cxmaturity.port.UserDirectory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Owners of the building blocks of a space's sets: one or more people per block who answer for its part of
 * the transformation. Results and the roadmap name them; everyone who sees the space may read them, space
 * admins assign them.
 */
public class OwnerService {
    /** At most this many owners per block: a block with twenty owners has none. */
    public static final int MAX_PER_BLOCK = 10;

    private final Access access;
    private final OwnerRepository owners;
    private final QuestionSetService sets;
    private final UserDirectory users;
    private final AuditService audit;

    public OwnerService(Access access, OwnerRepository owners, QuestionSetService sets, UserDirectory users,
                        AuditService audit) {
        this.access = access;
        this.owners = owners;
        this.sets = sets;
        this.users = users;
        this.audit = audit;
    }

    /** An owner with the person behind the key (empty when the user no longer exists). */
    public record Owner(BlockOwner owner, Optional<UserRef> user) {
    }

    /** The space's owners, optionally of one set, in the order they were assigned. */
    public List<Owner> list(String spaceKey, String setKey) {
        access.requireView(spaceKey);
        List<Owner> result = new ArrayList<>();
        for (BlockOwner o : owners.list(spaceKey)) {
            if (setKey == null || o.setKey().equals(setKey)) {
                result.add(new Owner(o, users.findByKey(o.userKey())));
            }
        }
        return result;
    }

    /** Makes the user with that login name an owner of the block; assigning someone twice changes nothing. */
    public Owner add(String spaceKey, String setKey, String blockKey, String username) {
        UserRef admin = access.requireAdmin(spaceKey);
        StoredQuestionSet set = sets.require(spaceKey, setKey);
        BuildingBlock block = set.set().block(blockKey == null ? "" : blockKey)
                .orElseThrow(() -> ServiceException.invalid("unknown-block", "blockKey", String.valueOf(blockKey)));
        UserRef user = users.findByName(username == null ? "" : username.trim())
                .orElseThrow(() -> ServiceException.invalid("unknown-user", "user", String.valueOf(username)));
        List<BlockOwner> current = owners.list(spaceKey).stream()
                .filter(o -> o.setKey().equals(set.key()) && o.blockKey().equals(block.key())).toList();
        Optional<BlockOwner> already = current.stream().filter(o -> o.userKey().equals(user.key())).findFirst();
        if (already.isPresent()) {
            return new Owner(already.get(), Optional.of(user));
        }
        if (current.size() >= MAX_PER_BLOCK) {
            throw ServiceException.conflict("too-many-owners", "blockKey", MAX_PER_BLOCK);
        }
        BlockOwner added = owners.add(spaceKey, set.key(), block.key(), user.key());
        audit.record(spaceKey, admin, "owner.add", set.key() + " · " + block.key(), user.fullName());
        return new Owner(added, Optional.of(user));
    }

    public void remove(String spaceKey, long ownerId) {
        UserRef admin = access.requireAdmin(spaceKey);
        BlockOwner owner = owners.list(spaceKey).stream().filter(o -> o.id() == ownerId).findFirst()
                .orElseThrow(() -> ServiceException.notFound("owner-not-found", "id", ownerId));
        owners.remove(spaceKey, ownerId);
        String name = users.findByKey(owner.userKey()).map(UserRef::fullName).orElse(owner.userKey());
        audit.record(spaceKey, admin, "owner.remove", owner.setKey() + " · " + owner.blockKey(), name);
    }
}
