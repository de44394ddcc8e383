package io.cxmaturity.rest;

import com.atlassian.scheduler.JobRunnerResponse;
import io.cxmaturity.domain.ReminderClaim;
import io.cxmaturity.domain.Round;
import io.cxmaturity.host.Host;
import io.cxmaturity.port.ReminderLog;
import io.cxmaturity.testing.AnswerSheets;
import io.cxmaturity.testing.Http;
import io.cxmaturity.testing.MailServer;
import io.cxmaturity.testing.TestHosts;
import org.junit.AfterClass;
import org.junit.Assume;
import org.junit.BeforeClass;
import org.junit.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * Two nodes of a cluster: two hosts, each with its own scheduler and plugin container, on one PostgreSQL
 * database (H2 cannot be shared), sending to one local SMTP server. Both run the reminder job at the same
 * moment, several times; the host's scheduler, unlike Confluence's, does not keep them apart, so only the
 * plugin's claims do. Every member of the respondent group without an answer gets exactly one mail per
 * reminder day, members who answered none, and the reminder log holds exactly the mails that arrived.
 * Skipped, with a notice, when CX_TEST_POSTGRES_URL is not set.
 */
public class ReminderClusterHostTest {
    private static final String API = "/rest/cx-maturity/1.0";
    private static String server;
    private static String database;

    @BeforeClass
    public static void database() throws Exception {
        server = System.getenv("CX_TEST_POSTGRES_URL");
        if (server == null || server.isBlank()) {
            System.err.println("SKIPPED: ReminderClusterHostTest needs PostgreSQL (set CX_TEST_POSTGRES_URL, e.g. "
                    + "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres; .ci/run does)");
        }
        Assume.assumeTrue("CX_TEST_POSTGRES_URL is not set: two nodes need a shared PostgreSQL database",
                server != null && !server.isBlank());
        database = "cx_cluster_" + System.currentTimeMillis() / 1000 + "_" + ThreadLocalRandom.current().nextInt(1000, 9999);
        try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database + " ENCODING 'UTF8'");
        }
    }

    @AfterClass
    public static void dropDatabase() throws Exception {
        if (database != null) {
            try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE " + database);
            }
        }
    }

    private static String databaseUrl() {
        int q = server.indexOf('?');
        String base = q < 0 ? server : server.substring(0, q);
        int slash = base.indexOf('/', base.indexOf("//") + 2);
        return base.substring(0, slash) + "/" + database + (q < 0 ? "" : server.substring(q));
    }

    @Test
    public void twoNodesRunningTheJobTogetherSendEachReminderOnce() throws Exception {
        try (MailServer smtp = new MailServer();
             Host first = Host.start(Host.Config.forTest(databaseUrl()).withSmtp(smtp.port()));
             Host second = Host.start(Host.Config.forTest(databaseUrl()).withSmtp(smtp.port()))) {
            Round round = TestHosts.demoRound(first);
            assertEquals("both nodes see the same round", round.id(), TestHosts.demoRound(second).id());
            LocalDate today = LocalDate.now();
            plan(first, round, today.minusDays(7));
            answer(second, "member", round);

            for (int run = 0; run < 3; run++) {
                List<JobRunnerResponse> responses = together(first, second);
                assertTrue(responses.toString(), responses.stream().allMatch(r -> r != null
                        && r.getRunOutcome() == com.atlassian.scheduler.status.RunOutcome.SUCCESS));
            }

            assertEquals(Map.of("member2", 1L, "member3", 1L, "member4", 1L, "member5", 1L, "member6", 1L),
                    mailsPerMember(smtp));
            assertLogMatchesMail(first, round, smtp);

            // The next reminder day (the round is moved a day back, so yesterday's is due): member3 has answered.
            plan(second, round, today.minusDays(8));
            answer(first, "member3", round);
            for (int run = 0; run < 3; run++) {
                together(second, first);
            }

            assertEquals(Map.of("member2", 2L, "member3", 1L, "member4", 2L, "member5", 2L, "member6", 2L),
                    mailsPerMember(smtp));
            assertLogMatchesMail(second, round, smtp);
            List<ReminderClaim> log = second.component(ReminderLog.class).forRound(round.id());
            assertEquals(4, log.stream().filter(c -> c.occasion().equals(today.minusDays(1))).count());
            assertEquals(5, log.stream().filter(c -> c.occasion().equals(today)).count());
        }
    }

    /** Both nodes run the reminder job at the same moment, each on its own thread. */
    private static List<JobRunnerResponse> together(Host a, Host b) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<JobRunnerResponse>> runs = new ArrayList<>();
            for (Host node : List.of(a, b)) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return node.scheduler().runNow(ReminderMailHostTest.JOB);
                }));
            }
            List<JobRunnerResponse> responses = new ArrayList<>();
            for (Future<JobRunnerResponse> run : runs) {
                responses.add(run.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void plan(Host node, Round round, LocalDate opensOn) {
        Http.Reply reply = Http.as(node.baseUrl(), "admin").putJson(API + "/rounds/" + round.id(), Map.of(
                "spaceKey", "CX", "opensOn", opensOn.toString(), "closesOn", LocalDate.now().plusDays(14).toString(),
                "reminders", Map.of("enabled", true, "everyDays", 7)));
        assertEquals(reply.body(), 200, reply.status());
    }

    private static void answer(Host node, String user, Round round) {
        assertEquals(201, Http.as(node.baseUrl(), user).postJson(API + "/responses",
                AnswerSheets.submission("CX", round.id(), AnswerSheets.answers("six-blocks", q -> 3))).status());
    }

    private static Map<String, Long> mailsPerMember(MailServer smtp) {
        return smtp.received().stream().map(m -> m.to().substring(0, m.to().indexOf('@')))
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
    }

    /** Every sent claim is a mail that arrived, and every mail that arrived has its sent claim. */
    private static void assertLogMatchesMail(Host node, Round round, MailServer smtp) {
        List<ReminderClaim> log = node.component(ReminderLog.class).forRound(round.id());
        assertTrue("no claim is left unconfirmed or refused: " + log,
                log.stream().allMatch(c -> c.status() == ReminderClaim.Status.SENT && c.attempt() == 1));
        Map<String, Long> claimed = log.stream().map(c -> c.userKey().substring("key-".length()))
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        assertEquals(mailsPerMember(smtp), claimed);
        assertNotNull(log.get(0).sentAt());
    }
}
