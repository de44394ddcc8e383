/*
 * Compile-only stand-in for com.atlassian.confluence:confluence (Confluence 8.7 / 9.2).
 * Declares only the members CX Maturity uses, with the real signatures; never packaged (Confluence
 * provides the real type at run time). Evidence for every member: docs/atlassian-api.md. The host runs
 * these classes as they are, so the value types behave like the real ones.
 */
package com.atlassian.confluence.user;

import com.atlassian.user.Group;

public interface GroupResolver {
    /** The group of that name, or null. */
    Group getGroup(String name);
}
