package io.cxmaturity.fake;

import io.cxmaturity.domain.AuditEntry;
import io.cxmaturity.port.AuditLog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The audit trail in memory, newest first like Active Objects' ID order. */
public class InMemoryAuditLog implements AuditLog {
    private final List<AuditEntry> entries = new ArrayList<>();
    private long nextId = 1;

    @Override
    public synchronized AuditEntry append(AuditEntry e) {
        AuditEntry stored = new AuditEntry(nextId++, e.spaceKey(), e.at(), e.actorKey(), e.action(), e.subject(),
                e.detail());
        entries.add(stored);
        return stored;
    }

    @Override
    public synchronized List<AuditEntry> recent(String spaceKey, int limit, long beforeId) {
        return entries.stream().filter(e -> e.spaceKey().equals(spaceKey))
                .filter(e -> beforeId <= 0 || e.id() < beforeId)
                .sorted(Comparator.comparingLong(AuditEntry::id).reversed()).limit(limit).toList();
    }
}
