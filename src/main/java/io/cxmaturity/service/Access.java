package io.cxmaturity.service;

import io.cxmaturity.domain.UserRef;
import io.cxmaturity.port.SpacePermissions;
import io.cxmaturity.port.UserDirectory;

import java.util.Optional;

/**
 * The permission checks every use case starts with. An unknown space and a space the user cannot see give
 * the same answer (not found), so that space keys cannot be probed.
 */
public final class Access {
    private final UserDirectory users;
    private final SpacePermissions permissions;

    public Access(UserDirectory users, SpacePermissions permissions) {
        this.users = users;
        this.permissions = permissions;
    }

    public Optional<UserRef> currentUser() {
        return users.currentUser();
    }

    /** The space must exist and the caller (anonymous too) must see it. */
    public Optional<UserRef> requireView(String spaceKey) {
        Optional<UserRef> user = users.currentUser();
        String userKey = user.map(UserRef::key).orElse(null);
        if (spaceKey == null || !permissions.spaceExists(spaceKey) || !permissions.canView(spaceKey, userKey)) {
            if (user.isEmpty() && spaceKey != null && permissions.spaceExists(spaceKey)) {
                throw ServiceException.unauthenticated();
            }
            throw ServiceException.notFound("space-not-found", "spaceKey", spaceKey == null ? "" : spaceKey);
        }
        return user;
    }

    /** A logged-in user who can see the space. */
    public UserRef requireViewer(String spaceKey) {
        if (users.currentUser().isEmpty()) {
            throw ServiceException.unauthenticated();
        }
        return requireView(spaceKey).orElseThrow(ServiceException::unauthenticated);
    }

    /** A logged-in space admin. */
    public UserRef requireAdmin(String spaceKey) {
        UserRef user = requireViewer(spaceKey);
        if (!permissions.isSpaceAdmin(spaceKey, user.key())) {
            throw ServiceException.forbidden("space-admin-required");
        }
        return user;
    }

    /** Who administers the space (names to show as "ask …"). */
    public java.util.List<String> spaceAdminNames(String spaceKey) {
        return permissions.spaceAdminNames(spaceKey);
    }

    public boolean isAdmin(String spaceKey, UserRef user) {
        return user != null && permissions.isSpaceAdmin(spaceKey, user.key());
    }
}
