/*
 * Compile-only stand-in for com.atlassian.confluence:confluence (Confluence 8.7 / 9.2).
 * Declares only the members CX Maturity uses, with the real signatures; never packaged (Confluence
 * provides the real type at run time). Evidence for every member: docs/atlassian-api.md.
 */
package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.Group;

import java.util.List;

/** The real interface extends GroupResolver among others; the plugin finds a group through it. */
public interface UserAccessor extends GroupResolver {
    /** The user with that key, or null when there is none. */
    ConfluenceUser getUserByKey(UserKey key);

    /** The user with that login name, or null when there is none. */
    ConfluenceUser getUserByName(String name);

    /** Login names of the group's members (raw List in the real signature). */
    @SuppressWarnings("rawtypes")
    List getMemberNamesAsList(Group group);
}
