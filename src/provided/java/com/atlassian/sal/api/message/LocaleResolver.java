/*
 * Compile-only stand-in for com.atlassian.sal:sal-api (5.1.4, Confluence 8.7; 6.x in 9.2).
 * Declares only the members CX Maturity uses, with the real signatures; never packaged (Confluence
 * provides the real type at run time). Evidence for every member: docs/atlassian-api.md.
 */
package com.atlassian.sal.api.message;

import com.atlassian.sal.api.user.UserKey;

import java.util.Locale;

public interface LocaleResolver {
    /** The current user's locale (the user's preference, else the application's default). */
    Locale getLocale();

    /** The locale of the given user (their preference, else the application's default). */
    Locale getLocale(UserKey userKey);
}
