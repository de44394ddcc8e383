package io.cxmaturity.persistence;

import io.cxmaturity.host.HostTableNames;
import io.cxmaturity.port.AuditLog;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.runner.RunWith;

/** The audit-trail contract on Active Objects (H2 by default; PostgreSQL and MySQL with cx.test.db). */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(CxDatabaseUpdater.class)
@Jdbc(CxTestDatabase.class)
@NameConverters(table = HostTableNames.class, field = AtlassianFieldNameConverter.class)
public class AoAuditLogTest extends AuditLogContract {
    private EntityManager entityManager;
    private AoAuditLog log;

    @Before
    public void setUp() {
        log = new AoAuditLog(AoTestBase.activeObjects(entityManager));
    }

    @Override
    protected AuditLog log() {
        return log;
    }

    @Override
    protected String freshSpace() {
        return AoTestBase.freshSpace();
    }
}
