package io.cxmaturity.port;

import io.cxmaturity.domain.AuditEntry;

import java.util.List;

/** The audit trail of admin changes, per space; append-only. */
public interface AuditLog {
    /**
     * Appends an entry given without an id and returns it with its id. Subject and detail are within
     * {@link AuditEntry#MAX_SUBJECT} and {@link AuditEntry#MAX_DETAIL} ({@link AuditEntry#of} cuts them).
     */
    AuditEntry append(AuditEntry entry);

    /** The space's entries newest first, at most {@code limit}, older than {@code beforeId} when it is > 0. */
    List<AuditEntry> recent(String spaceKey, int limit, long beforeId);
}
