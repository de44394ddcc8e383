/*
 * Compile-only stand-in for com.atlassian.confluence:confluence (Confluence 8.7 / 9.2).
 * Declares only the members CX Maturity uses, with the real signatures; never packaged (Confluence
 * provides the real type at run time). Evidence for every member: docs/atlassian-api.md.
 */
package com.atlassian.confluence.content.render.xhtml;

/** The plugin only reads from the context; the real interface has many more members. */
public interface ConversionContext {
    String getSpaceKey();

    /** Lower-case name of the output type: display, preview, pdf, word, email, feed, html_export, diff. */
    String getOutputType();

    String getOutputDeviceType();

    Object getProperty(String name);
}
