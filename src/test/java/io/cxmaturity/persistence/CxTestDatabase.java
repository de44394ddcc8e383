package io.cxmaturity.persistence;

import net.java.ao.test.jdbc.JdbcConfiguration;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The database the Active Objects tests run on, chosen by the system property {@code cx.test.db}: {@code h2}
 * (embedded, the default), {@code postgres} or {@code mysql}. For the last two, {@code cx.test.db.url} is a
 * JDBC URL of the server (with user and password in its query); the test run creates a database of its
 * own there and drops it when the JVM exits.
 */
public final class CxTestDatabase implements JdbcConfiguration {
    private static final Target TARGET = Target.create();

    /** One database per test run. */
    private record Target(String url, String schema, String user, String password) {
        static Target create() {
            String kind = System.getProperty("cx.test.db", "h2").toLowerCase(Locale.ROOT);
            switch (kind) {
                case "h2":
                    return new Target("jdbc:h2:mem:cx-ao-test;DB_CLOSE_DELAY=-1", "PUBLIC", "sa", "");
                case "postgres":
                    return fresh(kind, "public");
                case "mysql":
                    return fresh(kind, null);
                default:
                    throw new IllegalStateException("cx.test.db must be h2, postgres or mysql, not " + kind);
            }
        }

        private static Target fresh(String kind, String schema) {
            String server = System.getProperty("cx.test.db.url");
            if (server == null || server.isBlank()) {
                throw new IllegalStateException("cx.test.db=" + kind + " needs cx.test.db.url (a JDBC URL)");
            }
            String name = "cx_ao_" + System.currentTimeMillis() / 1000 + "_" + ThreadLocalRandom.current().nextInt(1000, 9999);
            Credentials c = Credentials.of(server);
            try (Connection connection = DriverManager.getConnection(server);
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name + (kind.equals("mysql")
                        ? " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin" : " ENCODING 'UTF8'"));
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create test database " + name + " on " + c.safeUrl, e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(server, name)));
            System.out.println("Active Objects tests use " + kind + " database " + name + " on " + c.safeUrl);
            String url = c.withDatabase(name);
            if (kind.equals("mysql")) {
                // Connector/J 8+ lists the tables of every database unless told to keep to the current one,
                // and Active Objects would then try to migrate MySQL's own tables.
                url += (url.contains("?") ? "&" : "?") + "nullDatabaseMeansCurrent=true";
            }
            return new Target(url, schema, c.user, c.password);
        }

        private static void drop(String server, String name) {
            try (Connection connection = DriverManager.getConnection(server);
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE " + name);
            } catch (SQLException e) {
                System.err.println("could not drop test database " + name + ": " + e.getMessage());
            }
        }
    }

    /** The parts of a server URL: jdbc:kind://host:port/db?user=u&password=p. */
    static final class Credentials {
        final String base;
        final String query;
        final String user;
        final String password;
        final String safeUrl;

        private Credentials(String base, String query, String user, String password) {
            this.base = base;
            this.query = query;
            this.user = user;
            this.password = password;
            this.safeUrl = base;
        }

        static Credentials of(String url) {
            int q = url.indexOf('?');
            String base = q < 0 ? url : url.substring(0, q);
            String query = q < 0 ? "" : url.substring(q + 1);
            String user = "";
            String password = "";
            for (String pair : query.split("&")) {
                if (pair.startsWith("user=")) {
                    user = pair.substring(5);
                } else if (pair.startsWith("password=")) {
                    password = pair.substring(9);
                }
            }
            return new Credentials(base, query, user, password);
        }

        String withDatabase(String database) {
            int slash = base.indexOf('/', base.indexOf("//") + 2);
            String server = slash < 0 ? base : base.substring(0, slash);
            return server + "/" + database + (query.isEmpty() ? "" : "?" + query);
        }
    }

    @Override
    public String getUrl() {
        return TARGET.url();
    }

    @Override
    public String getSchema() {
        return TARGET.schema();
    }

    @Override
    public String getUsername() {
        return TARGET.user();
    }

    @Override
    public String getPassword() {
        return TARGET.password();
    }

    @Override
    public void init() {
        // the database is created once per run, when the class loads
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CxTestDatabase;
    }

    @Override
    public int hashCode() {
        return Objects.hash(TARGET.url());
    }

    @Override
    public String toString() {
        return TARGET.url().replaceAll("password=[^&]*", "password=***");
    }
}
