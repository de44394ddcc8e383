package io.cxmaturity.persistence;

import io.cxmaturity.host.HostTableNames;
import io.cxmaturity.port.SettingsRepository;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.runner.RunWith;

/** The space-settings contract on Active Objects (H2 by default; PostgreSQL and MySQL with cx.test.db). */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(CxDatabaseUpdater.class)
@Jdbc(CxTestDatabase.class)
@NameConverters(table = HostTableNames.class, field = AtlassianFieldNameConverter.class)
public class AoSettingsRepositoryTest extends SettingsRepositoryContract {
    private EntityManager entityManager;
    private AoSettingsRepository settings;

    @Before
    public void setUp() {
        settings = new AoSettingsRepository(AoTestBase.activeObjects(entityManager));
    }

    @Override
    protected SettingsRepository settings() {
        return settings;
    }

    @Override
    protected String freshSpace() {
        return AoTestBase.freshSpace();
    }
}
