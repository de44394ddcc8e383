package io.cxmaturity.domain;

/** Where an initiative of the roadmap stands. */
public enum InitiativeStatus {
    PLANNED, IN_PROGRESS, DONE, DROPPED;

    /** Whether work on it is over (done or dropped): such an initiative is never overdue. */
    public boolean isClosed() {
        return this == DONE || this == DROPPED;
    }
}
