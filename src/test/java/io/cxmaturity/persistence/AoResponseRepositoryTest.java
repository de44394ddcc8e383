package io.cxmaturity.persistence;

import io.cxmaturity.host.HostTableNames;
import io.cxmaturity.port.DraftRepository;
import io.cxmaturity.port.ResponseRepository;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.runner.RunWith;

/** The response contract on Active Objects (H2 by default; PostgreSQL and MySQL with cx.test.db). */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(CxDatabaseUpdater.class)
@Jdbc(CxTestDatabase.class)
@NameConverters(table = HostTableNames.class, field = AtlassianFieldNameConverter.class)

public class AoResponseRepositoryTest extends ResponseRepositoryContract {
    private EntityManager entityManager;
    private AoResponseRepository responses;
    private AoDraftRepository drafts;

    @Before
    public void setUp() {
        responses = new AoResponseRepository(AoTestBase.activeObjects(entityManager));
        drafts = new AoDraftRepository(AoTestBase.activeObjects(entityManager));
    }

    @Override
    protected ResponseRepository responses() {
        return responses;
    }

    @Override
    protected DraftRepository drafts() {
        return drafts;
    }

    @Override
    protected String freshSpace() {
        return AoTestBase.freshSpace();
    }
}
