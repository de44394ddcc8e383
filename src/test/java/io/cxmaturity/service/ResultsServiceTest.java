package io.cxmaturity.service;

import io.cxmaturity.domain.ResultsVisibility;
import io.cxmaturity.domain.Round;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/** Results: who may read them, suppression, the cache, departments side by side and the trend. */
public class ResultsServiceTest {
    private final Services s = new Services();

    @Test
    public void belowTheMinimumGroupSizeOnlyTheCountIsShown() {
        Round round = s.openRound("Sales", "six-blocks", false, 3);
        s.answer("ann", round, 2);
        s.answer("bob", round, 3);
        s.users.actAs("boss");
        RoundResult two = s.results.round("CX", round.id(), null);
        assertTrue(two.team().suppressed());
        assertEquals(2, two.team().respondents());
        s.answer("cat", round, 4);
        s.users.actAs("boss");
        RoundResult three = s.results.round("CX", round.id(), 3);
        assertFalse(three.team().suppressed());
        assertEquals(57, three.team().score().median(), 0);
        assertEquals(3, three.team().stage().orElseThrow().number());
        assertTrue(three.gap().orElseThrow().reached());
        assertEquals(30.0, three.responseRate().orElseThrow(), 1e-9);
    }

    @Test
    public void aResultIsComputedOncePerChange() {
        Round round = s.openRound("Sales", "six-blocks", false, 3);
        for (String u : List.of("ann", "bob", "cat")) {
            s.answer(u, round, 3);
        }
        s.users.actAs("boss");
        int before = s.sheetReads.get();
        s.results.round("CX", round.id(), null);
        s.results.round("CX", round.id(), null);
        s.results.round("CX", round.id(), null);
        assertEquals("computed once, then read from the cache", before + 1, s.sheetReads.get());
        s.answer("dan", round, 5);
        s.users.actAs("boss");
        assertEquals(4, s.results.round("CX", round.id(), null).team().respondents());
        assertEquals("a new submission makes it compute again", before + 2, s.sheetReads.get());
    }

    @Test
    public void visibilityFollowsTheSpaceSetting() {
        Round round = s.openRound("Sales", "six-blocks", false, 1);
        s.answer("ann", round, 3);
        s.users.actAs("bob");
        assertTrue(s.results.canSeeResults("CX"));
        s.users.actAs("boss");
        s.settings.update("CX", ResultsVisibility.ADMINS_AND_OWNERS, List.of(), 5, "en");
        s.ownerRepository.add("CX", "six-blocks", "data", "key-cat");
        s.users.actAs("bob");
        assertFalse(s.results.canSeeResults("CX"));
        try {
            s.results.round("CX", round.id(), null);
            fail("bob may not read results any more");
        } catch (ServiceException e) {
            assertEquals("results-hidden", e.code());
            assertEquals(ServiceException.Kind.FORBIDDEN, e.kind());
        }
        s.users.actAs("cat");
        assertTrue("a block owner may", s.results.canSeeResults("CX"));
        s.users.actAs("boss");
        assertTrue("a space admin always may", s.results.canSeeResults("CX"));
        s.settings.update("CX", ResultsVisibility.GROUPS, List.of("leaders"), 5, "en");
        s.users.group("dan", "leaders");
        s.users.actAs("dan");
        assertTrue(s.results.canSeeResults("CX"));
        s.users.actAs("cat");
        assertFalse("owners are not a group", s.results.canSeeResults("CX"));
    }

    @Test
    public void departmentsSideBySideHideSmallGroupsAndWhatWouldRevealThem() {
        Round sales = s.openRound("Sales", "six-blocks", false, 3);
        Round legal = s.openRound("Legal", "six-blocks", false, 3);
        Round service = s.openRound("Service", "six-blocks", false, 3);
        for (String u : List.of("ann", "bob", "cat", "dan")) {
            s.answer(u, sales, 3);
        }
        s.answer("ann", legal, 1);
        for (String u : List.of("ann", "bob", "cat")) {
            s.answer(u, service, 4);
        }
        s.users.actAs("boss");
        DepartmentComparison c = s.results.departments("CX", "six-blocks", List.of(), null);
        assertEquals(3, c.rows().size());
        assertTrue(c.rows().stream().filter(r -> r.department().name().equals("Legal")).findFirst().orElseThrow().hidden());
        assertTrue("the smallest other one is hidden too, so Legal cannot be worked out from the total",
                c.rows().stream().filter(r -> r.department().name().equals("Service")).findFirst().orElseThrow().hidden());
        assertFalse(c.rows().stream().filter(r -> r.department().name().equals("Sales")).findFirst().orElseThrow().hidden());
        assertEquals(8, c.total().orElseThrow().respondents());
    }

    @Test
    public void trendComparesTheBaselineWithTheLatestRound() {
        Round first = s.openRound("Sales", "six-blocks", false, 3);
        for (String u : List.of("ann", "bob", "cat")) {
            s.answer(u, first, 1);
        }
        s.close(first);
        s.users.actAs("boss");
        Round second = s.rounds.openRound("CX", first.departmentId(), "2027 H1", false, 3, null, null);
        for (String u : List.of("ann", "bob", "cat")) {
            s.answer(u, second, 3);
        }
        s.users.actAs("boss");
        DepartmentTrend trend = s.results.trend("CX", "sales");
        assertEquals(2, trend.rounds().size());
        assertEquals(40, trend.baselineToLatest().orElseThrow().total().delta(), 1e-9);
        assertTrue(trend.baselineToLatest().orElseThrow().notComparable().isEmpty());
    }

    @Test
    public void aMacroNamingTheSetShowsTheDepartmentsRoundOnThatSetAfterARepoint() {
        Round onSixBlocks = s.openRound("Sales", "six-blocks", false, 1);
        s.answer("ann", onSixBlocks, 3);
        s.users.actAs("boss");
        s.rounds.closeRound("CX", onSixBlocks.id());
        s.rounds.updateDepartment("CX", "sales", new RoundService.DepartmentChange(null, "cx-checklist", null, null,
                null, null));
        Round onChecklist = s.rounds.openRound("CX", "sales", "2027 H1", false, 1, null, null);

        assertEquals(onSixBlocks.id(), s.results.named("CX", "sales", "six-blocks", null, null).round().id());
        assertEquals(onChecklist.id(), s.results.named("CX", "sales", "cx-checklist", null, null).round().id());
        assertEquals("without a set, the newest round", onChecklist.id(),
                s.results.named("CX", "sales", null, null, null).round().id());
    }
}
