package io.cxmaturity.host;

import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.schema.TableNameConverter;

/**
 * Table names exactly as Confluence's Active Objects plugin makes them for this plugin: the prefix from the
 * pinned namespace ("AO_624924_"), then the upper-case @Table name, at most 30 characters in all.
 */
public final class HostTableNames implements TableNameConverter {
    private static final String PREFIX = PluginDescriptor.load().tablePrefix();

    private final TableNameConverter delegate = new AtlassianTableNameConverter(name -> PREFIX + name);

    @Override
    public String getName(Class<? extends RawEntity<?>> entity) {
        return delegate.getName(entity);
    }

    static String prefix() {
        return PREFIX;
    }
}
