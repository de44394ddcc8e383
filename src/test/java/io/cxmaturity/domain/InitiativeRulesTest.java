package io.cxmaturity.domain;

import io.cxmaturity.catalog.BuiltInCatalog;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;

/** The rules of an initiative's fields, each broken rule naming its field. */
public class InitiativeRulesTest {
    private static final QuestionSet FLAGSHIP = new BuiltInCatalog().find("six-blocks").orElseThrow().set();

    private static InitiativeRules.Fields fields(String block, String title, String description, Integer horizon,
                                                 Integer stage, int progress, String link) {
        return new InitiativeRules.Fields(block, title, description, horizon, stage, progress, link);
    }

    private static List<Violation> check(InitiativeRules.Fields f) {
        return InitiativeRules.check(FLAGSHIP, f);
    }

    @Test
    public void aCompleteInitiativeBreaksNoRule() {
        assertEquals(List.of(), check(fields("strategy", "t".repeat(200), "d".repeat(4000), 24, 5, 100,
                "https://wiki.example.com/display/CX/Ambition?x=1#top")));
        assertEquals(List.of(), check(fields("people", "Academy", null, 6, null, 0, null)));
    }

    @Test
    public void everyBrokenRuleNamesItsField() {
        Object[][] table = {
                {fields(null, "T", null, 6, null, 0, null), Violation.of("blockKey", "required")},
                {fields("nope", "T", null, 6, null, 0, null), Violation.of("blockKey", "unknown-block", "nope")},
                {fields("strategy", "  ", null, 6, null, 0, null), Violation.of("title", "required")},
                {fields("strategy", "t".repeat(201), null, 6, null, 0, null), Violation.of("title", "too-long", 200)},
                {fields("strategy", "🙂".repeat(200), null, 6, null, 0, null), null},
                {fields("strategy", "T", "d".repeat(4001), 6, null, 0, null),
                        Violation.of("description", "too-long", 4000)},
                {fields("strategy", "T", null, null, null, 0, null), Violation.of("horizon", "required")},
                {fields("strategy", "T", null, 18, null, 0, null), Violation.of("horizon", "not-one-of", "6, 12, 24")},
                {fields("strategy", "T", null, 6, 9, 0, null), Violation.of("targetStage", "unknown-stage", 9)},
                {fields("strategy", "T", null, 6, 0, 0, null), Violation.of("targetStage", "unknown-stage", 0)},
                {fields("strategy", "T", null, 6, null, 101, null), Violation.of("progress", "out-of-range", 0, 100)},
                {fields("strategy", "T", null, 6, null, -1, null), Violation.of("progress", "out-of-range", 0, 100)},
                {fields("strategy", "T", null, 6, null, 0, "javascript:alert(1)"), Violation.of("link", "invalid-link")},
                {fields("strategy", "T", null, 6, null, 0, "/" + "p".repeat(500)), Violation.of("link", "too-long", 500)},
        };
        for (Object[] row : table) {
            List<Violation> found = check((InitiativeRules.Fields) row[0]);
            assertEquals(String.valueOf(row[0]), row[1] == null ? List.of() : List.of(row[1]), found);
        }
    }

    @Test
    public void aLinkIsAWebAddressAPathOnThisSiteOrAJiraIssueKey() {
        for (String good : List.of("https://wiki.example.com/display/CX/Roadmap", "http://jira.local:8080/browse/CX-1",
                "/display/CX/Roadmap", "/pages/viewpage.action?pageId=123", "CX-12", "CXM2-7", "HTTPS://EXAMPLE.COM/")) {
            assertEquals(good, true, InitiativeRules.isLink(good));
        }
        for (String bad : List.of("javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<b>x</b>",
                "vbscript:msgbox", "//evil.example.com/x", "ftp://example.com/file", "https://", "https:///path",
                "https://user:pw@example.com/", "cx-12", "C-", "12-CX", "CX-12 ", " /display", "/display/CX/a b",
                "https://example.com/\"onmouseover=\"x", "/x<script>", "mailto:a@b.c", "")) {
            assertEquals(bad, false, InitiativeRules.isLink(bad));
        }
        assertEquals(true, InitiativeRules.isIssueKey("CX-12"));
        assertEquals(false, InitiativeRules.isIssueKey("/display/CX-12"));
    }
}
