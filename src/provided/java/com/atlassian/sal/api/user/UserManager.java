/*
 * Compile-only stand-in for com.atlassian.sal:sal-api (5.1.4, Confluence 8.7; 6.x in 9.2).
 * Declares only the members CX Maturity uses, with the real signatures; never packaged (Confluence
 * provides the real type at run time). Evidence for every member: docs/atlassian-api.md.
 */
package com.atlassian.sal.api.user;

public interface UserManager {
    /** The user of the current request, or null when anonymous. */
    UserKey getRemoteUserKey();

    UserProfile getUserProfile(String username);

    UserProfile getUserProfile(UserKey userKey);

    boolean isUserInGroup(UserKey userKey, String group);

    /** Names of groups starting with the prefix, from index {@code start}, at most {@code maxResults}. */
    Iterable<String> findGroupNamesByPrefix(String prefix, int start, int maxResults);
}
