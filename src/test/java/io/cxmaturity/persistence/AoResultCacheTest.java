package io.cxmaturity.persistence;

import io.cxmaturity.host.HostTableNames;
import io.cxmaturity.port.ResultCache;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.runner.RunWith;

/** The result-cache contract on Active Objects (H2 by default; PostgreSQL and MySQL with cx.test.db). */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(CxDatabaseUpdater.class)
@Jdbc(CxTestDatabase.class)
@NameConverters(table = HostTableNames.class, field = AtlassianFieldNameConverter.class)
public class AoResultCacheTest extends ResultCacheContract {
    private EntityManager entityManager;
    private AoResultCache cache;

    @Before
    public void setUp() {
        cache = new AoResultCache(AoTestBase.activeObjects(entityManager));
    }

    @Override
    protected ResultCache cache() {
        return cache;
    }
}
