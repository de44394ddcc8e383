/*
 * Compile-only stand-in for com.atlassian.mail:atlassian-mail (5.3.0, Confluence 8.7).
 * Declares only the members CX Maturity uses, with the real signatures; never packaged (Confluence
 * provides the real type at run time). Evidence for every member: docs/atlassian-api.md. The host runs
 * these classes as they are, so the value types behave like the real ones.
 */
package com.atlassian.mail;

import javax.mail.Multipart;
import java.io.Serializable;

/** A mail as atlassian-mail hands it to the SMTP server: the body is the first part when a multipart is set. */
public class Email implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String to;
    private String subject;
    private String body;
    private String mimeType = "text/plain";
    private String encoding = "UTF-8";
    private transient Multipart multipart;

    public Email(String to) {
        this.to = to;
    }

    public Email setSubject(String value) {
        subject = value;
        return this;
    }

    public Email setBody(String value) {
        body = value;
        return this;
    }

    public Email setMimeType(String value) {
        mimeType = value;
        return this;
    }

    public Email setEncoding(String value) {
        encoding = value;
        return this;
    }

    public Email setMultipart(Multipart value) {
        multipart = value;
        return this;
    }

    public String getTo() {
        return to;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getMimeType() {
        return mimeType;
    }

    public String getEncoding() {
        return encoding;
    }

    public Multipart getMultipart() {
        return multipart;
    }
}
