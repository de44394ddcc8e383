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

            endpoints.add(new Endpoint("GET owners", h -> h.get(API + "/owners?spaceKey=CX"), 401, 200, 200, 200, 404));
            endpoints.add(new Endpoint("POST owners", h -> h.postJson(API + "/owners", Map.of("spaceKey", "CX",
                    "setKey", "six-blocks", "blockKey", "metrics", "user", "member")), 401, 403, 403, 201, 404));
            endpoints.add(new Endpoint("DELETE owners/{id}", h -> {
                long id = Http.as(host.baseUrl(), "admin").postJson(API + "/owners", Map.of("spaceKey", "CX",
                        "setKey", "six-blocks", "blockKey", "technology", "user", "member2")).json().path("id").asLong();
                return h.delete(API + "/owners/" + id + "?spaceKey=CX");
            }, 401, 403, 403, 204, 404));
            endpoints.add(new Endpoint("GET audit", h -> h.get(API + "/audit?spaceKey=CX"), 401, 403, 403, 200, 404));

            // exports and imports
            Round exported = TestHosts.freshRound(host, "six-blocks", false, 1);
            Http.as(host.baseUrl(), "member5").postJson(API + "/responses",
                    AnswerSheets.submission("CX", exported.id(), AnswerSheets.answers("six-blocks", q -> 2)));
            endpoints.add(new Endpoint("GET exports/rounds/{id}/responses.csv",
                    h -> h.get(API + "/exports/rounds/" + exported.id() + "/responses.csv?spaceKey=CX"),
                    401, 403, 403, 200, 404));
            endpoints.add(new Endpoint("GET exports/rounds/{id}/responses.xlsx",
                    h -> h.get(API + "/exports/rounds/" + exported.id() + "/responses.xlsx?spaceKey=CX"),
                    401, 403, 403, 200, 404));
            endpoints.add(new Endpoint("GET exports/rounds/{id}/results.csv",
                    h -> h.get(API + "/exports/rounds/" + exported.id() + "/results.csv?spaceKey=CX"),
                    401, 200, 200, 200, 404));
            endpoints.add(new Endpoint("GET exports/rounds/{id}/results.xlsx",
                    h -> h.get(API + "/exports/rounds/" + exported.id() + "/results.xlsx?spaceKey=CX"),
                    401, 200, 200, 200, 404));
            endpoints.add(new Endpoint("GET exports/space", h -> h.get(API + "/exports/space?spaceKey=CX"),
                    401, 403, 403, 200, 404));
            endpoints.add(new Endpoint("POST imports/space (CX has data)", h -> h.postJson(API
                    + "/imports/space?spaceKey=CX", Map.of("format", "cx-maturity-space", "formatVersion", 1)),
                    401, 403, 403, 409, 404));
            endpoints.add(new Endpoint("GET question-sets/{key}/export",
                    h -> h.get(API + "/question-sets/cx-checklist/export?spaceKey=CX"), 401, 403, 403, 200, 404));
            String definition = Http.as(host.baseUrl(), "admin").get(API + "/question-sets/cx-checklist/export?spaceKey=CX")
                    .body();
            endpoints.add(new Endpoint("POST question-sets/import",
                    h -> h.postJson(API + "/question-sets/import?spaceKey=CX", definition), 401, 403, 403, 201, 404));
            Http admin = Http.as(host.baseUrl(), "admin");
            java.util.function.Supplier<Long> initiative = () -> admin.postJson(API + "/initiatives", Map.of(
                    "spaceKey", "CX", "setKey", "six-blocks", "blockKey", "strategy", "title", "Ambition",
                    "horizon", 6)).json().path("id").asLong();
            long initiativeId = initiative.get();
            endpoints.add(new Endpoint("GET initiatives", h -> h.get(API + "/initiatives?spaceKey=CX"),
                    401, 200, 200, 200, 404));
            endpoints.add(new Endpoint("GET initiatives/{id}",
                    h -> h.get(API + "/initiatives/" + initiativeId + "?spaceKey=CX"), 401, 200, 200, 200, 404));
            endpoints.add(new Endpoint("POST initiatives", h -> h.postJson(API + "/initiatives", Map.of("spaceKey", "CX",
                    "setKey", "six-blocks", "blockKey", "people", "title", "Academy", "horizon", 24)),
                    401, 403, 403, 201, 404));
            endpoints.add(new Endpoint("PUT initiatives/{id}", h -> {
                long version = admin.get(API + "/initiatives/" + initiativeId + "?spaceKey=CX").json().path("version")
                        .asLong();
                return h.putJson(API + "/initiatives/" + initiativeId, Map.of("spaceKey", "CX", "setKey", "six-blocks",
                        "blockKey", "strategy", "title", "Ambition", "horizon", 6, "status", "IN_PROGRESS",
                        "progress", 10, "version", version));
            }, 401, 403, 403, 200, 404));
            endpoints.add(new Endpoint("DELETE initiatives/{id}", h -> h.header("X-Atlassian-Token", "no-check")
                    .send("DELETE", API + "/initiatives/" + initiative.get() + "?spaceKey=CX", null, null),
                    401, 403, 403, 204, 404));
            endpoints.add(new Endpoint("GET initiatives/suggestions",
                    h -> h.get(API + "/initiatives/suggestions?spaceKey=CX&department=" + dept), 401, 403, 403, 200, 404));
            endpoints.add(new Endpoint("POST initiatives/from-suggestion", h -> h.postJson(API
                    + "/initiatives/from-suggestion", Map.of("spaceKey", "CX", "department", dept,
                    "suggestionId", "template:cx-academy")), 401, 403, 403, 201, 404));
            endpoints.add(new Endpoint("GET roadmap/board", h -> h.get(API + "/roadmap/board?spaceKey=CX"),
                    401, 200, 200, 200, 404));
            endpoints.add(new Endpoint("GET roadmap/progress",
                    h -> h.get(API + "/roadmap/progress?spaceKey=CX&department=" + dept), 401, 200, 200, 200, 404));
            // question-set administration (space admins); each admin call gets a fresh copy where it changes one
            String edited = copy(admin);
            long sixBlocks = admin.get(API + "/question-sets/six-blocks?spaceKey=CX").json().path("versionId").asLong();
            endpoints.add(new Endpoint("GET question-sets with archived",
                    h -> h.get(API + "/question-sets?spaceKey=CX&archived=true"), 401, 200, 200, 200, 404));
            endpoints.add(new Endpoint("POST question-sets", h -> h.postJson(API + "/question-sets", Map.of(
                    "spaceKey", "CX", "key", "pm-" + UUID.randomUUID().toString().substring(0, 8),
                    "from", Map.of("setKey", "six-blocks"))), 401, 403, 403, 201, 404));
            endpoints.add(new Endpoint("GET question-sets/{key}/draft",
                    h -> h.get(API + "/question-sets/" + edited + "/draft?spaceKey=CX"), 401, 403, 403, 200, 404));
            endpoints.add(new Endpoint("PUT question-sets/{key}/draft", h -> {
                Http.Reply draft = admin.get(API + "/question-sets/" + edited + "/draft?spaceKey=CX");
                return h.putJson(API + "/question-sets/" + edited + "/draft", Map.of("spaceKey", "CX",
                        "definition", draft.json().path("definition"), "version", draft.json().path("version").asInt()));
            }, 401, 403, 403, 200, 404));
            endpoints.add(new Endpoint("POST question-sets/{key}/draft/validate", h -> h.postJson(API
                    + "/question-sets/" + edited + "/draft/validate", Map.of("spaceKey", "CX")), 401, 403, 403, 200, 404));
            endpoints.add(new Endpoint("POST question-sets/{key}/draft/preview", h -> h.postJson(API
                    + "/question-sets/" + edited + "/draft/preview", Map.of("spaceKey", "CX")), 401, 403, 403, 200, 404));
            endpoints.add(new Endpoint("POST question-sets/{key}/draft/discard", h -> h.postJson(API
                    + "/question-sets/" + copy(admin) + "/draft/discard", Map.of("spaceKey", "CX", "version", 1)),
                    401, 403, 403, 204, 404));
            endpoints.add(new Endpoint("POST question-sets/{key}/publish", h -> h.postJson(API
                    + "/question-sets/" + copy(admin) + "/publish", Map.of("spaceKey", "CX", "version", 1)),
                    401, 403, 403, 201, 404));
            endpoints.add(new Endpoint("GET question-sets/{key}/comparability", h -> h.get(API
                    + "/question-sets/six-blocks/comparability?spaceKey=CX&from=" + sixBlocks + "&to=" + sixBlocks),
                    401, 403, 403, 200, 404));
            endpoints.add(new Endpoint("POST question-sets/{key}/archive", h -> {
                String published = copy(admin);
                admin.postJson(API + "/question-sets/" + published + "/publish", Map.of("spaceKey", "CX", "version", 1));
                return h.postJson(API + "/question-sets/" + published + "/archive", Map.of("spaceKey", "CX"));
            }, 401, 403, 403, 200, 404));
            endpoints.add(new Endpoint("POST question-sets/{key}/restore", h -> h.postJson(API
                    + "/question-sets/cx-programme/restore", Map.of("spaceKey", "CX")), 401, 403, 403, 200, 404));
            endpoints.add(new Endpoint("GET question-set-drafts", h -> h.get(API + "/question-set-drafts?spaceKey=CX"),
                    401, 403, 403, 200, 404));

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

    /** A new set of CX copied from six-blocks by the space admin, as a draft at version 1; its key. */
    private static String copy(Http admin) {
        String key = "pm-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Reply created = admin.postJson(API + "/question-sets", Map.of("spaceKey", "CX", "key", key,
                "from", Map.of("setKey", "six-blocks")));
        assertEquals(created.body(), 201, created.status());
        return key;
    }
}
