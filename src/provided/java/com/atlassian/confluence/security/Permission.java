/*
 * Compile-only stand-in for com.atlassian.confluence:confluence (Confluence 8.7 / 9.2).
 * Declares only the members CX Maturity uses, with the real signatures; never packaged (Confluence
 * provides the real type at run time). Evidence for every member: docs/atlassian-api.md.
 */
package com.atlassian.confluence.security;

import java.io.Serializable;

public abstract class Permission implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final Permission VIEW = new Permission("VIEW") { };
    public static final Permission EDIT = new Permission("EDIT") { };
    public static final Permission ADMINISTER = new Permission("ADMINISTER") { };

    private final String name;

    private Permission(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}
