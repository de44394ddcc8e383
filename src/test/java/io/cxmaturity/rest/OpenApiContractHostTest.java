package io.cxmaturity.rest;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
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
        String json = body == null ? null : body instanceof String ? (String) body : toJson(body);
        Http.Reply reply = method == Request.Method.GET ? http.get(API + pathAndQuery)
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
            response.withContentType("application/json").withBody(reply.body());
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
        Http.Reply trail = call("admin", Request.Method.GET, "/audit?spaceKey=CX&limit=5", null);
        assertTrue("the changes above are in the audit trail", trail.json().size() >= 4);
        call("admin", Request.Method.GET, "/audit?spaceKey=CX&limit=2&before="
                + trail.json().get(0).path("id").asLong(), null);
        call("viewer", Request.Method.GET, "/audit?spaceKey=CX", null);
        call("viewer", Request.Method.GET, "/results?spaceKey=CX&roundId=" + round.id(), null);
        call("member", Request.Method.GET, "/settings?spaceKey=CX", null);
        call("admin", Request.Method.PUT, "/settings", new LinkedHashMap<>(Map.of("spaceKey", "CX",
                "visibility", "ALL_VIEWERS", "groups", List.of(), "minGroupSize", 5, "defaultLanguage", "en")));

        assertTrue(checked >= 30);
        assertEquals("answers that do not match docs/openapi.yaml", List.of(), problems);
    }
}
