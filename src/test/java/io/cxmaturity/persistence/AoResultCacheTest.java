package io.cxmaturity.persistence;

import io.cxmaturity.host.HostTableNames;
import io.cxmaturity.port.ResultCache;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

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

    @Test
    @NonTransactional
    public void aSnapshotOfAnotherEditionOfTheRulesIsComputedAgainNotShown() {
        long round = 900_000_000L + System.nanoTime() % 1_000_000;
        cache.store(round, 7, 3, spread());
        assertTrue(cache.find(round, 7, 3, SET).isPresent());

        AoResultSnapshot row = entityManagerRows(round)[0];
        row.setData(row.getData().replace("\"v\":" + TeamResultCodec.edition(), "\"v\":" + (TeamResultCodec.edition() - 1)));
        row.save();
        assertFalse("kept by an earlier edition of the scoring rules", cache.find(round, 7, 3, SET).isPresent());

        row.setData("{\"n\":7,\"k\":3,\"suppressed\":false}");
        row.save();
        assertFalse("written before snapshots carried an edition", cache.find(round, 7, 3, SET).isPresent());

        cache.store(round, 7, 3, spread());
        assertTrue("storing again at the same stamp replaces it", cache.find(round, 7, 3, SET).isPresent());
    }

    private AoResultSnapshot[] entityManagerRows(long round) {
        try {
            return entityManager.find(AoResultSnapshot.class, AoResultSnapshot.ROUND_ID + " = ?", (int) round);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }
}
