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

    /**
     * An entry for a change that has already happened: subject and detail longer than their limits are cut
     * (ending in "…", never inside a surrogate pair) rather than refused, since the change must be recorded.
     */
    public static AuditEntry of(String spaceKey, Instant at, String actorKey, String action, String subject,
                                String detail) {
        return new AuditEntry(0, spaceKey, at, actorKey, action, shorten(subject, MAX_SUBJECT),
                shorten(detail, MAX_DETAIL));
    }

    static String shorten(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
