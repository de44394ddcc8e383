package io.cxmaturity.persistence;

import io.cxmaturity.host.HostTableNames;
import io.cxmaturity.port.SetDraftRepository;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.runner.RunWith;

/** The set-draft contract on Active Objects (H2 by default; PostgreSQL and MySQL with cx.test.db). */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(CxDatabaseUpdater.class)
@Jdbc(CxTestDatabase.class)
@NameConverters(table = HostTableNames.class, field = AtlassianFieldNameConverter.class)
public class AoSetDraftRepositoryTest extends SetDraftRepositoryContract {
    private EntityManager entityManager;
    private AoSetDraftRepository drafts;

    @Before
    public void setUp() {
        drafts = new AoSetDraftRepository(AoTestBase.activeObjects(entityManager));
    }

    @Override
    protected SetDraftRepository drafts() {
        return drafts;
    }

    @Override
    protected String freshSpace() {
        return AoTestBase.freshSpace();
    }
}
