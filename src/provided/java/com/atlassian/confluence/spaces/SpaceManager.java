/*
 * Compile-only stand-in for com.atlassian.confluence:confluence (Confluence 8.7 / 9.2).
 * Declares only the members CX Maturity uses, with the real signatures; never packaged (Confluence
 * provides the real type at run time). Evidence for every member: docs/atlassian-api.md.
 */
package com.atlassian.confluence.spaces;

import java.util.List;

public interface SpaceManager {
    /** At most {@code limit} of the users with the administer permission on the space (com.atlassian.user.User). */
    List getSpaceAdmins(Space space, int limit);

    /** The space with that key, or null. Deprecated in 8.7 in favour of SpaceService, still present in 10. */
    @Deprecated
    Space getSpace(String spaceKey);
}
