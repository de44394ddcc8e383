package io.cxmaturity.rest;

import io.cxmaturity.host.Host;
import io.cxmaturity.testing.AnswerSheets;
import io.cxmaturity.testing.Http;
import io.cxmaturity.testing.TestHosts;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.nio.file.Path;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** A submission lives in the database, not in the process: it is there after the host restarts on its H2 file. */
public class HostRestartHostTest {
    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void submissionIsVisibleAfterARestart() throws Exception {
        Path data = folder.newFolder("host-data").toPath();
        Host.Config config = new Host.Config(0, null, data, Host.Config.forTest(null).webModules(), true);
        String id;
        long roundId;
        try (Host host = Host.start(config)) {
            roundId = TestHosts.demoRound(host).id();
            Http.Reply created = Http.as(host.baseUrl(), "member").header("X-Atlassian-Token", "no-check")
                    .postJson("/rest/cx-maturity/1.0/responses",
                            AnswerSheets.submission("CX", roundId, AnswerSheets.answers("six-blocks", q -> 4)));
            assertEquals(created.body(), 201, created.status());
            id = created.json().path("id").asText();
        }
        try (Host host = Host.start(config)) {
            Http.Reply mine = Http.as(host.baseUrl(), "member").get("/rest/cx-maturity/1.0/responses/mine?spaceKey=CX&roundId=" + roundId);
            assertEquals(200, mine.status());
            assertTrue(mine.json().path("submitted").asBoolean());
            assertEquals(id, mine.json().path("response").path("id").asText());
            String page = Http.as(host.baseUrl(), "member").get("/display/CX/Six+building+blocks+assessment").body();
            assertTrue("the page says the member has submitted", page.contains("You submitted your answers on"));
            Http admin = Http.as(host.baseUrl(), "admin");
            assertEquals("the demo was seeded once, not again on restart: one Customer Service", 1,
                    admin.get("/rest/cx-maturity/1.0/departments?spaceKey=CX").json().findValues("key").stream()
                            .filter(k -> k.asText().startsWith("customer-service")).count());
            assertEquals("and its two rounds, not four", 2,
                    admin.get("/rest/cx-maturity/1.0/departments/customer-service/rounds?spaceKey=CX").json().size());
        }
    }
}
