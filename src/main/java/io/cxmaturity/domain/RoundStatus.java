package io.cxmaturity.domain;

/** Whether a round takes answers. */
public enum RoundStatus {
    OPEN, CLOSED
}
