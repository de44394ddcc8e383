package io.cxmaturity.host;

import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.user.User;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The demo spaces and their permissions: CX (the transformation office's space), OTHER (someone else's) and
 * IMPORT (an empty space of the CX admin, for importing a whole space's data into).
 * Members may edit, viewers only read, admins administer; anonymous visitors see neither space.
 */
public final class HostSpaces implements SpaceManager, PermissionManager {
    /** What a user may do in a space. */
    enum Role { VIEWER, MEMBER, ADMIN }

    private final Map<String, Space> spaces = new LinkedHashMap<>();
    private final Map<String, Map<String, Role>> roles = new LinkedHashMap<>();

    HostSpaces() {
        Space cx = space("CX", "Customer Experience");
        grant(cx, "admin", Role.ADMIN);
        grant(cx, "exec", Role.VIEWER);
        grant(cx, "member", Role.MEMBER);
        for (int i = 2; i <= 6; i++) {
            grant(cx, "member" + i, Role.MEMBER);
        }
        grant(cx, "viewer", Role.VIEWER);
        Space other = space("OTHER", "Other Department");
        grant(other, "other", Role.ADMIN);
        Space imports = space("IMPORT", "Imported assessments");
        grant(imports, "admin", Role.ADMIN);
        grant(imports, "viewer", Role.VIEWER);
    }

    private Space space(String key, String name) {
        Space space = new Space(key);
        space.setName(name);
        spaces.put(key, space);
        roles.put(key, new LinkedHashMap<>());
        return space;
    }

    private void grant(Space space, String username, Role role) {
        roles.get(space.getKey()).put(username, role);
    }

    Map<String, Space> spaces() {
        return spaces;
    }

    @Override
    @Deprecated
    public Space getSpace(String spaceKey) {
        return spaceKey == null ? null : spaces.get(spaceKey);
    }

    private HostUsers users;

    void users(HostUsers value) {
        this.users = value;
    }

    @Override
    public java.util.List getSpaceAdmins(Space space, int limit) {
        java.util.List<User> admins = new java.util.ArrayList<>();
        roles.getOrDefault(space.getKey(), Map.of()).forEach((name, role) -> {
            if (role == Role.ADMIN && users != null && users.byName(name) != null && admins.size() < limit) {
                admins.add(users.byName(name));
            }
        });
        return admins;
    }

    @Override
    public boolean hasPermission(User user, Permission permission, Object target) {
        if (!(target instanceof Space) || user == null) {
            return false;
        }
        Role role = roles.getOrDefault(((Space) target).getKey(), Map.of()).get(user.getName());
        if (role == null && user.getName().startsWith(HostUsers.LOAD_PREFIX) && "CX".equals(((Space) target).getKey())) {
            role = Role.MEMBER; // synthetic load-test users exist only when the host allows them
        }
        if (role == null) {
            return false;
        }
        if (permission == Permission.VIEW) {
            return true;
        }
        if (permission == Permission.EDIT) {
            return role != Role.VIEWER;
        }
        return permission == Permission.ADMINISTER && role == Role.ADMIN;
    }
}
