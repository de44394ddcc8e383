/*
 * Compile-only stand-in for com.atlassian.sal:sal-api (5.1.4, Confluence 8.7; 6.x in 9.2).
 * Declares only the members CX Maturity uses, with the real signatures; never packaged (Confluence
 * provides the real type at run time). Evidence for every member: docs/atlassian-api.md.
 */
package com.atlassian.sal.api.message;

import java.io.Serializable;
import java.util.Locale;

/** Resolves texts in the current user's language. */
public interface I18nResolver {
    String getText(String key);

    String getText(String key, Serializable... arguments);

    /** The text in the given locale (for mail to someone other than the current user). */
    String getText(Locale locale, String key, Serializable... arguments);
}
