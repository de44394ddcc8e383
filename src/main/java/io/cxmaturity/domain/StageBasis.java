package io.cxmaturity.domain;

/** What the stage bands of a set are written in. */
public enum StageBasis {
    /** Total points, e.g. 0–19 of 95. */
    POINTS,
    /** Percent of the maximum points, e.g. 0–20 %. */
    PERCENT
}
