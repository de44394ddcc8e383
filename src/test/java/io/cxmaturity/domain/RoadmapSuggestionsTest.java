package io.cxmaturity.domain;

import io.cxmaturity.catalog.BuiltInCatalog;
import io.cxmaturity.domain.scoring.TeamAggregation;
import io.cxmaturity.domain.scoring.TeamResult;
import io.cxmaturity.testing.Sheets;
import org.junit.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Recommendations for the weakest blocks: which blocks, at which stage, and which templates, transition
 * actions and key drivers, with real sets of the catalog.
 */
public class RoadmapSuggestionsTest {
    private static final BuiltInCatalog CATALOG = new BuiltInCatalog();
    private static final QuestionSet FLAGSHIP = CATALOG.find("six-blocks").orElseThrow().set();

    /** Three respondents answering every question of a block with the points given for it. */
    private static TeamResult team(QuestionSet set, Map<String, Integer> pointsPerBlock, int minGroupSize) {
        List<List<Answer>> sheets = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            sheets.add(Sheets.each(set, q -> pointsPerBlock.get(q.blockKey())));
        }
        return TeamAggregation.aggregate(set, sheets, minGroupSize);
    }

    private static List<String> ids(List<Suggestion> suggestions) {
        return suggestions.stream().map(Suggestion::id).collect(Collectors.toList());
    }

    @Test
    public void theTwoLowestMediansAreTheWeakestBlocksAtTheStageEachHasReached() {
        TeamResult team = team(FLAGSHIP, Map.of("strategy", 1, "processes", 4, "metrics", 3, "data", 0,
                "technology", 5, "people", 2), 3);

        List<RoadmapSuggestions.WeakBlock> weakest = RoadmapSuggestions.weakest(FLAGSHIP, Optional.of(team));

        assertEquals(List.of("data", "strategy"), weakest.stream().map(RoadmapSuggestions.WeakBlock::blockKey)
                .collect(Collectors.toList()));
        assertEquals(1, weakest.get(0).stage().orElseThrow().number());
        assertEquals(1, weakest.get(1).stage().orElseThrow().number());
    }

    @Test
    public void aBlockGetsItsTemplatesThenTheTransitionToTheNextStageThenTheKeyDriversOfItsStage() {
        // 2 of 5 points everywhere is 40 % (38 of 95: stage 2); people and data are lower, at 20 % (stage 1).
        TeamResult team = team(FLAGSHIP, Map.of("strategy", 3, "processes", 3, "metrics", 3, "data", 1,
                "technology", 3, "people", 2), 3);
        List<RoadmapSuggestions.WeakBlock> weakest = RoadmapSuggestions.weakest(FLAGSHIP, Optional.of(team));
        assertEquals("data", weakest.get(0).blockKey());
        assertEquals(1, weakest.get(0).stage().orElseThrow().number());
        assertEquals("people", weakest.get(1).blockKey());
        assertEquals(2, weakest.get(1).stage().orElseThrow().number());

        List<Suggestion> suggestions = RoadmapSuggestions.suggest(FLAGSHIP, weakest);

        List<String> expected = new ArrayList<>(List.of("template:voc-programme", "template:single-customer-view"));
        for (int n = 1; n <= 4; n++) {
            expected.add("transition:1:" + n + ":data");
        }
        for (int n = 1; n <= 5; n++) {
            expected.add("driver:1:" + n + ":data");
        }
        expected.addAll(List.of("template:cx-academy", "template:frontline-empowerment"));
        for (int n = 1; n <= 5; n++) {
            expected.add("transition:2:" + n + ":people");
        }
        for (int n = 1; n <= 5; n++) {
            expected.add("driver:2:" + n + ":people");
        }
        assertEquals(expected, ids(suggestions));

        Suggestion driver = suggestions.stream().filter(s -> s.id().equals("driver:2:1:people")).findFirst().orElseThrow();
        Stage awareness = FLAGSHIP.stage(2).orElseThrow();
        assertEquals(InitiativeSource.DRIVER, driver.source());
        assertEquals(awareness.drivers().get(0), driver.title());
        assertEquals(Horizon.MONTHS_6, driver.horizon());
        assertEquals(Integer.valueOf(3), driver.targetStage());
        String outlook = FLAGSHIP.stage(3).orElseThrow().statementsFor("people").get(0).in(Language.EN);
        assertTrue("the description says where the block is heading", driver.description().in(Language.EN)
                .startsWith(outlook));

        Suggestion action = suggestions.stream().filter(s -> s.id().equals("transition:1:2:data")).findFirst()
                .orElseThrow();
        assertEquals(InitiativeSource.TRANSITION, action.source());
        assertEquals(FLAGSHIP.transitionFrom(1).orElseThrow().actions().get(1), action.title());
        assertEquals(Horizon.MONTHS_12, action.horizon());
        assertEquals(Integer.valueOf(2), action.targetStage());

        Suggestion template = suggestions.get(0);
        assertEquals(InitiativeSource.TEMPLATE, template.source());
        assertEquals("data", template.blockKey());
        assertEquals(Horizon.MONTHS_6, template.horizon());
        assertTrue(template.description().in(Language.RU).contains("\n\n"));
    }

    @Test
    public void withoutAResultThatMayBeShownEveryBlockIsTakenFromTheFirstStage() {
        TeamResult suppressed = TeamResult.suppressed(2, 3);
        for (Optional<TeamResult> team : List.of(Optional.<TeamResult>empty(), Optional.of(suppressed))) {
            List<RoadmapSuggestions.WeakBlock> weakest = RoadmapSuggestions.weakest(FLAGSHIP, team);
            assertEquals(FLAGSHIP.blocks().stream().map(BuildingBlock::key).collect(Collectors.toList()),
                    weakest.stream().map(RoadmapSuggestions.WeakBlock::blockKey).collect(Collectors.toList()));
            assertTrue(weakest.stream().allMatch(w -> w.stage().orElseThrow().number() == 1));
        }
        List<Suggestion> all = RoadmapSuggestions.suggest(FLAGSHIP, RoadmapSuggestions.weakest(FLAGSHIP,
                Optional.of(suppressed)));
        assertEquals("every template once, and stage 1's four actions and five drivers per block",
                10 + 6 * (4 + 5), all.size());
    }

    @Test
    public void theStarterInitiativesOfTheProgrammeSetAreItsTemplates() {
        QuestionSet programme = CATALOG.find("cx-programme").orElseThrow().set();
        List<Suggestion> all = RoadmapSuggestions.suggest(programme, RoadmapSuggestions.weakest(programme,
                Optional.empty()));
        List<String> templates = all.stream().filter(s -> s.source() == InitiativeSource.TEMPLATE).map(Suggestion::id)
                .collect(Collectors.toList());
        assertEquals(List.of("template:personas", "template:journey-maps", "template:voc-programme"), templates);
        assertEquals("Create customer personas", all.get(0).title().in(Language.EN));
        assertEquals("Создать персоны клиентов", all.get(0).title().in(Language.RU));
        assertTrue("the set has no transitions", all.stream().noneMatch(s -> s.source() == InitiativeSource.TRANSITION));
    }

    @Test
    public void anIdPostedBackFindsTheSameRecommendationAndNothingElse() {
        List<Suggestion> all = RoadmapSuggestions.suggest(FLAGSHIP, RoadmapSuggestions.weakest(FLAGSHIP,
                Optional.empty()));
        for (Suggestion s : all) {
            Suggestion found = RoadmapSuggestions.find(FLAGSHIP, s.id()).orElseThrow();
            assertEquals(s.id(), found.id());
            assertEquals(s.title(), found.title());
            assertEquals(s.blockKey(), found.blockKey());
            assertEquals(s.horizon(), found.horizon());
        }
        for (String bad : List.of("", "template:", "template:nope", "driver:9:1:data", "driver:1:6:data",
                "driver:1:0:data", "driver:1:1:nope", "driver:x:1:data", "transition:5:1:data", "transition:1:1",
                "other:1", "driver:1:1:data:extra")) {
            assertEquals(bad, Optional.empty(), RoadmapSuggestions.find(FLAGSHIP, bad));
        }
        assertEquals(Optional.empty(), RoadmapSuggestions.find(FLAGSHIP, null));
    }

    @Test
    public void aSetWithoutStagesGetsNoDriversAndNoTransitions() {
        QuestionSet checklist = CATALOG.find("cx-checklist").orElseThrow().set();
        assertEquals(List.of(), RoadmapSuggestions.suggest(checklist, RoadmapSuggestions.weakest(checklist,
                Optional.empty())));
    }
}
