/*
 * Compile-only stand-in for com.atlassian.scheduler:atlassian-scheduler-api (4.1.0, Confluence 8.7; 5.x in 9.2).
 * Declares only the members CX Maturity uses, with the real signatures; never packaged (Confluence
 * provides the real type at run time). Evidence for every member: docs/atlassian-api.md. The host runs
 * these classes as they are, so the value types behave like the real ones.
 */
package com.atlassian.scheduler.config;

import java.util.Date;

public final class Schedule {
    /** The kinds of schedule. */
    public enum Type {
        CRON_EXPRESSION, INTERVAL
    }

    private final IntervalScheduleInfo interval;

    private Schedule(IntervalScheduleInfo interval) {
        this.interval = interval;
    }

    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        return new Schedule(new IntervalScheduleInfo(firstRunTime, intervalInMillis));
    }

    public Type getType() {
        return Type.INTERVAL;
    }

    public IntervalScheduleInfo getIntervalScheduleInfo() {
        return interval;
    }
}
