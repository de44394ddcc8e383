/*
 * Compile-only stand-in for com.atlassian.mail:atlassian-mail (5.3.0, Confluence 8.7).
 * Declares only the members CX Maturity uses, with the real signatures; never packaged (Confluence
 * provides the real type at run time). Evidence for every member: docs/atlassian-api.md. The host runs
 * these classes as they are, so the value types behave like the real ones.
 */
package com.atlassian.mail.server;

public interface MailServerManager {
    /** The SMTP server Confluence sends its own mail through, or null when none is configured. */
    SMTPMailServer getDefaultSMTPMailServer();

    boolean isDefaultSMTPMailServerDefined();
}
