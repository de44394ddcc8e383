package io.cxmaturity.host;

import net.java.ao.EntityManager;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.glassfish.jersey.servlet.ServletContainer;

import javax.servlet.DispatcherType;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import com.atlassian.confluence.spaces.Space;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * A small standalone server that plays Confluence for the plugin: Jetty on 127.0.0.1, real Active Objects
 * over H2 (or PostgreSQL / MySQL), the plugin's Spring context, REST module, macros and web-resources, the
 * demo space and its users. Start it with {@link #start(Config)}; tests start one on a free port.
 */
public final class Host implements AutoCloseable {
    /**
     * How to run: port (0 picks a free one), JDBC URL (null: H2 in {@code dataDir}), where node_modules
     * live (AUI, jQuery), and whether to create the demo departments and rounds.
     */
    public record Config(int port, String databaseUrl, Path dataDir, Path webModules, boolean seedDemo,
                         boolean loadUsers, int smtpPort) {
        public Config(int port, String databaseUrl, Path dataDir, Path webModules, boolean seedDemo) {
            this(port, databaseUrl, dataDir, webModules, seedDemo, false, 0);
        }

        public Config(int port, String databaseUrl, Path dataDir, Path webModules, boolean seedDemo,
                      boolean loadUsers) {
            this(port, databaseUrl, dataDir, webModules, seedDemo, loadUsers, 0);
        }

        /** The same host with the synthetic "load-N" users (for load tests) allowed. */
        public Config withLoadUsers() {
            return new Config(port, databaseUrl, dataDir, webModules, seedDemo, true, smtpPort);
        }

        /** The same host sending Confluence's mail to an SMTP server on 127.0.0.1 at that port. */
        public Config withSmtp(int smtpPort) {
            return new Config(port, databaseUrl, dataDir, webModules, seedDemo, loadUsers, smtpPort);
        }

        public static Config fromEnvironment() {
            String port = System.getenv("CX_PORT");
            String url = System.getenv("CX_DB_URL");
            String data = System.getenv("CX_DATA_DIR");
            // CX_LOAD_USERS=true admits the synthetic "load-N" users (load and crash tests only)
            String smtp = System.getenv("CX_SMTP_PORT");
            return new Config(port == null || port.isBlank() ? 8090 : Integer.parseInt(port.trim()),
                    url == null || url.isBlank() ? null : url.trim(),
                    Path.of(data == null || data.isBlank() ? "data/host" : data),
                    defaultWebModules(), true, "true".equals(System.getenv("CX_LOAD_USERS")), smtp == null || smtp.isBlank() ? 0 : Integer.parseInt(smtp.trim()));
        }

        /** A throw-away host for a test: free port, in-memory H2 unless a URL is given. */
        public static Config forTest(String databaseUrl) {
            return new Config(0, databaseUrl, null, defaultWebModules(), true);
        }
    }

    static Path defaultWebModules() {
        String base = System.getProperty("cx.basedir", ".");
        return Path.of(base, "src", "host", "web", "node_modules");
    }

    /** Jersey warns about resources registered as instances ("will be ignored") although it serves them. */
    private static final java.util.logging.Logger JERSEY_LOG = java.util.logging.Logger.getLogger("org.glassfish.jersey");

    static {
        JERSEY_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    private final Config config;
    private final PluginDescriptor descriptor = PluginDescriptor.load();
    private final HostUsers users;
    private final HostSpaces spaces = new HostSpaces();
    private final DemoContent demo = new DemoContent();
    private HostI18n i18n;
    private HostSoyRenderer soy;
    private HostWebResources webResources;
    private EntityManager entityManager;
    private HostActiveObjects activeObjects;
    private PluginContainer container;
    private Server server;
    private final HostScheduler scheduler = new HostScheduler();
    private final HostApplicationProperties application = new HostApplicationProperties();

    private Host(Config config) {
        this.config = config;
        this.users = new HostUsers(config.loadUsers());
        this.spaces.users(users);
    }

    public static Host start(Config config) throws Exception {
        Host host = new Host(config);
        host.boot();
        return host;
    }

    private void boot() throws Exception {
        String url = config.databaseUrl();
        if (url == null) {
            if (config.dataDir() == null) {
                url = "jdbc:h2:mem:cx-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
            } else {
                Files.createDirectories(config.dataDir());
                url = HostDatabase.h2FileUrl(config.dataDir());
            }
        }
        entityManager = HostDatabase.open(url, descriptor);
        activeObjects = new HostActiveObjects(entityManager);
        i18n = new HostI18n(descriptor.i18nBundles);
        soy = new HostSoyRenderer(descriptor, i18n);
        webResources = new HostWebResources(descriptor, i18n);
        container = new PluginContainer(List.of(activeObjects, users, spaces, i18n, soy, webResources, scheduler,
                new HostMail(config.smtpPort()), application));
        if (config.seedDemo()) {
            DemoContent.seed(container, users);
        }

        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(config.port());
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/");
        context.addFilter(new FilterHolder(new AuthFilter(users)), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(new XsrfFilter()), "/rest/*", EnumSet.of(DispatcherType.REQUEST));
        String restRoot = "/rest" + descriptor.restPath + "/" + descriptor.restVersion;
        ServletHolder rest = new ServletHolder(new ServletContainer(RestModule.build(descriptor, container)));
        context.addServlet(rest, restRoot + "/*");
        context.addServlet(new ServletHolder(new PageServlet(this)), "/display/*");
        context.addServlet(new ServletHolder(new PluginServlets(this)), "/plugins/servlet/*");
        context.addServlet(new ServletHolder(StaticServlet.plugin(webResources)), HostWebResources.PREFIX + "*");
        Path modules = config.webModules();
        context.addServlet(new ServletHolder(StaticServlet.directory(modules.resolve("@atlassian/aui/dist/aui"))),
                "/aui/*");
        context.addServlet(new ServletHolder(StaticServlet.directory(modules.resolve("jquery/dist"))), "/jquery/*");
        context.addServlet(new ServletHolder(StaticServlet.directory(modules.resolve("axe-core"))), "/axe/*");
        context.addServlet(new ServletHolder(StaticServlet.classpath("host")), "/host-static/*");
        HostServlet hostServlet = new HostServlet(this);
        context.addServlet(new ServletHolder(hostServlet), "/status");
        context.addServlet(new ServletHolder(hostServlet), "/host/*");
        context.addServlet(new ServletHolder(hostServlet), "/rest/prototype/1/search/user.json");
        context.addServlet(new ServletHolder(hostServlet), "/login.action");
        context.addServlet(new ServletHolder(hostServlet), "/");
        server.setHandler(context);
        server.setStopAtShutdown(true);
        server.start();
        application.baseUrl(baseUrl());
    }

    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() throws Exception {
        if (server != null) {
            server.stop();
        }
        scheduler.close();
        if (container != null) {
            container.close();
        }
        if (entityManager != null) {
            entityManager.getProvider().dispose(); // closes the connection pool
        }
    }

    // ---- for the servlets and tests ----

    PluginDescriptor descriptor() {
        return descriptor;
    }

    public HostUsers users() {
        return users;
    }

    HostSpaces spaces() {
        return spaces;
    }

    DemoContent demo() {
        return demo;
    }

    HostSoyRenderer soy() {
        return soy;
    }

    HostWebResources webResources() {
        return webResources;
    }

    PluginContainer container() {
        return container;
    }

    /** A bean of the plugin's container, for tests that act through the plugin's services. */
    public <T> T component(Class<T> type) {
        return container.bean(type);
    }

    /** Atlassian's scheduler as this node has it (tests run the reminder job through it). */
    public HostScheduler scheduler() {
        return scheduler;
    }

    public HostActiveObjects activeObjects() {
        return activeObjects;
    }

    void html(HttpServletResponse response, int status, String html) throws IOException {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    String chrome(String title, String content, String here, String spaceKey) {
        return PageServlet.chrome(this, title, content, here, spaceKey, null);
    }

    /**
     * The web-items of Space tools (section system.space.tools/addons) the user may see in this space: the host
     * evaluates Confluence's conditions the plugin names (space permission, has space, sidebar).
     */
    List<Map<String, Object>> spaceTools(Space space, HostUser user) {
        List<Map<String, Object>> items = new java.util.ArrayList<>();
        for (PluginDescriptor.WebItem item : descriptor.webItems) {
            if (!"system.space.tools/addons".equals(item.section())) {
                continue;
            }
            boolean shown = true;
            for (PluginDescriptor.Condition c : item.conditions()) {
                boolean holds;
                String simple = c.className().substring(c.className().lastIndexOf('.') + 1);
                switch (simple) {
                    case "SpacePermissionCondition":
                        holds = "administer".equals(c.params().get("permission"))
                                ? spaces.hasPermission(user, com.atlassian.confluence.security.Permission.ADMINISTER, space)
                                : spaces.hasPermission(user, com.atlassian.confluence.security.Permission.VIEW, space);
                        break;
                    case "HasSpaceCondition":
                    case "SpaceSidebarCondition":
                        holds = true;
                        break;
                    default:
                        throw new IllegalStateException("the host does not know the condition " + c.className());
                }
                shown &= holds != c.invert();
            }
            if (shown) {
                String link = item.link().replace("$htmlUtil.urlEncode($space.key)",
                        java.net.URLEncoder.encode(space.getKey(), StandardCharsets.UTF_8));
                items.add(Map.of("label", i18n.getText(item.labelKey()), "url", link, "id", item.key()));
            }
        }
        return items;
    }

    void message(HttpServletResponse response, int status, String title, String message, boolean login,
                 String destination) throws IOException {
        Map<String, Object> data = Map.of("title", title, "message", message, "showLogin", login,
                "destination", destination == null ? "" : destination,
                "lang", RequestContext.current().locale().getLanguage());
        html(response, status, soy.render("host:page", "CxHost.Page.message", data));
    }
}
