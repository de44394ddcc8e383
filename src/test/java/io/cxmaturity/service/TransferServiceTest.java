package io.cxmaturity.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxmaturity.catalog.BuiltInCatalog;
import io.cxmaturity.catalog.QuestionSetReader;
import io.cxmaturity.domain.Answer;
import io.cxmaturity.domain.Department;
import io.cxmaturity.domain.Initiative;
import io.cxmaturity.domain.InitiativeSource;
import io.cxmaturity.domain.InitiativeStatus;
import io.cxmaturity.domain.ResultsVisibility;
import io.cxmaturity.domain.Round;
import io.cxmaturity.domain.StoredQuestionSet;
import io.cxmaturity.testing.Sheets;
import org.junit.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * Question sets and whole spaces moved as JSON: round trips (the roadmap included), documents of format version
 * 1, refusals, people found again, the audit trail.
 */
public class TransferServiceTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final Services s = new Services();

    /**
     * CX with a named round (one response changed), an anonymous one, an owner, settings and a roadmap: an
     * initiative of the Sales department owned by ann and changed twice (version 3), one done, and a draft made
     * from a recommendation.
     */
    private Round[] seed() {
        Round named = s.openRound("Sales", "six-blocks", false, 2);
        s.answer("ann", named, 2);
        s.answer("bob", named, 4);
        s.users.actAs("ann");
        String id = s.assessments.mine("CX", named.id()).current().id();
        List<Answer> changed = new ArrayList<>(Sheets.all(s.sets.require("CX", "six-blocks").set(), 5));
        changed.set(0, new Answer(changed.get(0).questionKey(), "1", false, "Changed, \"really\"\nyes"));
        s.assessments.revise("CX", id, changed);
        Round anonymous = s.openRound("Centre", "contact-centre", true, 2);
        s.answer("cat", anonymous, 3);
        s.answer("dan", anonymous, 5);
        s.users.actAs("boss");
        s.ownerRepository.add("CX", "six-blocks", "strategy", s.users.user("eve").key());
        s.settings.update("CX", ResultsVisibility.ADMINS_AND_OWNERS, List.of(), 2, "ru");
        RoadmapItem ambition = s.roadmap.create("CX", new RoadmapService.Change("six-blocks", "strategy", "sales",
                "Agree the CX ambition", "With the board,\n\"in writing\"", 6, "ann", null, 2,
                LocalDate.of(2027, 3, 31), 10, "https://wiki.example.com/display/CX/Ambition"));
        for (int progress : new int[]{40, 70}) {
            Initiative i = s.roadmap.get("CX", ambition.initiative().id()).initiative();
            s.roadmap.update("CX", i.id(), i.version(), new RoadmapService.Change("six-blocks", "strategy", "sales",
                    i.title(), i.description(), 6, "ann", InitiativeStatus.IN_PROGRESS, 2, i.dueOn(), progress,
                    i.link()));
        }
        s.roadmap.create("CX", new RoadmapService.Change("six-blocks", "people", null, "CX academy", null, 24, "bob",
                InitiativeStatus.DONE, null, null, 100, "CX-12"));
        s.roadmap.createFromSuggestion("CX", "six-blocks", null, "template:voc-programme");
        s.users.actAs("boss");
        return new Round[]{named, anonymous};
    }

    /** The space's initiatives without what differs between two spaces: the ids and the space key. */
    private List<Initiative> roadmapOf(String spaceKey) {
        return s.initiativeRepository.list(spaceKey).stream().map(i -> new Initiative(0, "", i.setKey(), i.blockKey(),
                i.departmentKey(), i.title(), i.description(), i.horizon(), i.ownerKey(), i.status(), i.targetStage(),
                i.dueOn(), i.progress(), i.link(), i.source(), i.sourceRef(), i.version(), i.createdAt(),
                i.createdBy(), i.updatedAt(), i.doneAt())).toList();
    }

    @Test
    public void aSpaceImportsIntoAnEmptySpaceWithIdenticalResults() {
        Round[] rounds = seed();
        s.users.actAs("boss");
        ObjectNode document = s.transfers.exportSpace("CX");
        assertEquals("export.space", s.auditLog.recent("CX", 1, 0).get(0).action());
        TransferService.ImportResult result = s.transfers.importSpace("NEW", document);
        assertEquals(2, result.departments());
        assertEquals(2, result.rounds());
        assertEquals("three first submissions, one change, two anonymous", 5, result.responses());
        assertEquals(4, result.participants());
        assertEquals(1, result.blockOwners());
        assertEquals(3, result.initiatives());
        assertEquals(0, result.usersNotFound());
        assertEquals("every field of every initiative, versions and times included", roadmapOf("CX"),
                roadmapOf("NEW"));
        assertEquals(List.of(3, 1, 1), roadmapOf("NEW").stream().map(Initiative::version).toList());
        assertEquals(s.roadmap.list("CX", null).stream().map(i -> i.initiative().title() + " " + i.owner()
                        + " " + i.blockName() + " " + i.overdue()).toList(),
                s.roadmap.list("NEW", null).stream().map(i -> i.initiative().title() + " " + i.owner()
                        + " " + i.blockName() + " " + i.overdue()).toList());

        for (Round source : rounds) {
            Department d = s.departmentRepository.find("CX", source.departmentId()).orElseThrow();
            Department copy = s.departmentRepository.findByKey("NEW", d.key()).orElseThrow();
            Round target = s.roundRepository.listForDepartment("NEW", copy.id()).get(0);
            assertEquals(s.results.round("CX", source.id(), null).team(),
                    s.results.round("NEW", target.id(), null).team());
            assertEquals(source.anonymous(), target.anonymous());
            assertEquals(source.createdAt(), target.createdAt());
        }
        Department centre = s.departmentRepository.findByKey("NEW", "centre").orElseThrow();
        Round anonymous = s.roundRepository.listForDepartment("NEW", centre.id()).get(0);
        assertTrue(s.spaceData.responses(anonymous.id(), false).stream().allMatch(r -> r.respondent() == null));
        assertTrue("participation is kept, so nobody answers twice",
                s.responseRepository.participatedAt(anonymous.id(), s.users.user("cat").key()).isPresent());
        assertEquals(ResultsVisibility.ADMINS_AND_OWNERS, s.settingsRepository.find("NEW").orElseThrow().visibility());
        assertEquals("the trail came along, then the import", "import.space",
                s.auditLog.recent("NEW", 1, 0).get(0).action());
        assertTrue(s.auditLog.recent("NEW", 100, 0).stream().anyMatch(e -> e.action().equals("round.open")));

        ObjectNode again = s.transfers.exportSpace("NEW");
        assertEquals("exporting the copy gives the same data", strip(document), strip(again));
    }

    /** The document without what differs between two spaces: ids, the space key, the time of export, the trail. */
    private static JsonNode strip(ObjectNode document) {
        ObjectNode copy = document.deepCopy();
        copy.remove(List.of("exportedAt", "source", "audit"));
        for (String section : List.of("questionSets", "departments", "rounds", "initiatives")) {
            copy.withArray(section).forEach(n -> ((ObjectNode) n).remove(List.of("id", "department", "setVersion")));
        }
        copy.withArray("responses").forEach(n -> ((ObjectNode) n).remove("round"));
        copy.withArray("participants").forEach(n -> ((ObjectNode) n).remove("round"));
        // Anonymous responses come in the order of their random ids, which an import gives anew.
        List<String> responses = new ArrayList<>();
        copy.withArray("responses").forEach(n -> responses.add(n.toString()));
        responses.sort(null);
        copy.putArray("responses").addAll(responses.stream().map(TransferServiceTest::parse).toList());
        return copy;
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    public void anUnknownSectionIsRefusedAndNothingIsStored() {
        seed();
        s.users.actAs("boss");
        ObjectNode document = s.transfers.exportSpace("CX");
        document.putArray("budgets");
        try {
            s.transfers.importSpace("NEW", document);
            fail("a section this version does not know");
        } catch (ServiceException e) {
            assertEquals("unknown-section", e.code());
            assertEquals("budgets", e.field());
        }
        assertFalse(s.spaceData.hasData("NEW"));
    }

    @Test
    public void anImportedInitiativeTakesAChangeAtItsVersionAndRefusesAStaleOne() {
        seed();
        s.users.actAs("boss");
        s.transfers.importSpace("NEW", s.transfers.exportSpace("CX"));
        Initiative ambition = s.initiativeRepository.list("NEW").get(0);
        assertEquals(3, ambition.version());
        RoadmapService.Change done = new RoadmapService.Change("six-blocks", "strategy", "sales", ambition.title(),
                ambition.description(), 6, "ann", InitiativeStatus.DONE, 2, ambition.dueOn(), 100, ambition.link());
        for (int stale : new int[]{1, 2}) {
            try {
                s.roadmap.update("NEW", ambition.id(), stale, done);
                fail("version " + stale + " is outdated");
            } catch (ServiceException e) {
                assertEquals(ServiceException.Kind.CONFLICT, e.kind());
                assertEquals("initiative-outdated", e.code());
            }
        }
        RoadmapItem changed = s.roadmap.update("NEW", ambition.id(), 3, done);
        assertEquals(4, changed.initiative().version());
        assertEquals(InitiativeStatus.DONE, changed.initiative().status());
        assertEquals("created as in the source", ambition.createdAt(), changed.initiative().createdAt());
        try {
            s.roadmap.update("NEW", ambition.id(), 3, done);
            fail("version 3 is outdated now");
        } catch (ServiceException e) {
            assertEquals("initiative-outdated", e.code());
        }
        assertEquals("the source is untouched", 3, s.initiativeRepository.list("CX").get(0).version());
    }

    @Test
    public void aVersionOneDocumentWithoutInitiativesStillImports() {
        seed();
        s.users.actAs("boss");
        ObjectNode document = s.transfers.exportSpace("CX");
        assertEquals(2, document.path("formatVersion").asInt());
        document.put("formatVersion", 1);
        document.remove("initiatives");
        TransferService.ImportResult result = s.transfers.importSpace("NEW", document);
        assertEquals(2, result.departments());
        assertEquals(5, result.responses());
        assertEquals(0, result.initiatives());
        assertEquals(List.of(), s.initiativeRepository.list("NEW"));
    }

    @Test
    public void aVersionOneDocumentWithInitiativesAndANewerVersionAreRefused() {
        seed();
        s.users.actAs("boss");
        ObjectNode document = s.transfers.exportSpace("CX");
        document.put("formatVersion", 1);
        refused(document, "section-newer-than-format", "initiatives");
        document.put("formatVersion", 3);
        refused(document, "unsupported-format-version", "formatVersion");
        document.put("formatVersion", 0);
        refused(document, "unsupported-format-version", "formatVersion");
    }

    @Test
    public void aBrokenInitiativeIsRefusedWithItsPathAndNothingIsStored() {
        seed();
        s.users.actAs("boss");
        ObjectNode document = s.transfers.exportSpace("CX");
        ObjectNode first = (ObjectNode) document.withArray("initiatives").get(0);
        ObjectNode last = (ObjectNode) document.withArray("initiatives").get(2);
        ObjectNode[] cases = {
                last.deepCopy().put("department", 999),
                last.deepCopy().put("setKey", "nine-foundations"),
                last.deepCopy().put("horizon", 18),
                last.deepCopy().put("progress", 101),
                last.deepCopy().put("link", "javascript:alert(1)"),
                last.deepCopy().put("status", "FINISHED"),
                last.deepCopy().put("source", "GUESS"),
                last.deepCopy().put("version", 0),
                last.deepCopy().put("title", " "),
                last.deepCopy().put("title", "t".repeat(201)),
                last.deepCopy().put("targetStage", 0),
                last.deepCopy().put("dueOn", "31.03.2027"),
                last.deepCopy().put("createdAt", "yesterday"),
                last.deepCopy().put("colour", "red")};
        String[][] expected = {
                {"department-not-in-document", "initiatives[2].department"},
                {"set-not-in-document", "initiatives[2].setKey"},
                {"not-one-of", "initiatives[2].horizon"},
                {"out-of-range", "initiatives[2].progress"},
                {"invalid-link", "initiatives[2].link"},
                {"not-one-of", "initiatives[2].status"},
                {"not-one-of", "initiatives[2].source"},
                {"out-of-range", "initiatives[2].version"},
                {"required", "initiatives[2].title"},
                {"too-long", "initiatives[2].title"},
                {"out-of-range", "initiatives[2].targetStage"},
                {"not-date", "initiatives[2].dueOn"},
                {"not-instant", "initiatives[2].createdAt"},
                {"unknown-property", "initiatives[2].colour"}};
        for (int n = 0; n < cases.length; n++) {
            ObjectNode broken = document.deepCopy();
            broken.withArray("initiatives").set(2, cases[n]);
            refused(broken, expected[n][0], expected[n][1]);
        }
        ObjectNode tooMany = document.deepCopy();
        for (int n = 0; n < 500; n++) {
            tooMany.withArray("initiatives").add(first.deepCopy());
        }
        refused(tooMany, "too-many", "initiatives");
        assertEquals(List.of(), s.initiativeRepository.list("NEW"));
    }

    /** The document is refused with the code and field, and the target space stays empty. */
    private void refused(ObjectNode document, String code, String field) {
        try {
            s.transfers.importSpace("NEW", document);
            fail("refused: " + code + " at " + field);
        } catch (ServiceException e) {
            assertEquals(ServiceException.Kind.INVALID, e.kind());
            assertEquals(code, e.code());
            assertEquals(field, e.field());
        }
        assertFalse(s.spaceData.hasData("NEW"));
    }

    @Test
    public void aRoundPinnedToAVersionTheDocumentLacksIsRefused() {
        seed();
        s.users.actAs("boss");
        ObjectNode document = s.transfers.exportSpace("CX");
        ((ObjectNode) document.withArray("rounds").get(1)).put("setVersion", 999);
        try {
            s.transfers.importSpace("NEW", document);
            fail("the set version is missing");
        } catch (ServiceException e) {
            assertEquals("set-version-not-in-document", e.code());
            assertEquals("rounds[1].setVersion", e.field());
        }
        assertFalse(s.spaceData.hasData("NEW"));
    }

    @Test
    public void aSpaceWithDataAndAViewerAreRefused() {
        seed();
        s.users.actAs("boss");
        ObjectNode document = s.transfers.exportSpace("CX");
        try {
            s.transfers.importSpace("CX", document);
            fail("CX has data");
        } catch (ServiceException e) {
            assertEquals(ServiceException.Kind.CONFLICT, e.kind());
            assertEquals("space-not-empty", e.code());
        }
        s.users.actAs("ann");
        try {
            s.transfers.exportSpace("CX");
            fail("viewers do not export a space");
        } catch (ServiceException e) {
            assertEquals(ServiceException.Kind.FORBIDDEN, e.kind());
        }
    }

    @Test
    public void peopleFromAnotherInstanceAreFoundByTheirUsername() {
        seed();
        s.users.actAs("boss");
        ObjectNode document = s.transfers.exportSpace("CX");
        String annKey = s.users.user("ann").key();
        // As another instance would have them: other keys, the same usernames; and one person nobody knows.
        String text = document.toString().replace(annKey, "8a7f8081-ann").replace(s.users.user("bob").key(),
                "8a7f8081-gone");
        ObjectNode moved;
        try {
            moved = (ObjectNode) MAPPER.readTree(text);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        for (JsonNode user : (ArrayNode) moved.get("users")) {
            if (user.get("key").asText().equals("8a7f8081-gone")) {
                ((ObjectNode) user).put("username", "nobody-here");
            }
        }
        TransferService.ImportResult result = s.transfers.importSpace("NEW", moved);
        assertEquals(1, result.usersMatchedByName());
        assertEquals(1, result.usersNotFound());
        Department sales = s.departmentRepository.findByKey("NEW", "sales").orElseThrow();
        Round round = s.roundRepository.listForDepartment("NEW", sales.id()).get(0);
        assertEquals(2, s.responseRepository.current("NEW", round.id(), annKey).orElseThrow().revision());
        assertTrue(s.responseRepository.current("NEW", round.id(), "8a7f8081-gone").isPresent());
        List<Initiative> roadmap = s.initiativeRepository.list("NEW");
        assertEquals("the owner found again by username", annKey, roadmap.get(0).ownerKey());
        assertEquals("kept under the document's key", "8a7f8081-gone", roadmap.get(1).ownerKey());
        assertEquals(s.users.user("boss").key(), roadmap.get(1).createdBy());
        assertEquals(InitiativeSource.TEMPLATE, roadmap.get(2).source());
    }

    @Test
    public void aSetExportsExactlyAndImportsAsTheNextVersion() {
        s.users.actAs("boss");
        StoredQuestionSet v1 = s.transfers.exportSet("CX", "six-blocks", null);
        assertEquals(new BuiltInCatalog().find("six-blocks").orElseThrow().json(), v1.definition());
        StoredQuestionSet v2 = s.setAdmin.importVersion("CX", v1.definition(), false);
        assertEquals(2, v2.version());
        assertEquals(v1.set().questions().stream().map(q -> q.key()).toList(),
                v2.set().questions().stream().map(q -> q.key()).toList());
        assertEquals(2, new QuestionSetReader().read(v2.definition()).version());
        assertEquals("v1 is unchanged", v1.definition(), s.sets.version("CX", v1.id()).orElseThrow().definition());
        assertEquals("import.set", s.auditLog.recent("CX", 1, 0).get(0).action());

        String renamed = v1.definition().replace("\"key\": \"six-blocks\"", "\"key\": \"our-blocks\"");
        StoredQuestionSet ours = s.setAdmin.importVersion("CX", renamed, false);
        assertEquals("our-blocks", ours.key());
        assertEquals(1, ours.version());
        try {
            assertEquals("a definition already at the right key and version is stored as sent (as JSON)",
                    MAPPER.readTree(renamed), MAPPER.readTree(ours.definition()));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    public void anImportedSetPassesThePublishingRules() throws Exception {
        s.users.actAs("boss");
        StoredQuestionSet v1 = s.transfers.exportSet("CX", "six-blocks", null);
        ObjectNode rescaled = (ObjectNode) MAPPER.readTree(v1.definition());
        ((ObjectNode) rescaled.withArray("questions").get(0)).put("block", "metrics");
        try {
            s.setAdmin.importVersion("CX", rescaled.toString(), false);
            fail("a question moved to another block breaks comparability: the admin must confirm");
        } catch (ComparabilityException e) {
            assertEquals("comparability-not-acknowledged", e.code());
            assertEquals(1, s.setRepository.latest("CX", "six-blocks").orElseThrow().version());
        }
        assertEquals(2, s.setAdmin.importVersion("CX", rescaled.toString(), true).version());

        String badKey = v1.definition().replace("\"key\": \"six-blocks\"", "\"key\": \"X\"");
        try {
            s.setAdmin.importVersion("CX", badKey, false);
            fail("a new set needs a valid new key");
        } catch (DefinitionProblemsException e) {
            assertEquals("$.key", e.field());
        }
        ObjectNode long2001 = (ObjectNode) MAPPER.readTree(v1.definition());
        ((ObjectNode) long2001.withArray("questions").get(1).get("text")).put("en", "x".repeat(2001));
        try {
            s.setAdmin.importVersion("CX", long2001.toString(), true);
            fail("the editor's limit of 2,000 characters applies to imports too");
        } catch (DefinitionProblemsException e) {
            assertTrue(e.problems().toString(), e.problems().stream().anyMatch(p -> p.path().startsWith("$.questions[1].text")));
        }
        s.users.actAs("ann");
        try {
            s.setAdmin.importVersion("CX", v1.definition(), true);
            fail("only space admins import");
        } catch (ServiceException e) {
            assertEquals(ServiceException.Kind.FORBIDDEN, e.kind());
        }
    }

    @Test
    public void aSetWithProblemsIsRefusedWithEveryProblem() {
        s.users.actAs("boss");
        String definition = new BuiltInCatalog().find("six-blocks").orElseThrow().json();
        ObjectNode node;
        try {
            node = (ObjectNode) MAPPER.readTree(definition);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        ((ObjectNode) node.withArray("stages").get(1)).put("min", 10);
        ((ObjectNode) node.withArray("questions").get(0)).put("block", "nowhere");
        try {
            s.setAdmin.importVersion("CX", node.toString(), false);
            fail("overlapping bands and an unknown block");
        } catch (DefinitionProblemsException e) {
            assertEquals("invalid-definition", e.code());
            assertEquals(e.problems().get(0).path(), e.field());
            assertTrue(e.problems().size() >= 2);
            assertTrue(e.problems().stream().anyMatch(p -> p.path().startsWith("$.stages")));
            assertTrue(e.problems().stream().anyMatch(p -> p.path().startsWith("$.questions[0]")));
        }
        assertEquals("no version was stored beyond the built-in one the space started from", 1,
                s.setRepository.latest("CX", "six-blocks").orElseThrow().version());
    }
}
