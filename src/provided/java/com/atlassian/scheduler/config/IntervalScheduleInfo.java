/*
 * Compile-only stand-in for com.atlassian.scheduler:atlassian-scheduler-api (4.1.0, Confluence 8.7; 5.x in 9.2).
 * Declares only the members CX Maturity uses, with the real signatures; never packaged (Confluence
 * provides the real type at run time). Evidence for every member: docs/atlassian-api.md. The host runs
 * these classes as they are, so the value types behave like the real ones.
 */
package com.atlassian.scheduler.config;

import java.util.Date;

public final class IntervalScheduleInfo {
    private final Date firstRunTime;
    private final long intervalInMillis;

    IntervalScheduleInfo(Date firstRunTime, long intervalInMillis) {
        this.firstRunTime = firstRunTime == null ? null : new Date(firstRunTime.getTime());
        this.intervalInMillis = intervalInMillis;
    }

    public Date getFirstRunTime() {
        return firstRunTime == null ? null : new Date(firstRunTime.getTime());
    }

    public long getIntervalInMillis() {
        return intervalInMillis;
    }
}
