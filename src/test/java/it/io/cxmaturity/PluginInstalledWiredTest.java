package it.io.cxmaturity;

import com.atlassian.plugin.PluginAccessor;
import com.atlassian.plugins.osgi.test.AtlassianPluginsTestRunner;
import org.junit.Test;
import org.junit.runner.RunWith;

import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * Inside a real Confluence (atlassian profile): the plugin and every module it declares are enabled, which
 * means its Spring context, its Active Objects entities and its REST module all started.
 */
@RunWith(AtlassianPluginsTestRunner.class)
public class PluginInstalledWiredTest {
    private static final String KEY = "io.cxmaturity.cx-maturity";

    private final PluginAccessor plugins;

    public PluginInstalledWiredTest(PluginAccessor plugins) {
        this.plugins = plugins;
    }

    @Test
    public void pluginIsEnabled() {
        assertTrue(plugins.isPluginEnabled(KEY));
    }

    @Test
    public void everyDeclaredModuleIsEnabled() {
        for (String module : new String[]{"ao", "rest", "soy-templates", "assessment-resources", "cx-assessment"}) {
            assertNotNull(module + " is enabled", plugins.getEnabledPluginModule(KEY + ":" + module));
        }
    }
}
