package io.cxmaturity.host;

import net.java.ao.EntityManager;

/** Creates or updates the plugin's tables: every entity declared in atlassian-plugin.xml. */
public final class HostSchema {
    private HostSchema() {
    }

    public static void migrate(EntityManager entityManager) {
        HostDatabase.migrate(entityManager, PluginDescriptor.load());
    }
}
