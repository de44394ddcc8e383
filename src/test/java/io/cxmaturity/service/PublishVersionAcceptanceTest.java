package io.cxmaturity.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxmaturity.domain.Answer;
import io.cxmaturity.domain.Department;
import io.cxmaturity.domain.QuestionSet;
import io.cxmaturity.domain.Round;
import io.cxmaturity.domain.StoredQuestionSet;
import io.cxmaturity.domain.scoring.Comparability;
import io.cxmaturity.domain.scoring.TeamResult;
import io.cxmaturity.domain.scoring.Trend;
import io.cxmaturity.fake.InMemoryResultCache;
import io.cxmaturity.testing.Sheets;
import org.junit.Test;

import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * The acceptance test: a round is answered on version 1 of the flagship set; version 2 is published
 * with a question reworded in all three languages, another question's weight doubled and a new question.
 * The version-1 round then scores exactly as before, still pins version 1, a new round runs on version 2, and
 * the trend between the two rounds counts only the comparable questions and lists the new one.
 */
public class PublishVersionAcceptanceTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Services s = new Services();

    /** Three respondents answering every scored question of the set, each in their own pattern. */
    private void answerAll(Round round, QuestionSet set) {
        Map<String, java.util.function.Function<io.cxmaturity.domain.Question, Integer>> patterns = Map.of(
                "ann", q -> q.key().length() % 6,
                "bob", q -> q.blockKey().length() % 6,
                "cat", q -> (q.key().length() + q.blockKey().length()) % 6);
        for (String user : List.of("ann", "bob", "cat")) {
            s.users.actAs(user);
            List<Answer> sheet = Sheets.each(set, patterns.get(user));
            s.assessments.submit("CX", round.id(), sheet);
        }
        s.users.actAs(null);
    }

    /** Version 2 of six-blocks: a reworded question, a doubled weight, a new question, the top band widened. */
    private static String version2(String v1) throws Exception {
        ObjectNode root = (ObjectNode) MAPPER.readTree(v1);
        ArrayNode questions = (ArrayNode) root.get("questions");
        ObjectNode reworded = (ObjectNode) questions.get(0);
        assertEquals("strategy-leader", reworded.get("key").asText());
        reworded.set("text", MAPPER.readTree("{\"en\":\"Our executive sponsor champions the customer in every "
                + "decision.\",\"ru\":\"Наш спонсор из руководства отстаивает интересы клиента в каждом решении.\","
                + "\"uk\":\"Наш спонсор з керівництва обстоює інтереси клієнта в кожному рішенні.\"}"));
        ObjectNode reweighted = (ObjectNode) questions.get(1);
        assertEquals("strategy-ambition", reweighted.get("key").asText());
        reweighted.put("weight", 2);
        ObjectNode added = MAPPER.createObjectNode();
        added.put("key", "strategy-review");
        added.put("block", "strategy");
        added.set("text", MAPPER.readTree("{\"en\":\"Leadership reviews customer metrics every quarter.\","
                + "\"ru\":\"Руководство каждый квартал разбирает клиентские метрики.\","
                + "\"uk\":\"Керівництво щокварталу розбирає клієнтські метрики.\"}"));
        added.put("answer", "level");
        questions.insert(2, added);
        ObjectNode top = (ObjectNode) root.get("stages").get(4).get("band");
        top.put("max", 105);
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    @Test
    public void publishingVersionTwoLeavesVersionOneResponsesScoringExactlyAsBefore() throws Exception {
        s.users.actAs("boss");
        Department sales = s.rounds.createDepartment("CX", "Sales", "six-blocks", 12);
        Round first = s.rounds.openRound("CX", sales.id(), "2026 H2", false, 3, null, null);
        StoredQuestionSet v1 = s.sets.version("CX", first.setVersionId()).orElseThrow();
        assertEquals(1, v1.version());
        answerAll(first, v1.set());
        s.users.actAs("boss");
        s.rounds.closeRound("CX", first.id());
        RoundResult before = s.results.round("CX", first.id(), 4);
        assertFalse(before.team().suppressed());

        QuestionSetAdminService.DraftView draft = s.setAdmin.draft("CX", "six-blocks");
        assertEquals(0, draft.revision());
        QuestionSetAdminService.DraftView saved = s.setAdmin.save("CX", "six-blocks", version2(v1.definition()), 0);
        assertEquals(List.of(), saved.problems());
        try {
            s.setAdmin.publish("CX", "six-blocks", saved.revision(), false);
            fail("a new question and a new weight break comparability: the admin must confirm");
        } catch (ComparabilityException e) {
            assertEquals(List.of("strategy-review"), e.report().notComparable());
            assertEquals(1, s.sets.require("CX", "six-blocks").version());
        }
        QuestionSetAdminService.Published published = s.setAdmin.publish("CX", "six-blocks", saved.revision(), true);
        StoredQuestionSet v2 = published.version();
        assertEquals(2, v2.version());
        assertNotEquals(v1.id(), v2.id());
        Comparability report = published.comparability().orElseThrow();
        assertEquals(Comparability.Status.SAME, report.question("strategy-leader").orElseThrow().status());
        assertTrue(report.question("strategy-leader").orElseThrow().reworded());
        assertEquals(Comparability.Status.REWEIGHTED, report.question("strategy-ambition").orElseThrow().status());
        assertEquals(Comparability.Status.ADDED, report.question("strategy-review").orElseThrow().status());
        assertTrue(report.stagesChanged());

        // Version-1 responses score exactly as before: the whole round result, from the cache and recomputed.
        RoundResult after = s.results.round("CX", first.id(), 4);
        assertEquals(before, after);
        ResultsService uncached = new ResultsService(s.access, s.users, s.sets, s.departmentRepository,
                s.roundRepository, s.responseRepository, new InMemoryResultCache(), s.settingsRepository,
                s.ownerRepository);
        RoundResult recomputed = uncached.round("CX", first.id(), 4);
        assertEquals(before.team(), recomputed.team());
        assertEquals(before.gap(), recomputed.gap());
        assertEquals(before.team().stage(), recomputed.team().stage());
        assertEquals(before.team().blocks(), recomputed.team().blocks());
        assertEquals(before.team().questions(), recomputed.team().questions());
        assertEquals("the version-1 text is still what its round shows",
                v1.set().question("strategy-leader").orElseThrow().text(),
                recomputed.set().set().question("strategy-leader").orElseThrow().text());
        assertEquals(19, recomputed.set().set().scoredQuestions().size());

        // The old round still pins version 1; a new round runs on version 2.
        assertEquals(v1.id(), s.roundRepository.find("CX", first.id()).orElseThrow().setVersionId());
        Round second = s.rounds.openRound("CX", sales.id(), "2027 H1", false, 3, null, null);
        assertEquals(v2.id(), second.setVersionId());
        assertEquals(20, s.sets.version("CX", second.setVersionId()).orElseThrow().set().scoredQuestions().size());
        answerAll(second, v2.set());
        s.users.actAs("boss");
        TeamResult secondTeam = s.results.round("CX", second.id(), null).team();
        assertEquals(3, secondTeam.respondents());
        assertTrue(secondTeam.question("strategy-review").isPresent());

        // The trend between them uses only the comparable questions and lists the others.
        Trend trend = s.results.trend("CX", "sales").baselineToLatest().orElseThrow();
        assertEquals(report.comparable(), trend.comparable());
        assertEquals(List.of("strategy-review"), trend.notComparable());
        assertEquals(19, trend.comparable().size());
        assertTrue(trend.comparable().contains("strategy-ambition"));
        assertEquals(v1.set().blocks().size(), trend.blocks().size());
        assertEquals(before, s.results.round("CX", first.id(), 4));
    }
}
