package io.cxmaturity.domain;

import java.time.Instant;

/**
 * One admin change in a space: who did it, when, what kind of change ({@code action}, a stable key such as
 * "department.create"), what it was about ({@code subject}, such as a department key or "six-blocks v2") and a
 * short human-readable detail (for example "Sales → Sales & Partners"). Entries are never changed.
 */
public record AuditEntry(long id, String spaceKey, Instant at, String actorKey, String action, String subject,
                         String detail) {
    public static final int MAX_SUBJECT = 255;
    public static final int MAX_DETAIL = 1000;
}
