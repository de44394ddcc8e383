/*
 * Compile-only stand-in for com.atlassian.mail:atlassian-mail (5.3.0, Confluence 8.7).
 * Declares only the members CX Maturity uses, with the real signatures; never packaged (Confluence
 * provides the real type at run time). Evidence for every member: docs/atlassian-api.md. The host runs
 * these classes as they are, so the value types behave like the real ones.
 */
package com.atlassian.mail.server;

import com.atlassian.mail.Email;
import com.atlassian.mail.MailException;

public interface SMTPMailServer extends MailServer {
    String getDefaultFrom();

    void send(Email email) throws MailException;
}
