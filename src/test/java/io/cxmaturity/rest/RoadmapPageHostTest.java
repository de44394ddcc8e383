package io.cxmaturity.rest;

import io.cxmaturity.domain.Round;
import io.cxmaturity.host.Host;
import io.cxmaturity.testing.AnswerSheets;
import io.cxmaturity.testing.Http;
import io.cxmaturity.testing.TestHosts;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The demo space's Roadmap page, rendered by the cx-roadmap macro: the board, a list and the progress since the
 * last round, on screen and as Confluence's exporters ask for it (no script), with statuses, owners, overdue
 * work, hostile text escaped, and nothing from results for a reader without results permission.
 */
public class RoadmapPageHostTest {
    private static final String API = "/rest/cx-maturity/1.0";
    private static final String HOSTILE = "<script>alert('x')</script><img src=x onerror=alert(1)> Персоны 🙂";
    private static Host host;

    @BeforeClass
    public static void start() throws Exception {
        host = Host.start(Host.Config.forTest(null));
        Map<String, Object> initiative = new LinkedHashMap<>();
        initiative.put("spaceKey", "CX");
        initiative.put("setKey", "six-blocks");
        initiative.put("blockKey", "metrics");
        initiative.put("title", HOSTILE);
        initiative.put("description", "\"><svg onload=alert(2)>");
        initiative.put("horizon", 24);
        initiative.put("owner", "member5");
        initiative.put("status", "IN_PROGRESS");
        initiative.put("progress", 35);
        Http.Reply created = Http.as(host.baseUrl(), "admin").postJson(API + "/initiatives", initiative);
        assertEquals(created.body(), 201, created.status());
    }

    @AfterClass
    public static void stop() throws Exception {
        host.close();
    }

    /** The macros' output on the page, without the host's page chrome. */
    private static String body(String user, String query) {
        Http.Reply page = Http.as(host.baseUrl(), user).get("/display/CX/Roadmap" + query);
        assertEquals(200, page.status());
        String html = page.body();
        int start = html.indexOf("<div class=\"wiki-content\">");
        int end = html.indexOf("</main>");
        assertTrue(start > 0 && end > start);
        return html.substring(start, end);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    @Test
    public void theBoardShowsEveryBlockByHorizonWithOwnersStatusesProgressAndOverdueWork() {
        String html = Http.as(host.baseUrl(), "viewer").get("/display/CX/Roadmap").body();
        assertTrue("the roadmap's styles are on the page",
                html.contains("/download/resources/io.cxmaturity.cx-maturity:roadmap-resources/cx-maturity.css"));
        String body = body("viewer", "");
        assertFalse("the macros write no script", body.toLowerCase().contains("<script"));
        assertTrue(body.contains("class=\"cx-maturity cx-roadmap cx-roadmap-board\""));
        assertEquals("a row per building block", 6, count(body.substring(0, body.indexOf("cx-roadmap-list")),
                "<tr data-block="));
        for (String heading : List.of("6 months", "12 months", "24 months")) {
            assertTrue(heading, body.contains("<th scope=\"col\">" + heading + "</th>"));
        }
        assertTrue("block owners by name", body.contains("<span class=\"cx-block-owner\">Erin Executive</span>"));
        assertTrue(body.contains("<span class=\"cx-block-owner\">Member 3</span>"));
        assertTrue("initiative owners by name", body.contains("Owner: Maria Member"));
        assertTrue("in progress", body.contains("class=\"aui-lozenge aui-lozenge-current cx-status\" data-status=\"in-progress\">In progress<"));
        assertTrue("done", body.contains("class=\"aui-lozenge aui-lozenge-success cx-status\" data-status=\"done\">Done<"));
        assertTrue("planned", body.contains("class=\"aui-lozenge cx-status\" data-status=\"planned\">Planned<"));
        assertTrue("dropped", body.contains("data-status=\"dropped\">Dropped<"));
        assertTrue("overdue work is marked", body.contains("aui-lozenge-error cx-overdue-flag\">Overdue<"));
        assertTrue(body.contains("cx-initiative cx-initiative-in-progress cx-overdue"));
        assertTrue("progress as a bar and as text", body.contains("style=\"width: 60%\"") && body.contains("60\u00a0% done"));
        assertTrue("a Jira key is named, not linked", body.contains("Jira issue CX-12"));
        assertTrue("a page is linked", body.contains("href=\"/display/CX/Leadership+results\""));
        assertTrue("the list of work in progress", body.contains("class=\"cx-maturity cx-roadmap cx-roadmap-list\""));
        String list = body.substring(body.indexOf("cx-roadmap-list"), body.indexOf("cx-roadmap-progress"));
        assertFalse("the list shows only work in progress", list.contains("data-status=\"planned\""));
        assertTrue(list.contains("CX dashboard for the leadership team"));
    }

    @Test
    public void hostileTitlesAreEscapedOnTheBoardTheListAndInTheExport() {
        for (String query : List.of("", "?output=pdf")) {
            String body = body("admin", query);
            assertTrue(query, body.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; Персоны 🙂"));
            assertFalse(query, body.contains("<img src=x"));
            assertFalse(query, body.contains("<svg onload"));
            assertFalse(query, body.toLowerCase().contains("<script"));
            assertTrue(query, body.contains("&quot;&gt;&lt;svg onload=alert(2)&gt;"));
        }
    }

    @Test
    public void theExportHasTheSameRoadmapWithoutScriptOrPageResources() {
        for (String output : List.of("pdf", "word", "email")) {
            String html = Http.as(host.baseUrl(), "viewer").get("/display/CX/Roadmap?output=" + output).body();
            assertFalse(output, html.contains("roadmap-resources"));
            String body = body("viewer", "?output=" + output);
            assertFalse(output, body.toLowerCase().contains("<script"));
            assertTrue(output, body.contains("data-exported=\"true\""));
            assertTrue(output, body.contains("data-status=\"in-progress\">In progress<"));
            assertTrue(output, body.contains("data-status=\"done\">Done<"));
            assertTrue(output, body.contains("Erin Executive"));
            assertTrue(output, body.contains("Overdue"));
            assertTrue(output, body.contains("<table class=\"aui cx-table cx-roadmap-table\">"));
        }
    }

    @Test
    public void theRoadmapSpeaksTheReadersLanguage() {
        String body = body("viewer", "?lang=ru");
        assertTrue(body.contains(">В работе<"));
        assertTrue(body.contains("24 мес."));
        assertTrue(body.contains("Просрочено"));
    }

    @Test
    public void progressShowsHowBlocksMovedOnlyToReadersOfResultsAndOnlyWithEnoughAnswers() {
        String before = body("viewer", "");
        String progress = before.substring(before.indexOf("cx-roadmap-progress"));
        assertTrue("the latest round has no answers yet",
                progress.contains("Not comparable: too few people answered the latest round"));
        assertTrue("what was done", progress.contains("Map the complaint journey end to end"));
        assertFalse(progress.contains("data-comparable=\"true\""));

        Round round = TestHosts.demoRound(host);
        for (String user : List.of("member4", "member5", "member6")) {
            Http.Reply r = Http.as(host.baseUrl(), user).postJson(API + "/responses",
                    AnswerSheets.submission("CX", round.id(), AnswerSheets.answers("six-blocks", q -> 4)));
            assertEquals(r.body(), 201, r.status());
        }
        String after = body("viewer", "");
        String moved = after.substring(after.indexOf("cx-roadmap-progress"));
        assertEquals("every block moved between the rounds", 6, count(moved, "data-comparable=\"true\""));
        Matcher move = Pattern.compile("\\d+\u00a0% → \\d+\u00a0% \\([+−±]\\d+ points\\)").matcher(moved);
        assertTrue(moved, move.find());

        Http admin = Http.as(host.baseUrl(), "admin");
        assertEquals(200, admin.putJson(API + "/settings", Map.of("spaceKey", "CX", "visibility", "GROUPS",
                "groups", List.of("cx-leadership"), "minGroupSize", 3, "defaultLanguage", "en")).status());
        try {
            String hidden = body("viewer", "?output=pdf");
            String part = hidden.substring(hidden.indexOf("cx-roadmap-progress"));
            assertEquals(0, count(part, "data-comparable=\"true\""));
            assertEquals(6, count(part, "results of this space are not shown to you"));
            assertFalse("no score at all", Pattern.compile("\\d+[\\s\u00a0]*%[\\s\u00a0]*→").matcher(part).find());
            assertTrue("what was done is still shown", part.contains("Map the complaint journey end to end"));
            String exec = body("exec", "");
            assertEquals("a member of the results group sees the moves", 6,
                    count(exec.substring(exec.indexOf("cx-roadmap-progress")), "data-comparable=\"true\""));
        } finally {
            assertEquals(200, admin.putJson(API + "/settings", Map.of("spaceKey", "CX", "visibility", "ALL_VIEWERS",
                    "groups", List.of(), "minGroupSize", 5, "defaultLanguage", "en")).status());
        }
    }

    @Test
    public void onlyReadersOfTheSpaceSeeTheRoadmap() {
        assertEquals(401, Http.anonymous(host.baseUrl()).get("/display/CX/Roadmap").status());
        assertEquals(403, Http.as(host.baseUrl(), "other").get("/display/CX/Roadmap").status());
    }
}
