/*
 * Compile-only stand-in for com.atlassian.soy:soy-template-renderer-api (6.0.7).
 * Declares only the members CX Maturity uses, with the real signatures; never packaged (Confluence
 * provides the real type at run time). Evidence for every member: docs/atlassian-api.md.
 */
package com.atlassian.soy.renderer;

public class SoyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SoyException(String message) {
        super(message);
    }

    public SoyException(String message, Throwable cause) {
        super(message, cause);
    }

    public SoyException(Throwable cause) {
        super(cause);
    }
}
