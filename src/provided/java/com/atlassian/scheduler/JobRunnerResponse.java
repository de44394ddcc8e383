/*
 * Compile-only stand-in for com.atlassian.scheduler:atlassian-scheduler-api (4.1.0, Confluence 8.7; 5.x in 9.2).
 * Declares only the members CX Maturity uses, with the real signatures; never packaged (Confluence
 * provides the real type at run time). Evidence for every member: docs/atlassian-api.md. The host runs
 * these classes as they are, so the value types behave like the real ones.
 */
package com.atlassian.scheduler;

import com.atlassian.scheduler.status.RunOutcome;

public final class JobRunnerResponse {
    private final RunOutcome outcome;
    private final String message;

    private JobRunnerResponse(RunOutcome outcome, String message) {
        this.outcome = outcome;
        this.message = message;
    }

    public static JobRunnerResponse success() {
        return new JobRunnerResponse(RunOutcome.SUCCESS, null);
    }

    public static JobRunnerResponse success(String message) {
        return new JobRunnerResponse(RunOutcome.SUCCESS, message);
    }

    public static JobRunnerResponse aborted(String message) {
        return new JobRunnerResponse(RunOutcome.ABORTED, message);
    }

    public static JobRunnerResponse failed(String message) {
        return new JobRunnerResponse(RunOutcome.FAILED, message);
    }

    public static JobRunnerResponse failed(Throwable cause) {
        return new JobRunnerResponse(RunOutcome.FAILED, String.valueOf(cause));
    }

    public RunOutcome getRunOutcome() {
        return outcome;
    }

    public String getMessage() {
        return message;
    }

    @Override
    public String toString() {
        return outcome + (message == null ? "" : ": " + message);
    }
}
