package io.cxmaturity.service;

import io.cxmaturity.domain.AuditEntry;
import io.cxmaturity.domain.Department;
import io.cxmaturity.domain.Horizon;
import io.cxmaturity.domain.Initiative;
import io.cxmaturity.domain.InitiativeSource;
import io.cxmaturity.domain.InitiativeStatus;
import io.cxmaturity.domain.Language;
import io.cxmaturity.domain.QuestionSet;
import io.cxmaturity.domain.ResultsVisibility;
import io.cxmaturity.domain.Round;
import io.cxmaturity.testing.Sheets;
import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * The roadmap over fakes: validation of every field, permissions, audit, optimistic concurrency, the board,
 * recommendations for the weakest blocks turned into drafts, and the progress between two rounds.
 */
public class RoadmapServiceTest {
    private final Services s = new Services();

    private static RoadmapService.Change change(String title) {
        return new RoadmapService.Change("six-blocks", "strategy", null, title, "Agree the ambition.", 6, "ann", null,
                2, LocalDate.of(2027, 3, 31), null, "CX-12");
    }

    private static RoadmapService.Change with(RoadmapService.Change c, String field, Object value) {
        return new RoadmapService.Change(
                field.equals("setKey") ? (String) value : c.setKey(),
                field.equals("blockKey") ? (String) value : c.blockKey(),
                field.equals("department") ? (String) value : c.departmentKey(),
                field.equals("title") ? (String) value : c.title(),
                field.equals("description") ? (String) value : c.description(),
                field.equals("horizon") ? (Integer) value : c.horizonMonths(),
                field.equals("owner") ? (String) value : c.owner(),
                field.equals("status") ? (InitiativeStatus) value : c.status(),
                field.equals("targetStage") ? (Integer) value : c.targetStage(),
                field.equals("dueOn") ? (LocalDate) value : c.dueOn(),
                field.equals("progress") ? (Integer) value : c.progress(),
                field.equals("link") ? (String) value : c.link());
    }

    private RoadmapItem create(RoadmapService.Change change) {
        s.users.actAs("boss");
        RoadmapItem item = s.roadmap.create("CX", change);
        s.users.actAs(null);
        return item;
    }

    private static ServiceException refused(Runnable call) {
        try {
            call.run();
        } catch (ServiceException e) {
            return e;
        }
        throw new AssertionError("the call was not refused");
    }

    private Department department(String name) {
        s.users.actAs("boss");
        Department d = s.rounds.createDepartment("CX", name, "six-blocks", 10);
        s.users.actAs(null);
        return d;
    }

    private Round round(Department d, String name, int minGroupSize) {
        s.users.actAs("boss");
        Round round = s.rounds.openRound("CX", d.id(), name, false, minGroupSize, null, null);
        s.users.actAs(null);
        return round;
    }

    private void answer(Round round, Map<String, Integer> pointsPerBlock, String... users) {
        QuestionSet set = s.sets.version("CX", round.setVersionId()).orElseThrow().set();
        for (String user : users) {
            s.users.actAs(user);
            s.assessments.submit("CX", round.id(), Sheets.each(set, q -> pointsPerBlock.get(q.blockKey())));
        }
        s.users.actAs(null);
    }

    private static Map<String, Integer> all(int points) {
        return Map.of("strategy", points, "processes", points, "metrics", points, "data", points,
                "technology", points, "people", points);
    }

    private List<AuditEntry> audit() {
        return s.auditLog.recent("CX", 200, 0);
    }

    // ---- creating and validating ----

    @Test
    public void anAdminCreatesAnInitiativeWithEveryFieldAndTheChangeIsAudited() {
        Department service = department("Customer Service");
        RoadmapItem item = create(with(with(change("Define the CX ambition"), "department", service.key()),
                "status", InitiativeStatus.IN_PROGRESS));

        Initiative i = item.initiative();
        assertTrue(i.id() > 0);
        assertEquals("six-blocks", i.setKey());
        assertEquals("strategy", i.blockKey());
        assertEquals("customer-service", i.departmentKey());
        assertEquals("Define the CX ambition", i.title());
        assertEquals(Horizon.MONTHS_6, i.horizon());
        assertEquals("key-ann", i.ownerKey());
        assertEquals("ANN", item.owner().orElseThrow().fullName());
        assertEquals("Strategy & leadership", item.blockName());
        assertEquals(InitiativeStatus.IN_PROGRESS, i.status());
        assertEquals(Integer.valueOf(2), i.targetStage());
        assertEquals(LocalDate.of(2027, 3, 31), i.dueOn());
        assertEquals(0, i.progress());
        assertEquals("CX-12", i.link());
        assertEquals(InitiativeSource.MANUAL, i.source());
        assertEquals(1, i.version());
        assertEquals("key-boss", i.createdBy());
        assertNull(i.doneAt());
        AuditEntry entry = audit().get(0);
        assertEquals("initiative.create", entry.action());
        assertEquals("Define the CX ambition", entry.subject());
        assertEquals("key-boss", entry.actorKey());
        assertTrue(entry.detail(), entry.detail().contains("six-blocks/strategy"));
    }

    @Test
    public void everyFieldIsValidatedWithItsFieldNamedAndNothingIsStored() {
        department("Sales");
        RoadmapService.Change good = change("Personas");
        Object[][] table = {
                {with(good, "setKey", "nope"), "set-not-found", "setKey", ServiceException.Kind.NOT_FOUND},
                {with(good, "setKey", " "), "required", "setKey", ServiceException.Kind.INVALID},
                {with(good, "blockKey", "nope"), "unknown-block", "blockKey", ServiceException.Kind.INVALID},
                {with(good, "blockKey", "voc"), "unknown-block", "blockKey", ServiceException.Kind.INVALID},
                {with(good, "title", " "), "required", "title", ServiceException.Kind.INVALID},
                {with(good, "title", "t".repeat(201)), "too-long", "title", ServiceException.Kind.INVALID},
                {with(good, "description", "d".repeat(4001)), "too-long", "description", ServiceException.Kind.INVALID},
                {with(good, "horizon", 18), "not-one-of", "horizon", ServiceException.Kind.INVALID},
                {with(good, "horizon", null), "required", "horizon", ServiceException.Kind.INVALID},
                {with(good, "targetStage", 9), "unknown-stage", "targetStage", ServiceException.Kind.INVALID},
                {with(good, "progress", 101), "out-of-range", "progress", ServiceException.Kind.INVALID},
                {with(good, "progress", -5), "out-of-range", "progress", ServiceException.Kind.INVALID},
                {with(good, "link", "javascript:alert(1)"), "invalid-link", "link", ServiceException.Kind.INVALID},
                {with(good, "link", "//evil.example.com/"), "invalid-link", "link", ServiceException.Kind.INVALID},
                {with(good, "link", "https://x.example/" + "p".repeat(490)), "too-long", "link",
                        ServiceException.Kind.INVALID},
                {with(good, "owner", "nobody-here"), "unknown-user", "owner", ServiceException.Kind.INVALID},
                {with(good, "department", "nope"), "department-not-found", "department",
                        ServiceException.Kind.NOT_FOUND},
        };
        int auditBefore = audit().size();
        for (Object[] row : table) {
            s.users.actAs("boss");
            ServiceException e = refused(() -> s.roadmap.create("CX", (RoadmapService.Change) row[0]));
            assertEquals(row[2] + ": code", row[1], e.code());
            assertEquals(row[1] + ": field", row[2], e.field());
            assertEquals(row[1] + ": kind", row[3], e.kind());
        }
        assertEquals(0, s.initiativeRepository.count("CX"));
        assertEquals(auditBefore, audit().size());
        assertEquals("a target stage on a set without stages", "unknown-stage", refused(() -> s.roadmap.create("CX",
                new RoadmapService.Change("cx-checklist", "audience", null, "T", null, 12, null, null, 1, null, null,
                        null))).code());
        RoadmapItem ok = create(with(with(with(good, "owner", " "), "link", "/display/CX/Personas"), "description", ""));
        assertNull("an empty owner is nobody yet", ok.initiative().ownerKey());
        assertNull(ok.initiative().description());
        assertEquals("/display/CX/Personas", ok.initiative().link());
    }

    @Test
    public void onlySpaceAdminsChangeTheRoadmapAndEveryoneWhoSeesTheSpaceReadsIt() {
        RoadmapItem item = create(change("Personas"));
        long id = item.initiative().id();
        Object[][] writers = {{"ann", "space-admin-required"}, {null, "login-required"}, {"otto", "space-not-found"}};
        for (Object[] w : writers) {
            s.users.actAs((String) w[0]);
            assertEquals(w[0] + " creates", w[1], refused(() -> s.roadmap.create("CX", change("X"))).code());
            assertEquals(w[0] + " changes", w[1], refused(() -> s.roadmap.update("CX", id, 1, change("X"))).code());
            assertEquals(w[0] + " deletes", w[1], refused(() -> s.roadmap.delete("CX", id)).code());
            assertEquals(w[0] + " asks for suggestions", w[1],
                    refused(() -> s.roadmap.suggestions("CX", "six-blocks", null)).code());
            assertEquals(w[0] + " takes a suggestion", w[1], refused(() -> s.roadmap.createFromSuggestion("CX",
                    "six-blocks", null, "template:cx-ambition")).code());
        }
        s.users.actAs("ann");
        assertEquals(1, s.roadmap.list("CX", null).size());
        assertEquals(1, s.roadmap.board("CX", null).count());
        s.users.actAs("otto");
        assertEquals("another space's admin cannot see it", "space-not-found",
                refused(() -> s.roadmap.list("CX", null)).code());
        assertEquals("space-not-found", refused(() -> s.roadmap.get("CX", id)).code());
        s.users.actAs("boss");
        assertEquals("an initiative is not reachable through another space", "space-not-found",
                refused(() -> s.roadmap.get("OTHER", id)).code());
        assertEquals(1, s.initiativeRepository.count("CX"));
    }

    @Test
    public void aSpaceKeepsAtMost500Initiatives() {
        for (int n = 0; n < 500; n++) {
            Instant t = Instant.parse("2026-01-01T00:00:00Z");
            s.initiativeRepository.create(new Initiative(0, "CX", "six-blocks", "strategy", null, "I" + n, null,
                    Horizon.MONTHS_6, null, InitiativeStatus.PLANNED, null, null, 0, null, InitiativeSource.MANUAL,
                    null, 1, t, "key-boss", t, null));
        }
        s.users.actAs("boss");
        ServiceException e = refused(() -> s.roadmap.create("CX", change("One too many")));
        assertEquals("too-many", e.code());
        assertEquals(ServiceException.Kind.CONFLICT, e.kind());
        assertEquals(List.of(500), e.arguments());
        assertEquals("too-many", refused(() -> s.roadmap.createFromSuggestion("CX", "six-blocks", null,
                "template:cx-ambition")).code());
        assertEquals(500, s.initiativeRepository.count("CX"));
    }

    // ---- changing ----

    @Test
    public void aChangeMadeOnAnOlderVersionIsRefusedSoTwoAdminsCannotOverwriteEachOther() {
        s.users.admin("CX", "kim");
        long id = create(change("Personas")).initiative().id();
        s.users.actAs("boss");
        RoadmapItem first = s.roadmap.update("CX", id, 1, with(change("Personas for B2B"), "progress", 30));
        assertEquals(2, first.initiative().version());

        s.users.actAs("kim");
        ServiceException e = refused(() -> s.roadmap.update("CX", id, 1, with(change("Personas by Kim"), "progress", 90)));
        assertEquals("initiative-outdated", e.code());
        assertEquals("version", e.field());
        assertEquals(ServiceException.Kind.CONFLICT, e.kind());
        assertEquals(List.of(2), e.arguments());
        Initiative stored = s.initiativeRepository.find("CX", id).orElseThrow();
        assertEquals("the first change stays", "Personas for B2B", stored.title());
        assertEquals(30, stored.progress());

        RoadmapItem second = s.roadmap.update("CX", id, 2, with(change("Personas by Kim"), "progress", 90));
        assertEquals(3, second.initiative().version());
        assertEquals(List.of("initiative.update", "initiative.update", "initiative.create"),
                audit().stream().map(AuditEntry::action).collect(Collectors.toList()));
        assertTrue(audit().get(0).detail(), audit().get(0).detail().contains("progress 30% → 90%"));
        assertEquals("key-kim", audit().get(0).actorKey());
    }

    @Test
    public void aChangeKeepsSourceAndCreationAndClearsWhatItLeavesOut() {
        s.users.actAs("boss");
        RoadmapItem draft = s.roadmap.createFromSuggestion("CX", "six-blocks", null, "template:cx-ambition");
        long id = draft.initiative().id();
        RoadmapService.Change edit = new RoadmapService.Change("six-blocks", "strategy", null, "Our ambition", null, 12,
                null, InitiativeStatus.IN_PROGRESS, null, null, 10, null);

        Initiative changed = s.roadmap.update("CX", id, 1, edit).initiative();

        assertEquals(InitiativeSource.TEMPLATE, changed.source());
        assertEquals("template:cx-ambition", changed.sourceRef());
        assertEquals(draft.initiative().createdAt(), changed.createdAt());
        assertNull(changed.description());
        assertNull(changed.targetStage());
        assertEquals(Horizon.MONTHS_12, changed.horizon());
    }

    @Test
    public void doneAtIsSetWhenTheStatusBecomesDoneKeptWhileDoneAndClearedWhenReopened() {
        long id = create(change("Personas")).initiative().id();
        s.users.actAs("boss");
        Initiative done = s.roadmap.update("CX", id, 1, with(with(change("Personas"), "status", InitiativeStatus.DONE),
                "progress", 100)).initiative();
        assertNotNull(done.doneAt());
        Initiative stillDone = s.roadmap.update("CX", id, 2, with(with(change("Personas, final"), "status",
                InitiativeStatus.DONE), "progress", 100)).initiative();
        assertEquals(done.doneAt(), stillDone.doneAt());
        Initiative reopened = s.roadmap.update("CX", id, 3, with(with(change("Personas"), "status",
                InitiativeStatus.IN_PROGRESS), "progress", 80)).initiative();
        assertNull(reopened.doneAt());
        RoadmapItem createdDone = s.roadmap.create("CX", with(change("Done from the start"), "status",
                InitiativeStatus.DONE));
        assertNotNull(createdDone.initiative().doneAt());
    }

    @Test
    public void deletingIsAuditedAndAnUnknownInitiativeIsNotFound() {
        long id = create(change("Personas")).initiative().id();
        s.users.actAs("boss");
        s.roadmap.delete("CX", id);
        assertEquals("initiative.delete", audit().get(0).action());
        assertEquals("Personas", audit().get(0).subject());
        ServiceException again = refused(() -> s.roadmap.delete("CX", id));
        assertEquals("initiative-not-found", again.code());
        assertEquals("id", again.field());
        assertEquals(ServiceException.Kind.NOT_FOUND, again.kind());
        assertEquals("initiative-not-found", refused(() -> s.roadmap.update("CX", id, 1, change("X"))).code());
        assertEquals(0, s.initiativeRepository.count("CX"));
    }

    // ---- reading ----

    @Test
    public void theListFiltersBySetBlockHorizonStatusAndDepartmentAndMarksOverdueWork() {
        Department sales = department("Sales");
        Department ops = department("Operations");
        create(with(with(change("A strategy, 6, sales, overdue"), "department", sales.key()), "dueOn",
                LocalDate.of(2026, 1, 31)));
        create(with(with(with(change("B people, 12, space-wide"), "blockKey", "people"), "horizon", 12), "dueOn", null));
        create(with(with(with(change("C strategy, 24, ops, done"), "department", ops.key()), "horizon", 24), "status",
                InitiativeStatus.DONE));
        create(new RoadmapService.Change("cx-programme", "personas", null, "D personas, 6", null, 6, null, null, null,
                LocalDate.of(2025, 1, 1), null, null));
        s.users.actAs("ann");

        assertEquals("by horizon, then due date", List.of("D personas, 6", "A strategy, 6, sales, overdue",
                "B people, 12, space-wide", "C strategy, 24, ops, done"), titles(s.roadmap.list("CX", null)));
        assertEquals(List.of("A strategy, 6, sales, overdue", "B people, 12, space-wide", "C strategy, 24, ops, done"),
                titles(s.roadmap.list("CX", new RoadmapService.Filter("six-blocks", null, null, null, null))));
        assertEquals(List.of("A strategy, 6, sales, overdue", "C strategy, 24, ops, done"),
                titles(s.roadmap.list("CX", new RoadmapService.Filter(null, "strategy", null, null, null))));
        assertEquals(List.of("B people, 12, space-wide"),
                titles(s.roadmap.list("CX", new RoadmapService.Filter(null, null, 12, null, null))));
        assertEquals(List.of("C strategy, 24, ops, done"),
                titles(s.roadmap.list("CX", new RoadmapService.Filter(null, null, null, InitiativeStatus.DONE, null))));
        assertEquals("a department's own and the space-wide ones",
                List.of("D personas, 6", "A strategy, 6, sales, overdue", "B people, 12, space-wide"),
                titles(s.roadmap.list("CX", new RoadmapService.Filter(null, null, null, null, sales.key()))));
        List<RoadmapItem> all = s.roadmap.list("CX", null);
        assertTrue("due in the past and not done", all.get(0).overdue());
        assertTrue(all.get(1).overdue());
        assertFalse("no due date", all.get(2).overdue());
        assertFalse("done work is never overdue", all.get(3).overdue());
        ServiceException e = refused(() -> s.roadmap.list("CX", new RoadmapService.Filter(null, null, 18, null, null)));
        assertEquals("not-one-of", e.code());
        assertEquals("horizon", e.field());
    }

    private static List<String> titles(List<RoadmapItem> items) {
        return items.stream().map(i -> i.initiative().title()).collect(Collectors.toList());
    }

    @Test
    public void theBoardHasARowPerBlockWithItsOwnersAndACellPerHorizon() {
        s.ownerRepository.add("CX", "six-blocks", "strategy", "key-cat");
        s.ownerRepository.add("CX", "six-blocks", "strategy", "key-dan");
        s.ownerRepository.add("CX", "cx-programme", "people", "key-eve");
        create(change("Ambition"));
        create(with(with(change("Academy"), "blockKey", "people"), "horizon", 24));
        Initiative gone = create(change("On a block that went away")).initiative();
        s.initiativeRepository.update(new Initiative(gone.id(), "CX", "six-blocks", "retired-block", null, gone.title(),
                null, Horizon.MONTHS_12, null, InitiativeStatus.PLANNED, null, null, 0, null, InitiativeSource.MANUAL,
                null, 1, gone.createdAt(), "key-boss", gone.updatedAt(), null), 1);
        s.users.actAs("ann");

        RoadmapBoard board = s.roadmap.board("CX", null);

        assertEquals("six-blocks", board.set().key());
        assertEquals(List.of(Horizon.MONTHS_6, Horizon.MONTHS_12, Horizon.MONTHS_24), board.horizons());
        assertEquals(List.of("strategy", "processes", "metrics", "data", "technology", "people"),
                board.rows().stream().map(RoadmapBoard.Row::blockKey).collect(Collectors.toList()));
        RoadmapBoard.Row strategy = board.rows().get(0);
        assertEquals(List.of("CAT", "DAN"), strategy.owners().stream().map(u -> u.fullName()).collect(Collectors.toList()));
        assertEquals(List.of("Ambition"), titles(strategy.cells().get(0).items()));
        assertTrue(strategy.cells().get(2).items().isEmpty());
        RoadmapBoard.Row people = board.rows().get(5);
        assertEquals("owners of another set's block are not shown", List.of(), people.owners());
        assertEquals(List.of("Academy"), titles(people.cells().get(2).items()));
        assertEquals(List.of("On a block that went away"), titles(board.unplaced()));
        assertEquals(3, board.count());

        RoadmapBoard sixMonthsOfStrategy = s.roadmap.board("CX", new RoadmapService.Filter(null, "strategy", 6, null,
                null));
        assertEquals(1, sixMonthsOfStrategy.rows().size());
        assertEquals(List.of(Horizon.MONTHS_6), sixMonthsOfStrategy.horizons());
        assertEquals(1, sixMonthsOfStrategy.count());
    }

    // ---- recommendations ----

    @Test
    public void recommendationsPickTheWeakestBlocksOfTheDepartmentsLatestRound() {
        Department sales = department("Sales");
        Round round = round(sales, "2026 H2", 3);
        answer(round, Map.of("strategy", 1, "processes", 4, "metrics", 3, "data", 0, "technology", 5, "people", 2),
                "ann", "bob", "cat");
        s.users.actAs("boss");

        List<RoadmapService.Suggested> suggested = s.roadmap.suggestions("CX", null, sales.key());

        assertEquals("the two weakest blocks, the weakest first", List.of("data", "strategy"),
                suggested.stream().map(x -> x.suggestion().blockKey()).distinct().collect(Collectors.toList()));
        assertTrue(suggested.stream().allMatch(RoadmapService.Suggested::fromResults));
        assertEquals("template:voc-programme", suggested.get(0).suggestion().id());
        assertEquals("Customer data & analytics", suggested.get(0).blockName());
        assertTrue(suggested.stream().anyMatch(x -> x.suggestion().id().equals("driver:1:1:strategy")));
        assertTrue(suggested.stream().anyMatch(x -> x.suggestion().id().equals("transition:1:4:data")));
        assertTrue(suggested.stream().allMatch(x -> x.initiativeId().isEmpty()));
    }

    @Test
    public void belowTheMinimumGroupSizeRecommendationsStartFromTheFirstStageForEveryBlock() {
        Department sales = department("Sales");
        Round round = round(sales, "2026 H2", 3);
        answer(round, Map.of("strategy", 5, "processes", 5, "metrics", 5, "data", 0, "technology", 5, "people", 5),
                "ann", "bob");
        s.users.actAs("boss");

        List<RoadmapService.Suggested> suggested = s.roadmap.suggestions("CX", null, sales.key());

        assertEquals("every block: the two answers must not single out the weak one", 6,
                suggested.stream().map(x -> x.suggestion().blockKey()).distinct().count());
        assertTrue(suggested.stream().noneMatch(RoadmapService.Suggested::fromResults));
        assertTrue("only the first stage's drivers and transition", suggested.stream()
                .filter(x -> x.suggestion().source() != InitiativeSource.TEMPLATE)
                .allMatch(x -> x.suggestion().id().matches("(driver|transition):1:.*")));
        assertEquals(suggested.stream().map(x -> x.suggestion().id()).collect(Collectors.toList()),
                s.roadmap.suggestions("CX", "six-blocks", null).stream().map(x -> x.suggestion().id())
                        .collect(Collectors.toList()));
    }

    @Test
    public void theProgrammeSetRecommendsItsThreeStarterInitiativesInTheReadersLanguage() {
        s.users.actAs("boss").language(Language.UK);
        List<RoadmapService.Suggested> suggested = s.roadmap.suggestions("CX", "cx-programme", null);
        List<RoadmapService.Suggested> templates = suggested.stream()
                .filter(x -> x.suggestion().source() == InitiativeSource.TEMPLATE).collect(Collectors.toList());
        assertEquals(List.of("template:personas", "template:journey-maps", "template:voc-programme"),
                templates.stream().map(x -> x.suggestion().id()).collect(Collectors.toList()));
        assertEquals(Language.UK, templates.get(0).language());
        assertEquals("Створити персони клієнтів", templates.get(0).suggestion().title().in(templates.get(0).language()));
        assertEquals("setKey or department is needed", "required",
                refused(() -> s.roadmap.suggestions("CX", null, null)).code());
        assertEquals("department-not-found", refused(() -> s.roadmap.suggestions("CX", null, "nope")).code());
    }

    @Test
    public void oneClickMakesAPlannedDraftInTheAdminsLanguageOnceOnly() {
        Department sales = department("Sales");
        s.users.actAs("boss").language(Language.RU);

        RoadmapItem draft = s.roadmap.createFromSuggestion("CX", "cx-programme", sales.key(), "template:personas");

        Initiative i = draft.initiative();
        assertEquals(InitiativeStatus.PLANNED, i.status());
        assertEquals("Создать персоны клиентов", i.title());
        assertTrue(i.description().startsWith("Создать конкретные"));
        assertEquals(InitiativeSource.TEMPLATE, i.source());
        assertEquals("template:personas", i.sourceRef());
        assertEquals("personas", i.blockKey());
        assertEquals(Horizon.MONTHS_6, i.horizon());
        assertEquals("sales", i.departmentKey());
        assertEquals(Integer.valueOf(2), i.targetStage());
        assertNull(i.ownerKey());
        assertEquals(0, i.progress());
        assertEquals("initiative.create", audit().get(0).action());
        assertTrue(audit().get(0).detail().contains("from template:personas"));

        ServiceException twice = refused(() -> s.roadmap.createFromSuggestion("CX", "cx-programme", sales.key(),
                "template:personas"));
        assertEquals("suggestion-taken", twice.code());
        assertEquals(ServiceException.Kind.CONFLICT, twice.kind());
        assertEquals(Long.valueOf(i.id()), s.roadmap.suggestions("CX", "cx-programme", sales.key()).stream()
                .filter(x -> x.suggestion().id().equals("template:personas")).findFirst().orElseThrow()
                .initiativeId().orElseThrow());
        RoadmapItem forTheWholeSpace = s.roadmap.createFromSuggestion("CX", "cx-programme", null, "template:personas");
        assertNull(forTheWholeSpace.initiative().departmentKey());

        s.users.language(Language.EN);
        RoadmapItem driver = s.roadmap.createFromSuggestion("CX", "six-blocks", null, "driver:2:3:metrics");
        assertEquals(InitiativeSource.DRIVER, driver.initiative().source());
        assertEquals("Map one priority customer journey end to end together with the people who run it.",
                driver.initiative().title());
        assertEquals(Integer.valueOf(3), driver.initiative().targetStage());
        ServiceException unknown = refused(() -> s.roadmap.createFromSuggestion("CX", "six-blocks", null,
                "driver:9:1:metrics"));
        assertEquals("suggestion-not-found", unknown.code());
        assertEquals("suggestionId", unknown.field());
        assertEquals(ServiceException.Kind.NOT_FOUND, unknown.kind());
        assertEquals(3, s.initiativeRepository.count("CX"));
    }

    // ---- progress between rounds ----

    private Department twoRounds(int previousRespondents, int latestRespondents) {
        Department d = department("Service " + previousRespondents + latestRespondents);
        Round previous = round(d, "2025 H2", 3);
        answer(previous, all(2), List.of("ann", "bob", "cat", "dan").subList(0, previousRespondents)
                .toArray(new String[0]));
        s.close(previous);
        Round latest = round(d, "2026 H2", 3);
        answer(latest, Map.of("strategy", 4, "processes", 4, "metrics", 4, "data", 1, "technology", 2, "people", 5),
                List.of("ann", "bob", "cat", "dan").subList(0, latestRespondents).toArray(new String[0]));
        return d;
    }

    @Test
    public void progressShowsWhatWasDoneAndHowEachBlockMovedBetweenTheTwoRounds() {
        Department d = twoRounds(3, 4);
        long id = create(with(change("Ambition"), "department", d.key())).initiative().id();
        create(with(change("Still planned"), "department", d.key()));
        create(with(with(change("Done for another department"), "department", department("Other").key()), "status",
                InitiativeStatus.DONE));
        s.users.actAs("boss");
        Initiative done = s.roadmap.update("CX", id, 1, with(with(with(change("Ambition"), "department", d.key()),
                "status", InitiativeStatus.DONE), "progress", 100)).initiative();
        s.users.actAs("eve");

        RoadmapProgress p = s.roadmap.progress("CX", null, d.key());

        assertTrue(p.scoresShown());
        assertEquals("2026 H2", p.latestRound().orElseThrow().name());
        assertEquals("2025 H2", p.previousRound().orElseThrow().name());
        RoadmapProgress.Block strategy = p.blocks().get(0);
        assertEquals("strategy", strategy.blockKey());
        assertEquals(List.of("Ambition"), titles(strategy.done()));
        assertEquals(done.doneAt(), strategy.done().get(0).initiative().doneAt());
        assertTrue(strategy.comparable());
        assertEquals(40.0, strategy.previous(), 1e-9);
        assertEquals(80.0, strategy.latest(), 1e-9);
        assertEquals(40.0, strategy.delta(), 1e-9);
        RoadmapProgress.Block data = p.blocks().get(3);
        assertEquals(-20.0, data.delta(), 1e-9);
        assertEquals(List.of(), data.done());
    }

    @Test
    public void progressSaysNotComparableAndWhyWhenARoundIsTooSmallOrMissing() {
        Object[][] table = {
                {twoRounds(3, 2), RoadmapProgress.NotComparable.LATEST_TOO_FEW},
                {twoRounds(2, 3), RoadmapProgress.NotComparable.PREVIOUS_TOO_FEW},
                {department("No rounds"), RoadmapProgress.NotComparable.NO_ROUNDS},
        };
        Department single = department("Single");
        answer(round(single, "2026 H2", 3), all(3), "ann", "bob", "cat");
        for (Object[] row : table) {
            assertNotComparable((Department) row[0], (RoadmapProgress.NotComparable) row[1]);
        }
        assertNotComparable(single, RoadmapProgress.NotComparable.NO_PREVIOUS_ROUND);
    }

    private void assertNotComparable(Department d, RoadmapProgress.NotComparable why) {
        s.users.actAs("boss");
        RoadmapProgress p = s.roadmap.progress("CX", "six-blocks", d.key());
        for (RoadmapProgress.Block b : p.blocks()) {
            assertFalse(d.name(), b.comparable());
            assertEquals(d.name(), why, b.notComparable().orElseThrow());
            assertNull(b.previous());
            assertNull(b.latest());
            assertNull(b.delta());
        }
    }

    @Test
    public void progressRevealsNoScoreToSomeoneWithoutResultsPermission() {
        Department d = twoRounds(3, 3);
        s.users.actAs("boss");
        s.settings.update("CX", ResultsVisibility.ADMINS_AND_OWNERS, List.of(), 3, "en");
        create(with(with(change("Ambition"), "department", d.key()), "status", InitiativeStatus.DONE));
        s.users.actAs("ann");

        RoadmapProgress p = s.roadmap.progress("CX", null, d.key());

        assertFalse(p.scoresShown());
        assertEquals("round names are no results", "2026 H2", p.latestRound().orElseThrow().name());
        assertEquals("2025 H2", p.previousRound().orElseThrow().name());
        for (RoadmapProgress.Block b : p.blocks()) {
            assertEquals(RoadmapProgress.NotComparable.RESULTS_HIDDEN, b.notComparable().orElseThrow());
            assertNull(b.previous());
            assertNull(b.latest());
        }
        assertEquals("what was done is shown", List.of("Ambition"), titles(p.blocks().get(0).done()));
        s.users.actAs(null);
        assertEquals("login-required", refused(() -> s.roadmap.progress("CX", null, d.key())).code());
        s.users.actAs("ann");
        assertEquals("required", refused(() -> s.roadmap.progress("CX", null, null)).code());
    }
}
