package io.cxmaturity.rest;

import io.cxmaturity.testing.AnswerSheets;
import io.cxmaturity.testing.Http;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * "Nothing is lost when a process dies mid-request": the host runs as a separate JVM on an H2 file while eight
 * clients submit responses; the process is killed with SIGKILL in the middle of that traffic. After a restart
 * on the same file every acknowledged response is there, whole, and no response is stored half (every stored
 * response has all its answers). Bounded: at most 400 submissions, killed after the first 60 acknowledgements.
 */
public class ProcessKillHostTest {
    private static final String API = "/rest/cx-maturity/1.0";
    private static final int CLIENTS = 8;
    private static final int KILL_AFTER = 60;
    private static final int MAX_SUBMISSIONS = 400;

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();
    private Process process;

    @After
    public void stop() {
        if (process != null) {
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private Process startHost(Path data, int port) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dcx.basedir=" + System.getProperty("cx.basedir", "."), "io.cxmaturity.host.HostMain");
        builder.environment().put("CX_PORT", String.valueOf(port));
        builder.environment().put("CX_DATA_DIR", data.toString());
        builder.environment().put("CX_LOAD_USERS", "true");
        builder.environment().remove("CX_DB_URL");
        builder.redirectErrorStream(true);
        builder.redirectOutput(new File(folder.getRoot(), "host-" + System.nanoTime() + ".log"));
        Process started = builder.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            try {
                if (Http.anonymous("http://127.0.0.1:" + port).get("/status").status() == 200) {
                    return started;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            if (!started.isAlive()) {
                throw new AssertionError("the host process ended with " + started.exitValue());
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the host did not start within 90 s");
    }

    @Test
    public void aKilledHostLosesNoAcknowledgedResponseAndStoresNoneByHalves() throws Exception {
        Path data = folder.newFolder("data").toPath();
        int port = freePort();
        String base = "http://127.0.0.1:" + port;
        process = startHost(data, port);
        long roundId = Http.as(base, "admin").get(API + "/departments/customer-service/rounds?spaceKey=CX").json()
                .get(0).path("id").asLong();

        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            clients.submit(() -> {
                int n;
                while (!killed.get() && (n = next.incrementAndGet()) <= MAX_SUBMISSIONS) {
                    String user = "load-k" + n;
                    try {
                        Http.Reply reply = Http.as(base, user).postJson(API + "/responses",
                                AnswerSheets.submission("CX", roundId, AnswerSheets.answers("six-blocks", q -> 1 + q.key().length() % 5)));
                        if (reply.status() == 201) {
                            acknowledged.add(user);
                        }
                    } catch (RuntimeException connectionLost) {
                        return null;
                    }
                }
                return null;
            });
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (acknowledged.size() < KILL_AFTER && next.get() < MAX_SUBMISSIONS) {
            if (System.nanoTime() > deadline || !process.isAlive()) {
                clients.shutdownNow();
                throw new AssertionError("no traffic to kill the host in: " + acknowledged.size()
                        + " acknowledged, host alive: " + process.isAlive());
            }
            Thread.sleep(5);
        }
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown hook runs
        killed.set(true);
        clients.shutdown();
        assertTrue(clients.awaitTermination(60, TimeUnit.SECONDS));
        List<String> acked = new ArrayList<>(acknowledged);
        assertTrue("traffic was under way when the process died: " + acked.size(), acked.size() >= KILL_AFTER);

        process = startHost(data, port);
        for (String user : acked) {
            Http.Reply mine = Http.as(base, user).get(API + "/responses/mine?spaceKey=CX&roundId=" + roundId);
            assertEquals(user + ": " + mine.body(), 200, mine.status());
            assertTrue(user + " was acknowledged, so it is stored", mine.json().path("submitted").asBoolean());
            assertEquals(user + "'s response is whole", 19, mine.json().path("response").path("answers").size());
        }
        process.destroy();
        process.waitFor(30, TimeUnit.SECONDS);

        String url = "jdbc:h2:file:" + data.toAbsolutePath().resolve("cx-maturity");
        try (Connection db = DriverManager.getConnection(url, "sa", "");
             PreparedStatement stored = db.prepareStatement("SELECT COUNT(*) FROM AO_624924_RESPONSE r"
                     + " WHERE r.ROUND_ID = ? AND r.USER_KEY LIKE 'key-load-k%'");
             PreparedStatement broken = db.prepareStatement("SELECT COUNT(*) FROM AO_624924_RESPONSE r"
                     + " WHERE r.ROUND_ID = ? AND (SELECT COUNT(*) FROM AO_624924_ANSWER a WHERE a.RESPONSE_ID = r.ID) <> 19")) {
            stored.setLong(1, roundId);
            broken.setLong(1, roundId);
            int storedCount = count(stored);
            assertTrue("stored " + storedCount + " >= acknowledged " + acked.size(), storedCount >= acked.size());
            assertTrue("at most the requests in flight were stored without an answer reaching the client",
                    storedCount <= acked.size() + CLIENTS);
            assertEquals("responses stored without all their answers", 0, count(broken));
        }
    }

    private static int count(PreparedStatement query) throws Exception {
        try (ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
