package io.cxmaturity.rest;

import com.atlassian.soy.renderer.SoyTemplateRenderer;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxmaturity.host.Host;
import io.cxmaturity.testing.AnswerSheets;
import io.cxmaturity.testing.Http;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Question-set administration through the host, on real Active Objects: a copy is edited, previewed with the
 * form template the macro renders, published; version 2 leaves version-1 results as they were, over HTTP.
 */
public class QuestionSetAdminHostTest {
    private static final String API = "/rest/cx-maturity/1.0";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern QUESTION = Pattern.compile("data-question=\"([a-z0-9-]+)\"");
    private static Host host;

    @BeforeClass
    public static void start() throws Exception {
        host = Host.start(Host.Config.forTest(null));
    }

    @AfterClass
    public static void stop() throws Exception {
        host.close();
    }

    private static List<String> questionKeys(String html) {
        List<String> keys = new ArrayList<>();
        Matcher m = QUESTION.matcher(html);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    private static String copy(Http admin, String key) {
        Http.Reply created = admin.postJson(API + "/question-sets", Map.of("spaceKey", "CX", "key", key,
                "from", Map.of("setKey", "six-blocks")));
        assertEquals(created.body(), 201, created.status());
        return key;
    }

    @Test
    public void thePreviewRendersWithTheTemplateOfTheAssessmentMacro() throws Exception {
        Http admin = Http.as(host.baseUrl(), "admin");
        String key = copy(admin, "pv-" + UUID.randomUUID().toString().substring(0, 8));
        ObjectNode definition = (ObjectNode) admin.get(API + "/question-sets/" + key + "/draft?spaceKey=CX").json()
                .path("definition");
        ((ObjectNode) definition.path("questions").get(0).path("text")).put("ru", "Черновик: <спонсор> & клиент");
        assertEquals(200, admin.putJson(API + "/question-sets/" + key + "/draft", Map.of("spaceKey", "CX",
                "definition", definition, "version", 1)).status());

        Http.Reply preview = admin.postJson(API + "/question-sets/" + key + "/draft/preview",
                Map.of("spaceKey", "CX", "language", "ru"));
        assertEquals(preview.body(), 200, preview.status());
        assertEquals("CxMaturity.Templates.Assessment.form", preview.json().path("template").asText());
        Map<String, Object> data = MAPPER.convertValue(preview.json().path("data"),
                new TypeReference<Map<String, Object>>() { });
        String html = host.component(SoyTemplateRenderer.class).render("io.cxmaturity.cx-maturity:soy-templates",
                preview.json().path("template").asText(), data);

        assertTrue("the edited Russian text, escaped", html.contains("Черновик: &lt;спонсор&gt; &amp; клиент"));
        String page = admin.get("/display/CX/Six+building+blocks+assessment").body();
        List<String> macroKeys = questionKeys(page);
        assertEquals(19, macroKeys.size());
        assertEquals("the same questions in the same order as the macro's form", macroKeys, questionKeys(html));
        assertTrue(html.contains("data-status=\"OPEN\""));
        assertFalse("nothing was published", admin.get(API + "/question-sets/" + key + "?spaceKey=CX").status() == 200);
    }

    @Test
    public void publishingVersionTwoOverHttpLeavesVersionOneResultsAsTheyWere() {
        Http admin = Http.as(host.baseUrl(), "admin");
        String key = copy(admin, "v2-" + UUID.randomUUID().toString().substring(0, 8));
        Http.Reply v1 = admin.postJson(API + "/question-sets/" + key + "/publish", Map.of("spaceKey", "CX", "version", 1));
        assertEquals(v1.body(), 201, v1.status());
        Http.Reply department = admin.postJson(API + "/departments", Map.of("spaceKey", "CX",
                "name", "Versioned " + key, "setKey", key));
        String dept = department.json().path("key").asText();
        Http.Reply round = admin.postJson(API + "/departments/" + dept + "/rounds", Map.of("spaceKey", "CX",
                "name", "2026 H2", "minGroupSize", 3));
        long roundId = round.json().path("id").asLong();
        for (String user : List.of("member", "member2", "member3")) {
            Http.Reply submitted = Http.as(host.baseUrl(), user).postJson(API + "/responses", AnswerSheets.submission(
                    "CX", roundId, AnswerSheets.answers("six-blocks", q -> (q.key().length() + user.length()) % 6)));
            assertEquals(submitted.body(), 201, submitted.status());
        }
        ObjectNode before = (ObjectNode) admin.get(API + "/results?spaceKey=CX&roundId=" + roundId).json();
        assertEquals(3, before.path("respondents").asInt());

        Http.Reply draft = admin.get(API + "/question-sets/" + key + "/draft?spaceKey=CX");
        ObjectNode definition = (ObjectNode) draft.json().path("definition");
        ArrayNode questions = (ArrayNode) definition.path("questions");
        ObjectNode text = (ObjectNode) questions.get(0).path("text");
        text.put("en", "Reworded in English").put("ru", "Переписано по-русски").put("uk", "Переписано українською");
        ((ObjectNode) questions.get(1)).put("weight", 2);
        ObjectNode added = questions.get(2).deepCopy();
        added.put("key", "strategy-review");
        questions.insert(3, added);
        ((ObjectNode) definition.path("stages").get(4).path("band")).put("max", 105);
        int version = draft.json().path("version").asInt();
        Http.Reply saved = admin.putJson(API + "/question-sets/" + key + "/draft", Map.of("spaceKey", "CX",
                "definition", definition, "version", version));
        assertEquals(saved.body(), List.of(), saved.json().findValuesAsText("error"));
        Http.Reply refused = admin.postJson(API + "/question-sets/" + key + "/publish", Map.of("spaceKey", "CX",
                "version", version + 1));
        assertEquals(409, refused.status());
        assertEquals(List.of("strategy-review"), MAPPER.convertValue(refused.json().path("comparability")
                .path("notComparable"), new TypeReference<List<String>>() { }));
        Http.Reply v2 = admin.postJson(API + "/question-sets/" + key + "/publish", Map.of("spaceKey", "CX",
                "version", version + 1, "acknowledgeComparability", true));
        assertEquals(v2.body(), 201, v2.status());
        assertEquals(2, v2.json().path("version").asInt());
        assertEquals("reweighted", v2.json().path("comparability").path("questions").get(1).path("status").asText());

        assertEquals("the version-1 round scores exactly as before", before,
                admin.get(API + "/results?spaceKey=CX&roundId=" + roundId).json());
        assertEquals(v1.json().path("versionId").asLong(), admin.get(API + "/departments/" + dept
                + "/rounds?spaceKey=CX").json().get(0).path("setVersionId").asLong());
        assertEquals(200, admin.postJson(API + "/rounds/" + roundId + "/close", Map.of("spaceKey", "CX")).status());
        Http.Reply next = admin.postJson(API + "/departments/" + dept + "/rounds", Map.of("spaceKey", "CX",
                "name", "2027 H1"));
        assertEquals(v2.json().path("versionId").asLong(), next.json().path("setVersionId").asLong());
        assertEquals("Reworded in English", admin.get(API + "/question-sets/" + key + "?spaceKey=CX").json()
                .path("definition").path("questions").get(0).path("text").path("en").asText());
        ObjectNode closed = (ObjectNode) admin.get(API + "/results?spaceKey=CX&roundId=" + roundId).json();
        assertEquals("CLOSED", closed.path("round").path("status").asText());
        ObjectNode open = before.deepCopy();
        open.remove("round");
        closed.remove("round");
        assertEquals("closing it and opening a round on version 2 change nothing else", open, closed);
    }
}
