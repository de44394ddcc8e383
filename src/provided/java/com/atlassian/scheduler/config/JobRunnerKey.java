/*
 * Compile-only stand-in for com.atlassian.scheduler:atlassian-scheduler-api (4.1.0, Confluence 8.7; 5.x in 9.2).
 * Declares only the members CX Maturity uses, with the real signatures; never packaged (Confluence
 * provides the real type at run time). Evidence for every member: docs/atlassian-api.md. The host runs
 * these classes as they are, so the value types behave like the real ones.
 */
package com.atlassian.scheduler.config;

import java.io.Serializable;
import java.util.Objects;

/** (The real class is also Comparable; the plugin never compares, so the stand-in leaves it out.) */
public final class JobRunnerKey implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String id;

    private JobRunnerKey(String id) {
        this.id = Objects.requireNonNull(id, "id");
    }

    public static JobRunnerKey of(String id) {
        return new JobRunnerKey(id);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JobRunnerKey && id.equals(((JobRunnerKey) other).id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
