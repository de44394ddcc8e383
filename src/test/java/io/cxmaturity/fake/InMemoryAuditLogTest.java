package io.cxmaturity.fake;

import io.cxmaturity.persistence.AuditLogContract;
import io.cxmaturity.port.AuditLog;

import java.util.UUID;

/** The audit fake keeps the Active Objects contract, so service tests that use it can be trusted. */
public class InMemoryAuditLogTest extends AuditLogContract {
    private final InMemoryAuditLog log = new InMemoryAuditLog();

    @Override
    protected AuditLog log() {
        return log;
    }

    @Override
    protected String freshSpace() {
        return "S" + UUID.randomUUID().toString().substring(0, 8);
    }
}
