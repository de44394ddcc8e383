package io.cxmaturity.persistence;

import io.cxmaturity.host.HostSchema;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.DatabaseUpdater;

/** Creates the plugin's tables, every entity atlassian-plugin.xml declares, before the AO tests run. */
public final class CxDatabaseUpdater implements DatabaseUpdater {
    @Override
    public void update(EntityManager entityManager) {
        HostSchema.migrate(entityManager);
    }
}
