package io.cxmaturity.rest;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxmaturity.domain.Round;
import io.cxmaturity.host.Host;
import io.cxmaturity.testing.AnswerSheets;
import io.cxmaturity.testing.Http;
import io.cxmaturity.testing.TestHosts;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * docs/openapi.yaml describes what the API really answers: live requests and responses from the host, happy
 * and refused, are validated against it with Atlassian's swagger-request-validator.
 */
public class OpenApiContractHostTest {
    private static final String API = "/rest/cx-maturity/1.0";
    private static Host host;
    private static io.cxmaturity.testing.MailServer smtp;
    private static OpenApiInteractionValidator validator;

    @BeforeClass
    public static void start() throws Exception {
        smtp = new io.cxmaturity.testing.MailServer();
        host = Host.start(Host.Config.forTest(null).withSmtp(smtp.port()));
        validator = OpenApiInteractionValidator.createForSpecificationUrl(
                Path.of(System.getProperty("cx.basedir", "."), "docs", "openapi.yaml").toUri().toString()).build();
    }

    @AfterClass
    public static void stop() throws Exception {
        host.close();
        smtp.close();
    }

    private final List<String> problems = new ArrayList<>();
    private int checked;

    /** Sends a call through the host and validates the pair against the specification. */
    private Http.Reply call(String user, Request.Method method, String pathAndQuery, Object body) {
        Http http = user == null ? Http.anonymous(host.baseUrl()) : Http.as(host.baseUrl(), user);
        if (method == Request.Method.DELETE) {
            http.header("X-Atlassian-Token", "no-check"); // no JSON body: Confluence's XSRF rule asks for the header
        }
        String json = body == null ? null : body instanceof String ? (String) body : toJson(body);
        Http.Reply reply = method == Request.Method.GET ? http.get(API + pathAndQuery)
                : method == Request.Method.DELETE ? http.delete(API + pathAndQuery)
                : http.send(method.name(), API + pathAndQuery, json == null ? null : "application/json", json);
        String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
        SimpleRequest.Builder request = new SimpleRequest.Builder(method, API + path);
        if (pathAndQuery.contains("?")) {
            for (String pair : pathAndQuery.substring(pathAndQuery.indexOf('?') + 1).split("&")) {
                String[] kv = pair.split("=", 2);
                request.withQueryParam(kv[0], java.net.URLDecoder.decode(kv.length > 1 ? kv[1] : "",
                        java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        if (json != null) {
            request.withContentType("application/json").withBody(json);
        }
        SimpleResponse.Builder response = SimpleResponse.Builder.status(reply.status());
        if (!reply.body().isEmpty()) {
            String type = reply.contentType().isEmpty() ? "application/json" : reply.contentType().split(";")[0].trim();
            response.withContentType(type).withBody(reply.body());
        }
        // A deliberately malformed request (a raw string body) is not valid either: check only the answer.
        ValidationReport report = body instanceof String
                ? validator.validateResponse(API + path, method, response.build())
                : validator.validate(request.build(), response.build());
        checked++;
        if (report.hasErrors()) {
            problems.add(method + " " + pathAndQuery + " -> " + reply.status() + ": " + report.getMessages());
        }
        return reply;
    }

    private static String toJson(Object body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    public void liveAnswersMatchTheSpecification() {
        Round round = TestHosts.freshRound(host, "six-blocks", false, 3);
        Round anonymous = TestHosts.freshRound(host, "contact-centre", true, 3);
        Map<String, Object> draft = AnswerSheets.submission("CX", round.id(),
                List.of(Map.of("question", "strategy-leader", "value", 2), Map.of("question", "data-research", "na", false,
                        "value", 1)));

        call("member", Request.Method.GET, "/question-sets?spaceKey=CX", null);
        call("member", Request.Method.GET, "/question-sets/six-blocks?spaceKey=CX", null);
        call("member", Request.Method.GET, "/question-sets/nope?spaceKey=CX", null);
        call("member", Request.Method.GET, "/drafts?spaceKey=CX&roundId=" + round.id(), null);
        call("member", Request.Method.PUT, "/drafts", draft);
        call("member", Request.Method.GET, "/drafts?spaceKey=CX&roundId=" + round.id(), null);
        call("member", Request.Method.POST, "/responses", "{\"spaceKey\":");
        for (String user : List.of("member", "member2", "member3")) {
            call(user, Request.Method.POST, "/responses", AnswerSheets.submission("CX", round.id(),
                    AnswerSheets.answers("six-blocks", q -> user.length() % 6)));
        }
        Http.Reply anonymousAnswer = call("member", Request.Method.POST, "/responses", AnswerSheets.submission("CX",
                anonymous.id(), AnswerSheets.answers("contact-centre", q -> 3)));
        assertTrue(anonymousAnswer.json().path("anonymous").asBoolean());
        call("member", Request.Method.POST, "/responses", AnswerSheets.submission("CX", round.id(),
                AnswerSheets.answers("six-blocks", q -> 1)));
        Http.Reply mine = call("member", Request.Method.GET, "/responses/mine?spaceKey=CX&roundId=" + round.id(), null);
        call("member", Request.Method.GET, "/responses/mine?spaceKey=CX&roundId=" + anonymous.id(), null);
        call("member", Request.Method.PUT, "/responses/" + mine.json().path("response").path("id").asText(),
                Map.of("spaceKey", "CX", "answers", AnswerSheets.answers("six-blocks", q -> 5)));
        call(null, Request.Method.GET, "/results?spaceKey=CX&roundId=" + round.id(), null);
        call("admin", Request.Method.GET, "/results?spaceKey=CX&roundId=" + round.id() + "&target=4", null);
        call("admin", Request.Method.GET, "/results?spaceKey=CX&roundId=" + anonymous.id(), null);
        call("admin", Request.Method.GET, "/results?spaceKey=CX&department=customer-service", null);
        call("admin", Request.Method.GET, "/results/departments?spaceKey=CX&setKey=six-blocks", null);
        Round demo = TestHosts.demoRound(host);
        for (String user : List.of("member4", "member5", "member6")) {
            call(user, Request.Method.POST, "/responses", AnswerSheets.submission("CX", demo.id(),
                    AnswerSheets.answers("six-blocks", q -> 4)));
        }
        Http.Reply trend = call("admin", Request.Method.GET, "/results/trend?spaceKey=CX&department=customer-service", null);
        assertTrue("the trend has a change from the baseline", trend.json().path("change").isObject());
        call("admin", Request.Method.GET, "/departments?spaceKey=CX", null);
        Http.Reply created = call("admin", Request.Method.POST, "/departments", Map.of("spaceKey", "CX",
                "name", "Finance", "setKey", "six-blocks", "headcount", 7));
        String key = created.json().path("key").asText();
        Http.Reply opened = call("admin", Request.Method.POST, "/departments/" + key + "/rounds", Map.of("spaceKey", "CX",
                "name", "2027 H1", "anonymous", true, "opensOn", "2027-01-10", "closesOn", "2027-02-10"));
        call("admin", Request.Method.GET, "/departments/" + key + "/rounds?spaceKey=CX", null);
        call("admin", Request.Method.PUT, "/departments/" + key, Map.of("spaceKey", "CX", "name", "Finance & Risk",
                "cadenceMonths", 6, "respondentGroup", "confluence-users"));
        call("admin", Request.Method.POST, "/rounds/" + opened.json().path("id").asLong() + "/close", Map.of("spaceKey", "CX"));
        // the roadmap
        Map<String, Object> initiative = new LinkedHashMap<>();
        initiative.put("spaceKey", "CX");
        initiative.put("setKey", "six-blocks");
        initiative.put("blockKey", "metrics");
        initiative.put("department", "customer-service");
        initiative.put("title", "Customer metrics on the leadership dashboard");
        initiative.put("description", "NPS and CSAT next to the financials.");
        initiative.put("horizon", 12);
        initiative.put("owner", "member2");
        initiative.put("status", "IN_PROGRESS");
        initiative.put("targetStage", 3);
        initiative.put("dueOn", "2027-06-30");
        initiative.put("progress", 20);
        initiative.put("link", "CX-12");
        Http.Reply createdInitiative = call("admin", Request.Method.POST, "/initiatives", initiative);
        long initiativeId = createdInitiative.json().path("id").asLong();
        call("admin", Request.Method.POST, "/initiatives", Map.of("spaceKey", "CX", "setKey", "six-blocks",
                "blockKey", "people", "title", "CX academy", "horizon", 24));
        call("viewer", Request.Method.GET, "/initiatives?spaceKey=CX", null);
        call("viewer", Request.Method.GET, "/initiatives?spaceKey=CX&setKey=six-blocks&block=metrics&horizon=12"
                + "&status=IN_PROGRESS&department=customer-service", null);
        call("viewer", Request.Method.GET, "/initiatives/" + initiativeId + "?spaceKey=CX", null);
        Map<String, Object> done = new LinkedHashMap<>(initiative);
        done.put("status", "DONE");
        done.put("progress", 100);
        done.put("version", 1);
        call("admin", Request.Method.PUT, "/initiatives/" + initiativeId, done);
        Http.Reply stale = call("admin", Request.Method.PUT, "/initiatives/" + initiativeId, done);
        assertEquals(409, stale.status());
        Http.Reply suggestions = call("admin", Request.Method.GET,
                "/initiatives/suggestions?spaceKey=CX&department=customer-service", null);
        assertTrue(suggestions.json().get(0).path("fromResults").asBoolean());
        call("admin", Request.Method.GET, "/initiatives/suggestions?spaceKey=CX&setKey=cx-programme", null);
        Http.Reply fromSuggestion = call("admin", Request.Method.POST, "/initiatives/from-suggestion", Map.of("spaceKey", "CX",
                "department", "customer-service", "suggestionId", suggestions.json().get(0).path("id").asText()));
        call("admin", Request.Method.POST, "/initiatives/from-suggestion", Map.of("spaceKey", "CX",
                "department", "customer-service", "suggestionId", suggestions.json().get(0).path("id").asText()));
        call("member", Request.Method.GET, "/initiatives/suggestions?spaceKey=CX&setKey=six-blocks", null);
        call("viewer", Request.Method.GET, "/roadmap/board?spaceKey=CX&setKey=six-blocks", null);
        call("viewer", Request.Method.GET, "/roadmap/board?spaceKey=CX&department=customer-service&horizon=12", null);
        Http.Reply progress = call("viewer", Request.Method.GET,
                "/roadmap/progress?spaceKey=CX&department=customer-service", null);
        assertTrue("both rounds of Customer Service have enough answers now",
                progress.json().path("blocks").get(2).path("comparable").asBoolean());
        call("viewer", Request.Method.GET, "/roadmap/progress?spaceKey=CX&department=sales", null);
        call("admin", Request.Method.POST, "/initiatives", "{\"spaceKey\":\"CX\",\"horizon\":18}");
        call("admin", Request.Method.DELETE, "/initiatives/" + fromSuggestion.json().path("id").asLong() + "?spaceKey=CX", null);
        call("admin", Request.Method.DELETE, "/initiatives/" + fromSuggestion.json().path("id").asLong() + "?spaceKey=CX", null);
        call("admin", Request.Method.PUT, "/rounds/" + demo.id(), Map.of("spaceKey", "CX", "name", "2026 H2 (extended)",
                "opensOn", "2026-11-01", "closesOn", "2027-01-31", "minGroupSize", 4,
                "reminders", Map.of("enabled", true, "everyDays", 7, "daysBeforeClose", 3),
                "formPageUrl", "/display/CX/Six+building+blocks+assessment"));
        call("admin", Request.Method.PUT, "/rounds/" + demo.id(), Map.of("spaceKey", "CX", "anonymous", true));
        call("admin", Request.Method.PUT, "/rounds/" + demo.id(), Map.of("spaceKey", "CX", "closesOn", "2026-10-01"));
        Http.Reply sent = call("admin", Request.Method.POST, "/rounds/" + demo.id() + "/reminders", Map.of("spaceKey", "CX"));
        assertEquals(sent.body(), 200, sent.status());
        call("admin", Request.Method.POST, "/rounds/" + round.id() + "/reminders", Map.of("spaceKey", "CX"));
        Http.Reply reminded = call("admin", Request.Method.GET, "/rounds/" + demo.id() + "/reminders?spaceKey=CX", null);
        assertEquals(1, reminded.json().path("occasions").size());
        call("viewer", Request.Method.GET, "/rounds/" + demo.id() + "/reminders?spaceKey=CX", null);
        call("admin", Request.Method.GET, "/settings?spaceKey=CX", null);
        call("admin", Request.Method.PUT, "/settings", Map.of("spaceKey", "CX", "visibility", "GROUPS",
                "groups", List.of("cx-leadership"), "minGroupSize", 4, "defaultLanguage", "ru"));
        Http.Reply owner = call("admin", Request.Method.POST, "/owners", Map.of("spaceKey", "CX", "setKey", "six-blocks",
                "blockKey", "people", "user", "member3"));
        call("viewer", Request.Method.GET, "/owners?spaceKey=CX&setKey=six-blocks", null);
        assertEquals(204, call("admin", Request.Method.DELETE, "/owners/" + owner.json().path("id").asLong()
                + "?spaceKey=CX", null).status());
        Http.Reply trail = call("admin", Request.Method.GET, "/audit?spaceKey=CX&limit=5", null);
        assertTrue("the changes above are in the audit trail", trail.json().size() >= 4);
        call("admin", Request.Method.GET, "/audit?spaceKey=CX&limit=2&before="
                + trail.json().get(0).path("id").asLong(), null);
        call("viewer", Request.Method.GET, "/audit?spaceKey=CX", null);
        call("viewer", Request.Method.GET, "/results?spaceKey=CX&roundId=" + round.id(), null);
        call("member", Request.Method.GET, "/settings?spaceKey=CX", null);
        call("admin", Request.Method.PUT, "/settings", new LinkedHashMap<>(Map.of("spaceKey", "CX",
                "visibility", "ALL_VIEWERS", "groups", List.of(), "minGroupSize", 5, "defaultLanguage", "en")));

        // exports and imports
        for (String file : List.of("responses.csv", "responses.xlsx", "results.csv", "results.xlsx")) {
            call("admin", Request.Method.GET, "/exports/rounds/" + round.id() + "/" + file + "?spaceKey=CX", null);
        }
        call("admin", Request.Method.GET, "/exports/rounds/" + anonymous.id() + "/responses.csv?spaceKey=CX", null);
        call("viewer", Request.Method.GET, "/exports/rounds/" + round.id() + "/responses.xlsx?spaceKey=CX", null);
        Http.Reply space = call("admin", Request.Method.GET, "/exports/space?spaceKey=CX", null);
        call("admin", Request.Method.POST, "/imports/space?spaceKey=IMPORT", space.json());
        call("admin", Request.Method.POST, "/imports/space?spaceKey=IMPORT", space.json());
        call("admin", Request.Method.POST, "/imports/space?spaceKey=OTHER", Map.of("format", "cx-maturity-space",
                "formatVersion", 1));
        Http.Reply definition = call("admin", Request.Method.GET, "/question-sets/six-blocks/export?spaceKey=CX", null);
        call("admin", Request.Method.POST, "/question-sets/import?spaceKey=CX", definition.json());
        com.fasterxml.jackson.databind.node.ObjectNode broken = definition.json().deepCopy();
        broken.put("key", "Not A Key");
        broken.withArray("stages").forEach(stage -> ((com.fasterxml.jackson.databind.node.ObjectNode) stage).put("min", 3));
        Http.Reply refused = call("admin", Request.Method.POST, "/question-sets/import?spaceKey=CX", broken);
        assertEquals(400, refused.status());
        assertTrue(refused.json().path("problems").size() >= 2);

        assertTrue(checked >= 50);
        assertEquals("answers that do not match docs/openapi.yaml", List.of(), problems);
    }

    private static Map<String, Object> body(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    public void questionSetAdministrationMatchesTheSpecification() {
        String key = "oa-" + UUID.randomUUID().toString().substring(0, 8);
        String base = "/question-sets/" + key;
        call("admin", Request.Method.GET, "/question-sets?spaceKey=CX&archived=true", null);
        Http.Reply created = call("admin", Request.Method.POST, "/question-sets", body("spaceKey", "CX", "key", key,
                "from", body("setKey", "six-blocks")));
        assertEquals(created.body(), 201, created.status());
        Http.Reply draft = call("admin", Request.Method.GET, base + "/draft?spaceKey=CX", null);
        ObjectNode definition = (ObjectNode) draft.json().path("definition");
        ((ObjectNode) definition.path("title")).put("en", "Our six blocks");
        assertEquals(200, call("admin", Request.Method.PUT, base + "/draft", body("spaceKey", "CX",
                "definition", definition, "version", 1)).status());
        assertEquals(409, call("admin", Request.Method.PUT, base + "/draft", body("spaceKey", "CX",
                "definition", definition, "version", 1)).status());
        call("admin", Request.Method.POST, base + "/draft/validate", body("spaceKey", "CX"));
        ObjectNode broken = definition.deepCopy();
        ((ObjectNode) broken.path("stages").get(1).path("band")).put("min", 19);
        Http.Reply validated = call("admin", Request.Method.POST, base + "/draft/validate", body("spaceKey", "CX",
                "definition", broken));
        assertEquals("band-overlap", validated.json().path("problems").get(0).path("error").asText());
        call("admin", Request.Method.POST, base + "/draft/preview", body("spaceKey", "CX", "language", "ru"));
        assertEquals(400, call("admin", Request.Method.POST, base + "/draft/preview", body("spaceKey", "CX",
                "definition", broken)).status());
        Http.Reply first = call("admin", Request.Method.POST, base + "/publish", body("spaceKey", "CX", "version", 2));
        assertEquals(first.body(), 201, first.status());

        Http.Reply next = call("admin", Request.Method.GET, base + "/draft?spaceKey=CX", null);
        ObjectNode v2 = (ObjectNode) next.json().path("definition");
        ArrayNode questions = (ArrayNode) v2.path("questions");
        questions.remove(questions.size() - 1);
        ((ObjectNode) v2.path("stages").get(4).path("band")).put("max", 90);
        int version = next.json().path("version").asInt();
        assertEquals(200, call("admin", Request.Method.PUT, base + "/draft", body("spaceKey", "CX",
                "definition", v2, "version", version)).status());
        Http.Reply unacknowledged = call("admin", Request.Method.POST, base + "/publish", body("spaceKey", "CX",
                "version", version + 1));
        assertEquals(unacknowledged.body(), 409, unacknowledged.status());
        Http.Reply second = call("admin", Request.Method.POST, base + "/publish", body("spaceKey", "CX",
                "version", version + 1, "acknowledgeComparability", true));
        assertEquals(second.body(), 201, second.status());
        call("admin", Request.Method.GET, base + "/comparability?spaceKey=CX&from=" + first.json().path("versionId")
                .asLong() + "&to=" + second.json().path("versionId").asLong(), null);

        String other = key + "-b";
        call("admin", Request.Method.POST, "/question-sets", body("spaceKey", "CX", "key", other,
                "from", body("setKey", key, "versionId", first.json().path("versionId").asLong())));
        Http.Reply drafts = call("admin", Request.Method.GET, "/question-set-drafts?spaceKey=CX", null);
        assertTrue(drafts.body(), drafts.json().findValuesAsText("key").contains(other));
        assertEquals(204, call("admin", Request.Method.POST, "/question-sets/" + other + "/draft/discard",
                body("spaceKey", "CX", "version", 1)).status());
        assertEquals(200, call("admin", Request.Method.POST, base + "/archive", body("spaceKey", "CX")).status());
        call("admin", Request.Method.GET, base + "?spaceKey=CX", null);
        call("member", Request.Method.GET, "/question-sets?spaceKey=CX&archived=true", null);
        assertEquals(200, call("admin", Request.Method.POST, base + "/restore", body("spaceKey", "CX")).status());
        assertEquals(409, call("admin", Request.Method.POST, "/question-sets/six-blocks/archive",
                body("spaceKey", "CX")).status());
        call("member", Request.Method.GET, base + "/draft?spaceKey=CX", null);

        assertTrue(checked >= 22);
        assertEquals("answers that do not match docs/openapi.yaml", List.of(), problems);
    }
}
