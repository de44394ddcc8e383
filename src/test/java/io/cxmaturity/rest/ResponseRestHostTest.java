package io.cxmaturity.rest;

import io.cxmaturity.domain.Round;
import io.cxmaturity.host.Host;
import io.cxmaturity.port.ResponseRepository;
import io.cxmaturity.testing.AnswerSheets;
import io.cxmaturity.testing.Http;
import io.cxmaturity.testing.TestHosts;
import org.junit.BeforeClass;
import org.junit.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/** Submitting responses over real HTTP against the host: what is stored, and what is refused. */
public class ResponseRestHostTest {
    private static final String RESPONSES = "/rest/cx-maturity/1.0/responses";
    private static Host host;

    @BeforeClass
    public static void startHost() {
        host = TestHosts.shared();
    }

    private static int stored(Round round) {
        return host.component(ResponseRepository.class).countRespondents(round.id());
    }

    private static Map<String, Object> complete(Round round) {
        return AnswerSheets.submission("CX", round.id(), AnswerSheets.answers("six-blocks", q -> 3));
    }

    @Test
    public void memberSubmitsACompleteSheetAndReadsItBack() {
        Round round = TestHosts.freshRound(host, "six-blocks", false, 3);
        Http member = Http.as(host.baseUrl(), "member");

        Http.Reply created = member.postJson(RESPONSES, complete(round));
        assertEquals(created.body(), 201, created.status());
        assertEquals(19, created.json().path("answers").size());
        assertFalse(created.json().path("anonymous").asBoolean());

        Http.Reply mine = member.get(RESPONSES + "/mine?spaceKey=CX&roundId=" + round.id());
        assertEquals(200, mine.status());
        assertTrue(mine.json().path("submitted").asBoolean());
        assertEquals(created.json().path("id").asText(), mine.json().path("response").path("id").asText());
        assertEquals(1, stored(round));
    }

    @Test
    public void viewerCanAnswerButAnonymousAndAnotherSpacesAdminCannot() {
        Round round = TestHosts.freshRound(host, "six-blocks", false, 3);
        assertEquals(201, Http.as(host.baseUrl(), "viewer").postJson(RESPONSES, complete(round)).status());

        Http.Reply anonymous = Http.anonymous(host.baseUrl()).postJson(RESPONSES, complete(round));
        assertEquals(401, anonymous.status());
        assertNotNull(anonymous.error());
        Http.Reply other = Http.as(host.baseUrl(), "other").postJson(RESPONSES, complete(round));
        assertEquals(404, other.status());
        assertEquals("space-not-found", other.error());
        assertEquals(1, stored(round));
    }

    @Test
    public void secondSubmissionIsRefusedAndTheFirstIsKept() {
        Round round = TestHosts.freshRound(host, "six-blocks", false, 3);
        Http member = Http.as(host.baseUrl(), "member2");
        assertEquals(201, member.postJson(RESPONSES, complete(round)).status());
        Http.Reply again = member.postJson(RESPONSES, AnswerSheets.submission("CX", round.id(),
                AnswerSheets.answers("six-blocks", q -> 5)));
        assertEquals(409, again.status());
        assertEquals("already-submitted", again.error());
        assertEquals("3", member.get(RESPONSES + "/mine?spaceKey=CX&roundId=" + round.id()).json()
                .path("response").path("answers").get(0).path("value").asText());
    }

    @Test
    public void closedRoundTakesNoAnswers() {
        Round round = TestHosts.close(host, TestHosts.freshRound(host, "six-blocks", false, 3));
        Http.Reply reply = Http.as(host.baseUrl(), "member").postJson(RESPONSES, complete(round));
        assertEquals(409, reply.status());
        assertEquals("round-closed", reply.error());
        assertEquals(0, stored(round));
    }

    /** One refused request: what is sent, and the status, error code and field expected back. */
    private record Bad(String name, String method, String contentType, String body, boolean xsrfHeader, int status,
                       String error, String field) {
    }

    @Test
    public void badSubmissionsGetAClearJsonErrorAndStoreNothing() {
        Round round = TestHosts.freshRound(host, "six-blocks", false, 3);
        long id = round.id();
        String good = "{\"spaceKey\":\"CX\",\"roundId\":" + id + ",\"answers\":";
        String first = "{\"question\":\"strategy-leader\",\"value\":";
        List<Bad> table = new ArrayList<>();
        table.add(new Bad("malformed JSON", "POST", "application/json", "{\"spaceKey\":", false, 400, "malformed-json", null));
        table.add(new Bad("empty body", "POST", "application/json", "", false, 400, "body-required", null));
        table.add(new Bad("array body", "POST", "application/json", "[]", false, 400, "body-not-object", null));
        table.add(new Bad("unknown question", "POST", "application/json",
                good + "[{\"question\":\"no-such-question\",\"value\":3}]}", false, 400, "unknown-question", "answers[0].question"));
        table.add(new Bad("value out of range", "POST", "application/json", good + "[" + first + "6}]}", false, 400,
                "value-out-of-range", "answers[0].value"));
        table.add(new Bad("negative value", "POST", "application/json", good + "[" + first + "-1}]}", false, 400,
                "value-out-of-range", "answers[0].value"));
        table.add(new Bad("fractional value", "POST", "application/json", good + "[" + first + "2.5}]}", false, 400,
                "not-answer-value", "answers[0].value"));
        table.add(new Bad("object as value", "POST", "application/json", good + "[" + first + "{}}]}", false, 400,
                "not-answer-value", "answers[0].value"));
        table.add(new Bad("incomplete sheet", "POST", "application/json", good + "[" + first + "3}]}", false, 400,
                "missing-answers", "answers"));
        table.add(new Bad("N/A where not allowed", "POST", "application/json",
                good + "[{\"question\":\"strategy-leader\",\"na\":true}]}", false, 400, "na-not-allowed", "answers[0].na"));
        table.add(new Bad("unknown property", "POST", "application/json",
                "{\"spaceKey\":\"CX\",\"roundId\":" + id + ",\"answers\":[],\"isAdmin\":true}", false, 400,
                "unknown-property", "isAdmin"));
        table.add(new Bad("roundId as text", "POST", "application/json",
                "{\"spaceKey\":\"CX\",\"roundId\":\"" + id + "\",\"answers\":[]}", false, 400, "not-id", "roundId"));
        table.add(new Bad("answers not a list", "POST", "application/json", good + "{}}", false, 400, "not-array", "answers"));
        table.add(new Bad("missing space", "POST", "application/json", "{\"roundId\":" + id + ",\"answers\":[]}", false,
                400, "required", "spaceKey"));
        table.add(new Bad("unknown space", "POST", "application/json",
                "{\"spaceKey\":\"NOPE\",\"roundId\":" + id + ",\"answers\":[]}", false, 404, "space-not-found", "spaceKey"));
        table.add(new Bad("another space's round", "POST", "application/json",
                "{\"spaceKey\":\"CX\",\"roundId\":999999,\"answers\":[]}", false, 404, "round-not-found", "roundId"));
        table.add(new Bad("form post without XSRF header", "POST", "application/x-www-form-urlencoded",
                "spaceKey=CX&roundId=" + id, false, 403, "xsrf", null));
        table.add(new Bad("text/plain post without XSRF header", "POST", "text/plain", good + "[]}", false, 403, "xsrf", null));
        table.add(new Bad("form post with XSRF header", "POST", "application/x-www-form-urlencoded",
                "spaceKey=CX&roundId=" + id, true, 415, "http-415", null));
        table.add(new Bad("duplicate answer", "POST", "application/json",
                good + "[" + first + "3}," + first + "4}]}", false, 400, "duplicate-answer", "answers[1].question"));
        table.add(new Bad("body over 256 KB", "POST", "application/json",
                good + "[{\"question\":\"strategy-leader\",\"value\":3,\"comment\":\"" + "x".repeat(300_000) + "\"}]}",
                false, 413, "body-too-large", null));
        table.add(new Bad("comment over 2000 characters", "POST", "application/json",
                good + "[{\"question\":\"strategy-leader\",\"value\":3,\"comment\":\"" + "я".repeat(2001) + "\"}]}",
                false, 400, "too-long", "answers[0].comment"));

        Http member = Http.as(host.baseUrl(), "member3");
        for (Bad bad : table) {
            if (bad.xsrfHeader()) {
                member.header("X-Atlassian-Token", "no-check");
            }
            Http.Reply reply = member.send(bad.method(), RESPONSES, bad.contentType(), bad.body());
            assertEquals(bad.name() + ": " + reply.body(), bad.status(), reply.status());
            assertTrue(bad.name() + " answers JSON: " + reply.contentType(), reply.contentType().startsWith("application/json"));
            assertEquals(bad.name(), bad.error(), reply.error());
            assertEquals(bad.name(), bad.field(), reply.field());
            assertFalse(bad.name() + " has a message", reply.json().path("message").asText("").isBlank());
            assertEquals(bad.name() + " stored nothing", 0, stored(round));
        }
    }

    @Test
    public void errorsComeInTheCallersLanguage() {
        Round round = TestHosts.freshRound(host, "six-blocks", false, 3);
        Map<String, Object> body = new LinkedHashMap<>(complete(round));
        body.put("answers", List.of(Map.of("question", "strategy-leader", "value", 9)));
        Http.Reply ru = Http.as(host.baseUrl(), "member").header("Accept-Language", "ru").postJson(RESPONSES, body);
        assertEquals(400, ru.status());
        assertTrue(ru.body(), ru.json().path("message").asText().contains("недопустимый"));
        Http.Reply uk = Http.as(host.baseUrl(), "member").header("Accept-Language", "uk").postJson(RESPONSES, body);
        assertTrue(uk.body(), uk.json().path("message").asText().contains("неприпустима"));
    }
}
