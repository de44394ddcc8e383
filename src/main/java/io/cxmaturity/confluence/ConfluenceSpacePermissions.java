package io.cxmaturity.confluence;

import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.User;
import io.cxmaturity.port.SpacePermissions;

import java.util.ArrayList;
import java.util.List;

/**
 * Space permissions as Confluence decides them: view permission on the space to answer and read, space
 * admin (administer) to configure. The same check Confluence's own web conditions make.
 */
public class ConfluenceSpacePermissions implements SpacePermissions {
    private final SpaceManager spaceManager;
    private final PermissionManager permissionManager;
    private final UserAccessor userAccessor;

    public ConfluenceSpacePermissions(SpaceManager spaceManager, PermissionManager permissionManager,
                                      UserAccessor userAccessor) {
        this.spaceManager = spaceManager;
        this.permissionManager = permissionManager;
        this.userAccessor = userAccessor;
    }

    @Override
    public boolean spaceExists(String spaceKey) {
        return space(spaceKey) != null;
    }

    @Override
    public boolean canView(String spaceKey, String userKey) {
        return has(spaceKey, userKey, Permission.VIEW);
    }

    @Override
    public boolean isSpaceAdmin(String spaceKey, String userKey) {
        return userKey != null && has(spaceKey, userKey, Permission.ADMINISTER);
    }

    /** A respondent needs someone to ask, not the whole admin group: a few names are enough. */
    static final int CONTACTS_SHOWN = 5;

    @Override
    public List<String> spaceAdminNames(String spaceKey) {
        Space space = space(spaceKey);
        if (space == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (Object admin : spaceManager.getSpaceAdmins(space, CONTACTS_SHOWN)) {
            if (admin instanceof User) {
                User user = (User) admin;
                names.add(user.getFullName() == null || user.getFullName().isBlank() ? user.getName() : user.getFullName());
            }
        }
        return names;
    }

    private boolean has(String spaceKey, String userKey, Permission permission) {
        Space space = space(spaceKey);
        if (space == null) {
            return false;
        }
        ConfluenceUser user = null;
        if (userKey != null) {
            user = userAccessor.getUserByKey(new UserKey(userKey));
            if (user == null) {
                return false;
            }
        }
        return permissionManager.hasPermission(user, permission, space);
    }

    @SuppressWarnings("deprecation")
    private Space space(String spaceKey) {
        if (spaceKey == null || spaceKey.isBlank() || spaceKey.length() > 255) {
            return null;
        }
        return spaceManager.getSpace(spaceKey);
    }
}
