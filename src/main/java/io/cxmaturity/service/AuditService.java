package io.cxmaturity.service;

import io.cxmaturity.domain.AuditEntry;
import io.cxmaturity.domain.UserRef;
import io.cxmaturity.port.AuditLog;
import io.cxmaturity.port.UserDirectory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit trail of a space: every admin change records who, when, what and about what; space admins read
 * it. Services call {@link #record} right after a change is stored.
 */
public class AuditService {
    public static final int MAX_PAGE = 200;

    private final Access access;
    private final AuditLog log;
    private final UserDirectory users;
    private final Clock clock;

    public AuditService(Access access, AuditLog log, UserDirectory users, Clock clock) {
        this.access = access;
        this.log = log;
        this.users = users;
        this.clock = clock;
    }

    /** An entry with the display name of whoever made the change (their key when the user is gone). */
    public record Line(AuditEntry entry, String actorName) {
    }

    /** Records a change made by {@code actor} (already checked to be allowed to make it). */
    public AuditEntry record(String spaceKey, UserRef actor, String action, String subject, String detail) {
        return log.append(AuditEntry.of(spaceKey, clock.instant(), actor.key(), action, subject, detail));
    }

    /** The newest entries, for space admins; {@code beforeId} pages further back. */
    public List<Line> recent(String spaceKey, int limit, long beforeId) {
        access.requireAdmin(spaceKey);
        if (limit < 1 || limit > MAX_PAGE) {
            throw ServiceException.invalid("out-of-range", "limit", 1, MAX_PAGE);
        }
        Map<String, String> names = new HashMap<>();
        List<Line> lines = new ArrayList<>();
        for (AuditEntry entry : log.recent(spaceKey, limit, beforeId)) {
            String name = names.computeIfAbsent(entry.actorKey(), key -> users.findByKey(key)
                    .map(u -> u.fullName() == null || u.fullName().isBlank() ? u.name() : u.fullName()).orElse(key));
            lines.add(new Line(entry, name));
        }
        return lines;
    }
}
