package io.cxmaturity.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.cxmaturity.host.Host;
import io.cxmaturity.testing.AtOnce;
import io.cxmaturity.testing.Http;
import io.cxmaturity.testing.TestHosts;
import org.junit.BeforeClass;
import org.junit.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The roadmap API over HTTP: an initiative's life (create, read, change with its version, done, delete), two
 * admins saving the same version at the same moment (one wins, the others get 409 and nothing is lost
 * silently), Confluence's XSRF rule on delete, and the audit trail of every change.
 */
public class RoadmapRestHostTest {
    private static final String API = "/rest/cx-maturity/1.0";
    private static Host host;

    @BeforeClass
    public static void start() {
        host = TestHosts.shared();
    }

    private static Map<String, Object> initiative(String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("spaceKey", "CX");
        body.put("setKey", "six-blocks");
        body.put("blockKey", "data");
        body.put("title", title);
        body.put("horizon", 12);
        body.put("owner", "member2");
        body.put("dueOn", "2027-06-30");
        body.put("link", "https://wiki.example.com/display/CX/VoC");
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> base, Object... pairs) {
        Map<String, Object> copy = new LinkedHashMap<>(base);
        for (int i = 0; i < pairs.length; i += 2) {
            copy.put((String) pairs[i], pairs[i + 1]);
        }
        return copy;
    }

    @Test
    public void anInitiativeIsCreatedReadChangedDoneAndDeletedAndEveryChangeIsAudited() {
        Http admin = Http.as(host.baseUrl(), "admin");
        String title = "VoC programme " + UUID.randomUUID().toString().substring(0, 6);
        Http.Reply created = admin.postJson(API + "/initiatives", initiative(title));
        assertEquals(created.body(), 201, created.status());
        JsonNode json = created.json();
        long id = json.path("id").asLong();
        assertEquals("PLANNED", json.path("status").asText());
        assertEquals(0, json.path("progress").asInt());
        assertEquals("member2", json.path("owner").asText());
        assertEquals("Member 2", json.path("ownerName").asText());
        assertEquals("Customer data & analytics", json.path("blockName").asText());
        assertEquals(1, json.path("version").asInt());

        Http.Reply read = Http.as(host.baseUrl(), "viewer").get(API + "/initiatives/" + id + "?spaceKey=CX");
        assertEquals(json, read.json());
        Http.Reply done = admin.putJson(API + "/initiatives/" + id, with(initiative(title), "status", "DONE",
                "progress", 100, "version", 1, "owner", null, "link", null));
        assertEquals(done.body(), 200, done.status());
        assertEquals(2, done.json().path("version").asInt());
        assertTrue(done.json().path("doneAt").isTextual());
        assertTrue("an owner and a link sent as null are cleared", done.json().path("owner").isNull()
                && done.json().path("link").isNull());
        List<String> listed = Http.as(host.baseUrl(), "member").get(API + "/initiatives?spaceKey=CX&status=DONE"
                + "&block=data").json().findValuesAsText("title");
        assertTrue(listed.contains(title));

        Http.Reply noToken = admin.send("DELETE", API + "/initiatives/" + id + "?spaceKey=CX", null, null);
        assertEquals("a delete without Confluence's XSRF header is refused", 403, noToken.status());
        assertEquals(200, admin.get(API + "/initiatives/" + id + "?spaceKey=CX").status());
        Http.Reply deleted = Http.as(host.baseUrl(), "admin").header("X-Atlassian-Token", "no-check")
                .send("DELETE", API + "/initiatives/" + id + "?spaceKey=CX", null, null);
        assertEquals(204, deleted.status());
        assertEquals(404, admin.get(API + "/initiatives/" + id + "?spaceKey=CX").status());

        List<JsonNode> trail = admin.get(API + "/audit?spaceKey=CX&limit=50").json().findParents("action").stream()
                .filter(e -> title.equals(e.path("subject").asText())).collect(Collectors.toList());
        assertEquals(List.of("initiative.delete", "initiative.update", "initiative.create"),
                trail.stream().map(e -> e.path("action").asText()).collect(Collectors.toList()));
        assertEquals("Alex Admin", trail.get(0).path("actorName").asText());
        assertTrue(trail.get(1).path("detail").asText(), trail.get(1).path("detail").asText()
                .contains("status planned → done"));
    }

    @Test
    public void ofTwoAdminsSavingTheSameVersionAtOnceOneWinsAndTheOthersAreToldToReload() throws Exception {
        Http admin = Http.as(host.baseUrl(), "admin");
        Map<String, Object> body = initiative("Single customer view " + UUID.randomUUID().toString().substring(0, 6));
        long id = admin.postJson(API + "/initiatives", body).json().path("id").asLong();

        List<AtOnce.Outcome<Http.Reply>> outcomes = AtOnce.run(6, n -> () -> Http.as(host.baseUrl(), "admin")
                .putJson(API + "/initiatives/" + id, with(body, "status", "IN_PROGRESS", "progress", 10 + n,
                        "version", 1)));

        AtOnce.assertNoErrors(outcomes);
        List<Http.Reply> replies = outcomes.stream().map(o -> o.value).collect(Collectors.toList());
        List<Http.Reply> won = replies.stream().filter(r -> r.status() == 200).collect(Collectors.toList());
        assertEquals("exactly one save wins: " + replies.stream().map(Http.Reply::status).collect(Collectors.toList()),
                1, won.size());
        for (Http.Reply r : replies) {
            if (r.status() != 200) {
                assertEquals(r.body(), 409, r.status());
                assertEquals("initiative-outdated", r.error());
                assertEquals("version", r.field());
            }
        }
        JsonNode stored = admin.get(API + "/initiatives/" + id + "?spaceKey=CX").json();
        assertEquals(2, stored.path("version").asInt());
        assertEquals("what is stored is what the winner saved", won.get(0).json().path("progress").asInt(),
                stored.path("progress").asInt());
        assertTrue(stored.path("doneAt").isNull());
    }
}
