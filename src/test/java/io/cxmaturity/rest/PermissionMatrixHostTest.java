package io.cxmaturity.rest;

import io.cxmaturity.domain.Round;
import io.cxmaturity.host.Host;
import io.cxmaturity.testing.AnswerSheets;
import io.cxmaturity.testing.Http;
import io.cxmaturity.testing.TestHosts;
import org.junit.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static org.junit.Assert.assertEquals;

/**
 * Every endpoint against every kind of caller: anonymous, a viewer, a member, the space admin, and the admin
 * of another space (who cannot see this space at all, so it does not exist for them).
 */
public class PermissionMatrixHostTest {
    private static final String API = "/rest/cx-maturity/1.0";
    private static final String[] USERS = {null, "viewer", "member", "admin", "other"};

    /** An endpoint: how to call it as a user, and the status expected for each of USERS. */
    private record Endpoint(String name, Function<Http, Http.Reply> call, int... expected) {
    }

    @Test
    public void everyEndpointChecksTheCallersPermissionOnTheSpace() throws Exception {
        try (io.cxmaturity.testing.MailServer smtp = new io.cxmaturity.testing.MailServer();
             Host host = Host.start(Host.Config.forTest(null).withSmtp(smtp.port()))) {
            Round round = TestHosts.freshRound(host, "six-blocks", false, 3);
            Round draftRound = TestHosts.freshRound(host, "six-blocks", false, 3);
            Round closing = TestHosts.freshRound(host, "six-blocks", false, 3);
            String dept = host.component(io.cxmaturity.port.DepartmentRepository.class)
                    .find("CX", round.departmentId()).orElseThrow().key();
            Http.Reply own = Http.as(host.baseUrl(), "member6").postJson(API + "/responses",
                    AnswerSheets.submission("CX", round.id(), AnswerSheets.answers("six-blocks", q -> 2)));
            String responseId = own.json().path("id").asText();

            List<Endpoint> endpoints = new ArrayList<>();
            endpoints.add(new Endpoint("GET question-sets", h -> h.get(API + "/question-sets?spaceKey=CX"),
                    401, 200, 200, 200, 404));
            endpoints.add(new Endpoint("GET question-set", h -> h.get(API + "/question-sets/six-blocks?spaceKey=CX"),
                    401, 200, 200, 200, 404));
            endpoints.add(new Endpoint("GET drafts", h -> h.get(API + "/drafts?spaceKey=CX&roundId=" + draftRound.id()),
                    401, 204, 204, 204, 404));
            endpoints.add(new Endpoint("PUT drafts", h -> h.putJson(API + "/drafts", Map.of("spaceKey", "CX",
                    "roundId", draftRound.id(), "answers", List.of(Map.of("question", "strategy-leader", "value", 1)))),
                    401, 200, 200, 200, 404));
            endpoints.add(new Endpoint("POST responses", h -> h.postJson(API + "/responses",
                    AnswerSheets.submission("CX", round.id(), AnswerSheets.answers("six-blocks", q -> 3))),
                    401, 201, 201, 201, 404));
            endpoints.add(new Endpoint("PUT responses/{id} of another person", h -> h.putJson(API + "/responses/" + responseId,
                    Map.of("spaceKey", "CX", "answers", AnswerSheets.answers("six-blocks", q -> 4))),
                    401, 404, 404, 404, 404));
            endpoints.add(new Endpoint("GET responses/mine",
                    h -> h.get(API + "/responses/mine?spaceKey=CX&roundId=" + round.id()), 401, 200, 200, 200, 404));
            endpoints.add(new Endpoint("GET results", h -> h.get(API + "/results?spaceKey=CX&roundId=" + round.id()),
                    401, 200, 200, 200, 404));
            endpoints.add(new Endpoint("GET results/departments",
                    h -> h.get(API + "/results/departments?spaceKey=CX&setKey=six-blocks"), 401, 200, 200, 200, 404));
            endpoints.add(new Endpoint("GET results/trend",
                    h -> h.get(API + "/results/trend?spaceKey=CX&department=" + dept), 401, 200, 200, 200, 404));
            endpoints.add(new Endpoint("GET departments", h -> h.get(API + "/departments?spaceKey=CX"),
                    401, 200, 200, 200, 404));
            endpoints.add(new Endpoint("GET departments/{key}/rounds",
                    h -> h.get(API + "/departments/" + dept + "/rounds?spaceKey=CX"), 401, 200, 200, 200, 404));
            endpoints.add(new Endpoint("POST departments", h -> h.postJson(API + "/departments", Map.of("spaceKey", "CX",
                    "name", "Dept " + UUID.randomUUID().toString().substring(0, 6), "setKey", "six-blocks")),
                    401, 403, 403, 201, 404));
            endpoints.add(new Endpoint("PUT departments/{key}", h -> h.putJson(API + "/departments/" + dept,
                    Map.of("spaceKey", "CX", "headcount", 10)), 401, 403, 403, 200, 404));
            endpoints.add(new Endpoint("POST departments/{key}/rounds", h -> {
                Http.Reply d = Http.as(host.baseUrl(), "admin").postJson(API + "/departments", Map.of("spaceKey", "CX",
                        "name", "Dept " + UUID.randomUUID().toString().substring(0, 6), "setKey", "six-blocks"));
                return h.postJson(API + "/departments/" + d.json().path("key").asText() + "/rounds",
                        Map.of("spaceKey", "CX", "name", "2027 H1"));
            }, 401, 403, 403, 201, 404));
            endpoints.add(new Endpoint("POST rounds/{id}/close",
                    h -> h.postJson(API + "/rounds/" + closing.id() + "/close", Map.of("spaceKey", "CX")),
                    401, 403, 403, 200, 404));
            endpoints.add(new Endpoint("PUT rounds/{id}", h -> h.putJson(API + "/rounds/" + draftRound.id(),
                    Map.of("spaceKey", "CX", "name", "Renamed", "reminders", Map.of("enabled", false))),
                    401, 403, 403, 200, 404));
            Round demo = TestHosts.demoRound(host);
            endpoints.add(new Endpoint("GET rounds/{id}/reminders",
                    h -> h.get(API + "/rounds/" + demo.id() + "/reminders?spaceKey=CX"), 401, 403, 403, 200, 404));
            endpoints.add(new Endpoint("POST rounds/{id}/reminders",
                    h -> h.postJson(API + "/rounds/" + demo.id() + "/reminders", Map.of("spaceKey", "CX")),
                    401, 403, 403, 200, 404));
            endpoints.add(new Endpoint("GET settings", h -> h.get(API + "/settings?spaceKey=CX"), 401, 403, 403, 200, 404));
            endpoints.add(new Endpoint("PUT settings", h -> h.putJson(API + "/settings", Map.of("spaceKey", "CX",
                    "visibility", "ALL_VIEWERS", "groups", List.of(), "minGroupSize", 5, "defaultLanguage", "en")),
                    401, 403, 403, 200, 404));

            endpoints.add(new Endpoint("GET audit", h -> h.get(API + "/audit?spaceKey=CX"), 401, 403, 403, 200, 404));

            Map<String, String> wrong = new LinkedHashMap<>();
            for (Endpoint e : endpoints) {
                for (int i = 0; i < USERS.length; i++) {
                    Http http = USERS[i] == null ? Http.anonymous(host.baseUrl()) : Http.as(host.baseUrl(), USERS[i]);
                    Http.Reply reply = e.call().apply(http);
                    if (reply.status() != e.expected()[i]) {
                        wrong.put(e.name() + " as " + (USERS[i] == null ? "anonymous" : USERS[i]),
                                reply.status() + " instead of " + e.expected()[i] + ": " + reply.body());
                    }
                    if (reply.status() >= 400) {
                        assertEquals(e.name() + " answers a JSON error", true,
                                reply.contentType().startsWith("application/json") && reply.error() != null);
                    }
                }
            }
            assertEquals("calls answered with an unexpected status", Map.of(), wrong);
        }
    }
}
