package io.cxmaturity.domain.scoring;

import io.cxmaturity.catalog.BuiltInCatalog;
import io.cxmaturity.catalog.QuestionSetReader;
import io.cxmaturity.domain.Answer;
import io.cxmaturity.domain.QuestionSet;
import io.cxmaturity.domain.scoring.Comparability.Status;
import io.cxmaturity.testing.Definitions;
import io.cxmaturity.testing.Sheets;
import org.junit.Test;

import java.util.List;
import java.util.function.UnaryOperator;

import static io.cxmaturity.testing.Definitions.t;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Which questions a new version keeps comparable, table-driven from the test set "weighted" (a: a1 weight 2,
 * a2; b: b1, b2, b3, an unscored comment; scale 0–4; four stages over 0–24), and that the trend between two
 * rounds follows exactly the same rule.
 */
public class ComparabilityTest {
    private static final QuestionSetReader READER = new QuestionSetReader();
    private static final QuestionSet V1 = READER.read(Definitions.weighted());

    private static QuestionSet v2(UnaryOperator<String> edit) {
        return READER.read(edit.apply(Definitions.weighted().replace("\"version\":1", "\"version\":2")));
    }

    private record Row(String name, UnaryOperator<String> edit, String question, Status status,
                       List<String> notComparable, boolean breaks) {
    }

    @Test
    public void eachKindOfEditIsClassifiedAsTheTrendTreatsIt() {
        String a1 = "{\"key\":\"a1\",\"block\":\"a\",\"text\":" + t("A one") + ",\"answer\":\"s\",\"weight\":2}";
        List<Row> table = List.of(
                new Row("nothing changed", e -> e, "a1", Status.SAME, List.of(), false),
                new Row("texts in three languages", e -> e.replace(t("A one"), t("A first, better worded")), "a1",
                        Status.SAME, List.of(), false),
                new Row("a scale label", e -> e.replace(t("three"), t("three!")), "b1", Status.SAME, List.of(), false),
                new Row("weight 2 → 3 (bands moved to the new maximum)", e -> e.replace(a1, a1.replace("\"weight\":2",
                        "\"weight\":3")).replace("\"min\":18,\"max\":24", "\"min\":18,\"max\":28"), "a1",
                        Status.REWEIGHTED, List.of(), true),
                new Row("moved to block b", e -> e.replace(a1, a1.replace("\"block\":\"a\"", "\"block\":\"b\"")), "a1",
                        Status.MOVED, List.of("a1"), true),
                new Row("a new question", e -> e.replace("{\"key\":\"note\"", "{\"key\":\"b4\",\"block\":\"b\",\"text\":"
                        + t("B four") + ",\"answer\":\"s\"},{\"key\":\"note\"").replace("\"min\":18,\"max\":24",
                        "\"min\":18,\"max\":28"), "b4", Status.ADDED, List.of("b4"), true),
                new Row("a question removed", e -> e.replace("{\"key\":\"b3\",\"block\":\"b\",\"text\":" + t("B three")
                        + ",\"answer\":\"s\"},", "").replace("\"min\":18,\"max\":24", "\"min\":18,\"max\":20"), "b3",
                        Status.REMOVED, List.of("b3"), true),
                new Row("scale 0–4 becomes 1–5", e -> e.replace("\"min\":0,\"max\":4,\"labels\":{\"0\":" + t("zero") + ",",
                        "\"min\":1,\"max\":5,\"labels\":{\"5\":" + t("five") + ",").replace("\"min\":0,\"max\":5}",
                        "\"min\":6,\"max\":11}").replace("{\"min\":6,\"max\":11}},{\"number\":3", "{\"min\":12,\"max\":13}},{\"number\":3")
                        .replace("\"min\":12,\"max\":17", "\"min\":14,\"max\":17").replace("\"min\":18,\"max\":24",
                                "\"min\":18,\"max\":30"), "a1", Status.RESCALED, List.of("a1", "a2", "b1", "b2", "b3"), true),
                new Row("a comment question added", e -> e.replace("{\"key\":\"note\"", "{\"key\":\"why\",\"block\":\"a\","
                        + "\"text\":" + t("Why?") + ",\"answer\":\"c\"},{\"key\":\"note\""), "a1", Status.SAME, List.of(),
                        false),
                new Row("a comment question becomes scored", e -> e.replace("\"text\":" + t("Anything else?")
                        + ",\"answer\":\"c\"", "\"text\":" + t("Anything else?") + ",\"answer\":\"s\"")
                        .replace("\"min\":18,\"max\":24", "\"min\":18,\"max\":28"), "note", Status.RESCALED,
                        List.of("note"), true),
                new Row("a stage band moved", e -> e.replace("\"max\":5}},{\"number\":2,\"name\":" + t("Two")
                        + ",\"band\":{\"min\":6", "\"max\":6}},{\"number\":2,\"name\":" + t("Two")
                        + ",\"band\":{\"min\":7"), "a1", Status.SAME, List.of(), true),
                new Row("a stage renamed", e -> e.replace(t("Four"), t("Leader")), "a1", Status.SAME, List.of(), false));

        for (Row row : table) {
            QuestionSet v2 = v2(row.edit());
            Comparability c = Comparability.between(V1, v2);
            assertEquals(row.name(), row.status(), c.question(row.question()).orElseThrow().status());
            assertEquals(row.name(), row.notComparable(), c.notComparable());
            assertEquals(row.name(), row.breaks(), c.breaksComparability());
            Trend trend = Trends.compare(V1, List.of(Sheets.all(V1, 2)), v2, List.of(Sheets.all(v2, 2)));
            assertEquals(row.name() + ": the trend compares what the report calls comparable", c.comparable(),
                    trend.comparable());
            assertEquals(row.name() + ": and lists what it calls not comparable", c.notComparable(),
                    trend.notComparable());
            assertEquals(row.name(), c.comparable(), Trends.comparableQuestions(V1, v2));
        }
    }

    @Test
    public void textChangesAreFlaggedButKeepTheQuestionComparable() {
        QuestionSet v2 = v2(e -> e.replace(t("A two"), t("A two, reworded")));
        Comparability c = Comparability.between(V1, v2);
        assertTrue(c.question("a2").orElseThrow().reworded());
        assertFalse(c.question("a1").orElseThrow().reworded());
        assertEquals(List.of("a1", "a2", "b1", "b2", "b3"), c.comparable());
        assertEquals("5 comparable", c.summary());
    }

    @Test
    public void blocksCountTheirComparableQuestionsAndSayWhetherTheTrendShowsThem() {
        // a2 moves to b, a1 is dropped: block a keeps nothing comparable; a new block c has a new question.
        QuestionSet v2 = v2(e -> e
                .replace("{\"key\":\"a1\",\"block\":\"a\",\"text\":" + t("A one") + ",\"answer\":\"s\",\"weight\":2},", "")
                .replace("{\"key\":\"a2\",\"block\":\"a\"", "{\"key\":\"a2\",\"block\":\"b\"")
                .replace("{\"key\":\"b\",\"title\":" + t("B") + "}", "{\"key\":\"b\",\"title\":" + t("B")
                        + "},{\"key\":\"c\",\"title\":" + t("C") + "}")
                .replace("{\"key\":\"note\"", "{\"key\":\"c1\",\"block\":\"c\",\"text\":" + t("C one")
                        + ",\"answer\":\"s\"},{\"key\":\"note\"")
                .replace("{\"key\":\"a\",\"title\":" + t("A") + "},", "")
                .replace("\"min\":18,\"max\":24", "\"min\":18,\"max\":20"));
        Comparability c = Comparability.between(V1, v2);

        assertEquals(List.of(new Comparability.BlockChange("b", false, false, 3, 1, true),
                new Comparability.BlockChange("c", true, false, 0, 1, false),
                new Comparability.BlockChange("a", false, true, 0, 1, false)), c.blocks());
        assertEquals(List.of("b1", "b2", "b3"), c.comparable());
        assertEquals(List.of("a2", "b1", "b2", "b3", "c1", "a1"), c.questions().stream()
                .map(Comparability.QuestionChange::key).toList());
        assertEquals(Status.MOVED, c.question("a2").orElseThrow().status());
        assertEquals("a", c.question("a2").orElseThrow().fromBlock());
        assertEquals("b", c.question("a2").orElseThrow().toBlock());
        assertEquals(Status.REMOVED, c.question("a1").orElseThrow().status());
        assertEquals(2.0, c.question("a1").orElseThrow().fromWeight(), 0);
        assertEquals("3 comparable · 1 added · 1 removed · 1 moved · stage bands changed", c.summary());
        Trend trend = Trends.compare(V1, List.of(Sheets.all(V1, 2)), v2, List.of(Sheets.all(v2, 2)));
        assertEquals(List.of("b"), trend.blocks().stream().map(TrendPoint::key).toList());
    }

    @Test
    public void stageChangesListEveryStageWithItsBandsBeforeAndAfter() {
        QuestionSet v2 = v2(e -> e.replace("{\"number\":3,\"name\":" + t("Three") + ",\"band\":{\"min\":12,\"max\":17}},"
                + "{\"number\":4,\"name\":" + t("Four") + ",\"band\":{\"min\":18,\"max\":24}}", "{\"number\":3,\"name\":"
                + t("Top") + ",\"band\":{\"min\":12,\"max\":24}}"));
        Comparability c = Comparability.between(V1, v2);

        assertTrue(c.stagesChanged());
        assertFalse(c.basisChanged());
        assertEquals(new Comparability.StageChange(1, new Comparability.Band(0, 5), new Comparability.Band(0, 5), false,
                false), c.stages().get(0));
        assertEquals(new Comparability.StageChange(3, new Comparability.Band(12, 17), new Comparability.Band(12, 24),
                true, true), c.stages().get(2));
        assertEquals(new Comparability.StageChange(4, new Comparability.Band(18, 24), null, true, false),
                c.stages().get(3));
        assertTrue(c.breaksComparability());
        assertEquals(List.of(), c.notComparable());
    }

    @Test
    public void aBuiltInSetComparedWithItselfKeepsEverythingComparable() {
        for (BuiltInCatalog.Entry entry : new BuiltInCatalog().all()) {
            Comparability c = Comparability.between(entry.set(), entry.set());
            assertFalse(entry.key(), c.breaksComparability());
            assertEquals(entry.key(), entry.set().scoredQuestions().size(), c.comparable().size());
            assertTrue(entry.key(), c.blocks().stream().allMatch(Comparability.BlockChange::inTrend));
        }
    }

    @Test
    public void theTrendRescoresAReweightedQuestionWithTheNewerWeightInBothRounds() {
        String a1 = "{\"key\":\"a1\",\"block\":\"a\",\"text\":" + t("A one") + ",\"answer\":\"s\",\"weight\":2}";
        QuestionSet v2 = v2(e -> e.replace(a1, a1.replace("\"weight\":2", "\"weight\":4"))
                .replace("\"min\":18,\"max\":24", "\"min\":18,\"max\":32"));
        List<Answer> same = Sheets.each(V1, q -> q.key().equals("a1") ? 4 : 0);
        Trend trend = Trends.compare(V1, List.of(same), v2, List.of(Sheets.each(v2, q -> q.key().equals("a1") ? 4 : 0)));
        assertEquals("the same answers make no change whatever the weight", 0, trend.total().delta(), 1e-9);
        assertEquals("a1 at weight 4 of 4·4 + 4·4 in total", 50, trend.total().from(), 1e-9);
    }
}
