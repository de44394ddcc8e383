package io.cxmaturity.host;

/**
 * Runs the host with the demo space: {@code mvn -Phost} (port from CX_PORT, default 8090; PostgreSQL or
 * MySQL when CX_DB_URL is a JDBC URL, else an H2 file under data/host that survives restarts; reminder mail to
 * an SMTP server on 127.0.0.1 at CX_SMTP_PORT when it is set).
 */
public final class HostMain {
    private HostMain() {
    }

    public static void main(String[] args) throws Exception {
        Host.Config config = Host.Config.fromEnvironment();
        long started = System.nanoTime();
        Host host = Host.start(config);
        System.out.printf("CX Maturity host running at %s/display/CX (database: %s) after %d ms%n", host.baseUrl(),
                config.databaseUrl() == null ? "H2 in " + config.dataDir().toAbsolutePath() : config.databaseUrl(),
                (System.nanoTime() - started) / 1_000_000);
        System.out.println(config.smtpPort() > 0 ? "Mail: SMTP on 127.0.0.1:" + config.smtpPort()
                : "Mail: none (set CX_SMTP_PORT to send reminders)");
        System.out.println("Users: admin, member, member2..member6, viewer, other, exec (password = name). Ctrl-C stops.");
        host.join();
    }
}
