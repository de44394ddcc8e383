package io.cxmaturity.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.cxmaturity.domain.AuditEntry;
import io.cxmaturity.port.AuditLog;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The audit trail in Active Objects. */
public class AoAuditLog implements AuditLog {
    private final ActiveObjects ao;

    public AoAuditLog(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public AuditEntry append(AuditEntry e) {
        return ao.executeInTransaction(() -> toDomain(ao.create(AoAuditEntry.class,
                new DBParam(AoAuditEntry.SPACE_KEY, e.spaceKey()),
                new DBParam(AoAuditEntry.AT, e.at().toEpochMilli()),
                new DBParam(AoAuditEntry.ACTOR_KEY, e.actorKey()),
                new DBParam(AoAuditEntry.ACTION, e.action()),
                new DBParam(AoAuditEntry.SUBJECT, e.subject()),
                new DBParam(AoAuditEntry.DETAIL, e.detail()))));
    }

    @Override
    public List<AuditEntry> recent(String spaceKey, int limit, long beforeId) {
        Query query = beforeId > 0
                ? Query.select().where(AoAuditEntry.SPACE_KEY + " = ? AND ID < ?", spaceKey, (int) beforeId)
                : Query.select().where(AoAuditEntry.SPACE_KEY + " = ?", spaceKey);
        return Arrays.stream(ao.find(AoAuditEntry.class, query.order("ID DESC").limit(limit)))
                .map(AoAuditLog::toDomain).collect(Collectors.toList());
    }

    private static AuditEntry toDomain(AoAuditEntry row) {
        return new AuditEntry(row.getID(), row.getSpaceKey(), Instant.ofEpochMilli(row.getAt()), row.getActorKey(),
                row.getAction(), row.getSubject(), row.getDetail());
    }
}
