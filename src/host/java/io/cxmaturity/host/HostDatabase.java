package io.cxmaturity.host;

import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.EntityManagerBuilder;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The host's database: an embedded H2 file by default, or PostgreSQL / MySQL (MariaDB) from a JDBC URL,
 * with a connection pool (c3p0, sized in c3p0.properties), Confluence's naming rules, and the plugin's entities migrated as the AO plugin
 * does when the plugin starts.
 */
final class HostDatabase {
    private HostDatabase() {
    }

    /** An embedded H2 database in a file under {@code dir}; it survives restarts. */
    static String h2FileUrl(Path dir) {
        // WRITE_DELAY=0: a commit reaches the file at once, so a killed host loses nothing it acknowledged.
        return "jdbc:h2:file:" + dir.toAbsolutePath().resolve("cx-maturity") + ";DB_CLOSE_DELAY=-1;WRITE_DELAY=0";
    }

    static EntityManager open(String url, PluginDescriptor descriptor) {
        if (url.startsWith("jdbc:mysql:") && !url.contains("nullDatabaseMeansCurrent")) {
            // Connector/J 8+ would list every database's tables, and Active Objects would migrate them all.
            url += (url.contains("?") ? "&" : "?") + "nullDatabaseMeansCurrent=true";
        }
        Map<String, String> credentials = credentials(url);
        EntityManager em;
        var builder = EntityManagerBuilder.url(url)
                .username(credentials.getOrDefault("user", url.startsWith("jdbc:h2:") ? "sa" : ""))
                .password(credentials.getOrDefault("password", ""))
                .c3po(); // pool sizes from c3p0.properties (src/host/resources)
        if (url.startsWith("jdbc:h2:")) {
            builder = builder.schema("PUBLIC");
        } else if (url.startsWith("jdbc:postgresql:")) {
            builder = builder.schema("public");
        }
        em = builder.tableNameConverter(new HostTableNames())
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .sequenceNameConverter(new AtlassianSequenceNameConverter())
                .triggerNameConverter(new AtlassianTriggerNameConverter())
                .indexNameConverter(new AtlassianIndexNameConverter())
                .uniqueNameConverter(new AtlassianUniqueNameConverter())
                .build();
        migrate(em, descriptor);
        return em;
    }

    @SuppressWarnings("unchecked")
    static void migrate(EntityManager em, PluginDescriptor descriptor) {
        List<Class<? extends RawEntity<?>>> entities = new ArrayList<>();
        for (String name : descriptor.entities) {
            try {
                entities.add((Class<? extends RawEntity<?>>) Class.forName(name));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("entity in atlassian-plugin.xml not found: " + name, e);
            }
        }
        try {
            em.migrate(entities.toArray(new Class[0]));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot migrate the plugin's tables", e);
        }
    }

    /** user and password from the URL's query ({@code ?user=x&password=y}), as PostgreSQL and MySQL accept. */
    static Map<String, String> credentials(String url) {
        Map<String, String> map = new LinkedHashMap<>();
        int q = url.indexOf('?');
        if (q < 0) {
            return map;
        }
        for (String pair : url.substring(q + 1).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                map.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1),
                        java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return map;
    }
}
