package io.cxmaturity.domain;

/** Who may read a space's results (space admins always may). */
public enum ResultsVisibility {
    /** Everyone who can view the space. */
    ALL_VIEWERS,
    /** Space admins and the owners of building blocks. */
    ADMINS_AND_OWNERS,
    /** Space admins and members of named groups. */
    GROUPS
}
