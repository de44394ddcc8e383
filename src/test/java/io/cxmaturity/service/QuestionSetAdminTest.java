package io.cxmaturity.service;

import io.cxmaturity.catalog.DefinitionProblem;
import io.cxmaturity.domain.AuditEntry;
import io.cxmaturity.domain.Department;
import io.cxmaturity.domain.Language;
import io.cxmaturity.domain.Round;
import io.cxmaturity.domain.StoredQuestionSet;
import io.cxmaturity.domain.scoring.Comparability;
import io.cxmaturity.testing.Definitions;
import org.junit.Test;

import java.util.List;
import java.util.stream.Collectors;

import static io.cxmaturity.testing.Definitions.t;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * Space admins edit question sets: drafts with revisions, validation with every problem and its path,
 * publishing as the next version (never changing a stored one), comparability warnings, copies, archive.
 */
public class QuestionSetAdminTest {
    private final Services s = new Services();

    private static ServiceException refused(Runnable call) {
        try {
            call.run();
        } catch (ServiceException e) {
            return e;
        }
        throw new AssertionError("expected the call to be refused");
    }

    private static void assertRefused(ServiceException e, ServiceException.Kind kind, String code, String field) {
        assertEquals(e.getMessage(), kind, e.kind());
        assertEquals(code, e.code());
        assertEquals(field, e.field());
    }

    /** "weighted" as a new set of the space, published as version 1 (by copying, editing and publishing). */
    private StoredQuestionSet publishWeighted() {
        s.users.actAs("boss");
        s.setAdmin.create("CX", "weighted", "six-blocks", null);
        int revision = s.setAdmin.save("CX", "weighted", Definitions.weighted(), 1).revision();
        return s.setAdmin.publish("CX", "weighted", revision, false).version();
    }

    /** The revision the next save of "weighted" names. */
    private int revision() {
        return s.setAdmin.draft("CX", "weighted").revision();
    }

    private List<String> audit(int n) {
        return s.auditLog.recent("CX", n, 0).stream().map(e -> e.action() + " " + e.subject())
                .collect(Collectors.toList());
    }

    @Test
    public void aDraftIsTheLatestVersionUntilTheFirstSaveAndReadingItWritesNothing() {
        s.users.actAs("boss");
        QuestionSetAdminService.DraftView draft = s.setAdmin.draft("CX", "six-blocks");

        assertEquals(0, draft.revision());
        assertFalse(draft.saved());
        assertNull(draft.updatedBy());
        assertEquals(1, draft.published().version());
        assertTrue("the draft reads as the next version", draft.definition().contains("\"version\" : 2"));
        assertEquals(List.of(), draft.problems());
        assertTrue(s.setDraftRepository.list("CX").isEmpty());
        assertTrue(s.auditLog.recent("CX", 10, 0).isEmpty());
    }

    @Test
    public void savingStoresEvenABrokenDefinitionWithItsProblemsAndCountsRevisions() {
        StoredQuestionSet v1 = publishWeighted();
        String broken = Definitions.weighted().replace("\"min\":6,\"max\":11", "\"min\":5,\"max\":11");
        QuestionSetAdminService.DraftView saved = s.setAdmin.save("CX", "weighted", broken, revision());

        assertEquals(4, saved.revision());
        assertTrue(saved.saved());
        assertEquals("the display name", "BOSS", saved.updatedBy());
        assertEquals(v1.id(), saved.published().id());
        assertEquals(List.of("$.stages[1].band.min band-overlap"), saved.problems().stream()
                .map(p -> p.path() + " " + p.code()).collect(Collectors.toList()));
        QuestionSetAdminService.DraftView read = s.setAdmin.draft("CX", "weighted");
        assertEquals(broken, read.definition());
        assertEquals(4, read.revision());
        assertEquals(saved.problems(), read.problems());
        assertEquals("set.draft.save weighted", audit(1).get(0));
    }

    @Test
    public void aSaveFromAnOlderRevisionIsRefusedAndChangesNothing() {
        publishWeighted();
        int opened = revision();
        s.setAdmin.save("CX", "weighted", Definitions.weighted().replace(t("A one"), t("A first")), opened);

        ServiceException stale = refused(() -> s.setAdmin.save("CX", "weighted", Definitions.weighted(), opened));
        assertRefused(stale, ServiceException.Kind.CONFLICT, "set-draft-outdated", "version");
        assertEquals(List.of(opened + 1), stale.arguments());
        assertTrue(s.setAdmin.draft("CX", "weighted").definition().contains("A first"));
        ServiceException publishStale = refused(() -> s.setAdmin.publish("CX", "weighted", opened, true));
        assertRefused(publishStale, ServiceException.Kind.CONFLICT, "set-draft-outdated", "version");
        assertEquals(1, s.sets.require("CX", "weighted").version());
    }

    @Test
    public void publishingRefusesEveryProblemAtOnceWithItsPathAndStoresNothing() {
        publishWeighted();
        String broken = Definitions.weighted()
                .replace("\"min\":6,\"max\":11", "\"min\":7,\"max\":11")
                .replace("{\"key\":\"b\",\"title\":" + t("B") + "}", "{\"key\":\"b\",\"title\":{\"en\":\"B\",\"ru\":\" \","
                        + "\"uk\":\"Б\"}}")
                .replace("{\"key\":\"b3\",\"block\":\"b\"", "{\"key\":\"b3\",\"block\":\"z\"")
                .replace("{\"key\":\"a2\"", "{\"key\":\"a1\"")
                .replace("\"min\":0,\"max\":4", "\"min\":4,\"max\":4")
                .replace(t("B two"), t("x".repeat(2001)));
        int revision = s.setAdmin.save("CX", "weighted", broken, revision()).revision();

        DefinitionProblemsException e = (DefinitionProblemsException) refused(
                () -> s.setAdmin.publish("CX", "weighted", revision, true));
        assertEquals(ServiceException.Kind.INVALID, e.kind());
        assertEquals("invalid-definition", e.code());
        List<String> problems = e.problems().stream().map(p -> p.path() + " " + p.code()).collect(Collectors.toList());
        assertTrue(problems.toString(), problems.containsAll(List.of("$.answerTypes.s.max scale-range",
                "$.blocks[1].title.ru empty-text", "$.questions[1].key duplicate-key", "$.questions[3].text.en text-too-long",
                "$.questions[4].block unknown-block")));
        assertEquals(e.problems().get(0).path(), e.field());
        assertEquals(1, s.sets.require("CX", "weighted").version());
        assertEquals(revision, s.setAdmin.draft("CX", "weighted").revision());

        String gap = Definitions.weighted().replace("\"min\":6,\"max\":11", "\"min\":7,\"max\":11");
        int next = s.setAdmin.save("CX", "weighted", gap, revision).revision();
        DefinitionProblemsException gapped = (DefinitionProblemsException) refused(
                () -> s.setAdmin.publish("CX", "weighted", next, true));
        assertEquals(List.of(new DefinitionProblem("$.stages[1].band.min", "band-gap", List.of(1, 2),
                "gap between stage 1 (ends at 5) and stage 2 (starts at 7)")), gapped.problems());
        assertEquals("$.stages[1].band.min", gapped.field());
    }

    @Test
    public void theEditorLimitsBlocksQuestionsAndTexts() {
        publishWeighted();
        StringBuilder blocks = new StringBuilder();
        StringBuilder questions = new StringBuilder();
        for (int i = 0; i < 31; i++) {
            blocks.append(",{\"key\":\"x").append(i).append("\",\"title\":").append(t("X")).append("}");
        }
        for (int i = 0; i < 200; i++) {
            questions.append("{\"key\":\"q").append(i).append("\",\"block\":\"x").append(i % 31).append("\",\"text\":")
                    .append(t("Q")).append(",\"answer\":\"s\"},");
        }
        String big = Definitions.weighted().replace("{\"key\":\"b\",\"title\":" + t("B") + "}",
                        "{\"key\":\"b\",\"title\":" + t("B") + "}" + blocks)
                .replace("\"questions\":[", "\"questions\":[" + questions);
        QuestionSetAdminService.Validation validation = s.setAdmin.validate("CX", "weighted", big);
        List<String> codes = validation.problems().stream().map(p -> p.path() + " " + p.code()).toList();
        assertTrue(codes.toString(), codes.contains("$.blocks too-many") && codes.contains("$.questions too-many"));
        assertEquals(List.of(30), validation.problems().stream().filter(p -> p.path().equals("$.blocks"))
                .findFirst().orElseThrow().arguments());
        assertFalse(validation.valid());
        assertTrue(validation.comparability().isEmpty());
    }

    @Test
    public void anOversizedDefinitionIsRefusedBeforeAnythingIsStored() {
        publishWeighted();
        String huge = Definitions.weighted().replace(t("A one"), t("ё".repeat(300_000)));
        int before = revision();
        ServiceException e = refused(() -> s.setAdmin.save("CX", "weighted", huge, before));
        assertRefused(e, ServiceException.Kind.TOO_LARGE, "definition-too-large", "definition");
        assertEquals(List.of(QuestionSetAdminService.MAX_DEFINITION_BYTES), e.arguments());
        assertEquals(before, revision());
    }

    @Test
    public void aDefinitionMustKeepTheKeyOfItsSet() {
        publishWeighted();
        QuestionSetAdminService.Validation v = s.setAdmin.validate("CX", "weighted",
                Definitions.weighted().replace("\"key\":\"weighted\"", "\"key\":\"other\""));
        assertEquals(List.of("$.key key-mismatch"), v.problems().stream().map(p -> p.path() + " " + p.code()).toList());
    }

    @Test
    public void validateReportsWhatStaysComparableWithTheLatestVersion() {
        publishWeighted();
        String edited = Definitions.weighted().replace("{\"key\":\"a2\"", "{\"key\":\"a3\"");
        QuestionSetAdminService.Validation v = s.setAdmin.validate("CX", "weighted", edited);

        assertTrue(v.valid());
        Comparability c = v.comparability().orElseThrow();
        assertEquals(1, c.fromVersion());
        assertEquals(2, c.toVersion());
        assertEquals(List.of("a1", "b1", "b2", "b3"), c.comparable());
        assertEquals(List.of("a3", "a2"), c.notComparable());
        assertTrue(c.breaksComparability());
        assertFalse("validating stores nothing", s.setAdmin.draft("CX", "weighted").saved());
    }

    @Test
    public void aBreakInComparabilityNeedsTheAdminsAcknowledgementAndATextEditDoesNot() {
        StoredQuestionSet v1 = publishWeighted();
        int revision = s.setAdmin.save("CX", "weighted", Definitions.weighted().replace("{\"key\":\"a2\"",
                "{\"key\":\"a3\""), revision()).revision();

        ComparabilityException e = (ComparabilityException) refused(
                () -> s.setAdmin.publish("CX", "weighted", revision, false));
        assertRefused(e, ServiceException.Kind.CONFLICT, "comparability-not-acknowledged", "acknowledgeComparability");
        assertEquals(List.of("a3", "a2"), e.report().notComparable());
        assertEquals(v1.id(), s.sets.require("CX", "weighted").id());

        QuestionSetAdminService.Published v2 = s.setAdmin.publish("CX", "weighted", revision, true);
        assertEquals(2, v2.version().version());
        assertEquals("boss", s.users.findByKey(v2.version().publishedBy()).orElseThrow().name());
        assertEquals("set.publish weighted", audit(1).get(0));
        AuditEntry entry = s.auditLog.recent("CX", 1, 0).get(0);
        assertEquals("v2 · 4 comparable · 1 added · 1 removed · acknowledged", entry.detail());

        QuestionSetAdminService.DraftView cleared = s.setAdmin.draft("CX", "weighted");
        assertFalse("publishing clears the draft", cleared.saved());
        assertEquals(revision + 1, cleared.revision());
        assertEquals(v2.version().id(), cleared.published().id());

        int textOnly = s.setAdmin.save("CX", "weighted", cleared.definition().replace("A one", "A one, reworded"),
                cleared.revision()).revision();
        QuestionSetAdminService.Published v3 = s.setAdmin.publish("CX", "weighted", textOnly, false);
        assertEquals(3, v3.version().version());
        assertFalse(v3.comparability().orElseThrow().breaksComparability());
        assertTrue(v3.comparability().orElseThrow().question("a1").orElseThrow().reworded());
        assertEquals("a stored version never changes", v1.definition(),
                s.sets.version("CX", v1.id()).orElseThrow().definition());
    }

    @Test
    public void publishingWithoutAStoredDraftIsNotFound() {
        publishWeighted();
        int cleared = revision();
        assertRefused(refused(() -> s.setAdmin.publish("CX", "weighted", cleared, true)), ServiceException.Kind.NOT_FOUND,
                "set-draft-not-found", "set");
    }

    @Test
    public void aNewSetStartsAsADraftCopiedFromABuiltInModelAndBecomesVersionOneWhenPublished() {
        s.users.actAs("boss");
        QuestionSetAdminService.DraftView copy = s.setAdmin.create("CX", "our-model", "nine-foundations", null);

        assertEquals("our-model", copy.setKey());
        assertEquals(1, copy.revision());
        assertNull(copy.published());
        assertEquals(List.of(), copy.problems());
        assertTrue(copy.definition().startsWith("{\n  \"key\" : \"our-model\",\n  \"version\" : 1,"));
        assertTrue("copying does not install the model", s.setRepository.latest("CX", "nine-foundations").isEmpty());
        assertFalse("an unpublished copy is not offered", s.sets.available("CX").stream()
                .anyMatch(v -> v.key().equals("our-model")));
        assertEquals(List.of("our-model"), s.setAdmin.drafts("CX").stream()
                .map(QuestionSetAdminService.DraftSummary::setKey).toList());
        assertEquals("set.create our-model", audit(1).get(0));
        assertEquals("from nine-foundations (built-in)", s.auditLog.recent("CX", 1, 0).get(0).detail());

        QuestionSetAdminService.Published v1 = s.setAdmin.publish("CX", "our-model", 1, false);
        assertEquals(1, v1.version().version());
        assertTrue(v1.comparability().isEmpty());
        assertTrue(s.sets.available("CX").stream().anyMatch(v -> v.key().equals("our-model")));
        assertEquals(27, v1.version().set().scoredQuestions().size());
        assertTrue(s.setAdmin.drafts("CX").isEmpty());
        Department d = s.rounds.createDepartment("CX", "Ops", "our-model", 5);
        assertEquals(v1.version().id(), s.rounds.openRound("CX", d.id(), "2027", false, 3, null, null).setVersionId());
    }

    @Test
    public void aCopyCanStartFromAnyVersionOfAnotherSetOfTheSpace() {
        StoredQuestionSet v1 = publishWeighted();
        int revision = s.setAdmin.save("CX", "weighted", Definitions.weighted().replace(t("A one"), t("A v2")),
                revision()).revision();
        s.setAdmin.publish("CX", "weighted", revision, false);

        QuestionSetAdminService.DraftView fromV1 = s.setAdmin.create("CX", "weighted-old", "weighted", v1.id());
        assertTrue(fromV1.definition().contains("A one"));
        QuestionSetAdminService.DraftView fromLatest = s.setAdmin.create("CX", "weighted-new", "weighted", null);
        assertTrue(fromLatest.definition().contains("A v2"));
        assertEquals("from weighted v2", s.auditLog.recent("CX", 1, 0).get(0).detail());
    }

    @Test
    public void aNewKeyMustBeWellFormedAndFreeAndTheSourceMustBeInTheSpace() {
        publishWeighted();
        s.users.actAs("otto");
        StoredQuestionSet others = s.sets.require("OTHER", "six-blocks");
        s.users.actAs("boss");
        s.setAdmin.create("CX", "pending", "six-blocks", null);

        for (String bad : List.of("A", "x", "Has Space", "-dash", "x".repeat(41), "ünï")) {
            assertRefused(refused(() -> s.setAdmin.create("CX", bad, "six-blocks", null)), ServiceException.Kind.INVALID,
                    "key-format", "key");
        }
        assertRefused(refused(() -> s.setAdmin.create("CX", " ", "six-blocks", null)), ServiceException.Kind.INVALID,
                "required", "key");
        for (String taken : List.of("weighted", "six-blocks", "cx-checklist", "pending")) {
            assertRefused(refused(() -> s.setAdmin.create("CX", taken, "six-blocks", null)),
                    ServiceException.Kind.CONFLICT, "set-key-taken", "key");
        }
        assertRefused(refused(() -> s.setAdmin.create("CX", "fresh", "six-blocks", others.id())),
                ServiceException.Kind.NOT_FOUND, "set-not-found", "from.versionId");
        assertRefused(refused(() -> s.setAdmin.create("CX", "fresh", "weighted", s.sets.require("CX", "six-blocks").id())),
                ServiceException.Kind.NOT_FOUND, "set-not-found", "from.versionId");
        assertRefused(refused(() -> s.setAdmin.create("CX", "fresh", "nope", null)), ServiceException.Kind.NOT_FOUND,
                "set-not-found", "from.setKey");
        assertRefused(refused(() -> s.setAdmin.create("CX", "fresh", null, null)), ServiceException.Kind.INVALID,
                "required", "from.setKey");
        assertFalse(s.setDraftRepository.find("CX", "fresh").isPresent());
        assertEquals("ab", s.setAdmin.create("CX", "ab", "six-blocks", null).setKey());
    }

    @Test
    public void aDiscardedCopyFreesItsKeyAndAnEditorLeftOpenCannotSaveOverTheNewCopy() {
        s.users.actAs("boss");
        s.setAdmin.create("CX", "trial", "six-blocks", null);
        s.setAdmin.discard("CX", "trial", 1);
        assertRefused(refused(() -> s.setAdmin.draft("CX", "trial")), ServiceException.Kind.NOT_FOUND,
                "set-not-found", "set");
        assertEquals("set.draft.discard trial", audit(1).get(0));

        QuestionSetAdminService.DraftView again = s.setAdmin.create("CX", "trial", "contact-centre", null);
        assertEquals(3, again.revision());
        assertRefused(refused(() -> s.setAdmin.save("CX", "trial", Definitions.weighted(), 1)),
                ServiceException.Kind.CONFLICT, "set-draft-outdated", "version");
        assertRefused(refused(() -> s.setAdmin.discard("CX", "trial", 1)), ServiceException.Kind.CONFLICT,
                "set-draft-outdated", "version");
    }

    @Test
    public void compareTellsWhatOneVersionKeepsComparableWithAnother() {
        StoredQuestionSet v1 = publishWeighted();
        int revision = s.setAdmin.save("CX", "weighted", Definitions.weighted().replace("{\"key\":\"b3\"",
                "{\"key\":\"b4\""), revision()).revision();
        StoredQuestionSet v2 = s.setAdmin.publish("CX", "weighted", revision, true).version();

        Comparability c = s.setAdmin.compare("CX", "weighted", v1.id(), v2.id());
        assertEquals(List.of("b4", "b3"), c.notComparable());
        assertEquals(List.of(), s.setAdmin.compare("CX", "weighted", v2.id(), v2.id()).notComparable());
        StoredQuestionSet six = s.sets.require("CX", "six-blocks");
        assertRefused(refused(() -> s.setAdmin.compare("CX", "weighted", six.id(), v2.id())),
                ServiceException.Kind.NOT_FOUND, "set-not-found", "from");
        assertRefused(refused(() -> s.setAdmin.compare("CX", "weighted", v1.id(), 9999)),
                ServiceException.Kind.NOT_FOUND, "set-not-found", "to");
    }

    @Test
    public void archivedSetsAreHiddenFromNewDepartmentsAndRoundsButTheirRoundsStayReadable() {
        Round round = s.openRound("Sales", "contact-centre", false, 1);
        s.answer("ann", round, 3);
        s.users.actAs("boss");
        ServiceException inUse = refused(() -> s.setAdmin.archive("CX", "contact-centre"));
        assertRefused(inUse, ServiceException.Kind.CONFLICT, "set-in-use", "set");
        assertEquals(List.of("Sales"), inUse.arguments());
        assertFalse(s.sets.isArchived("CX", "contact-centre"));

        s.rounds.closeRound("CX", round.id());
        s.rounds.updateDepartment("CX", "sales", new RoundService.DepartmentChange(null, null, null, null, null, true));
        QuestionSetService.SetsView archived = s.setAdmin.archive("CX", "contact-centre");
        assertEquals("contact-centre", archived.sets().get(0).key());
        assertTrue(archived.isArchived(archived.sets().get(0)));
        assertEquals("set.archive contact-centre", audit(1).get(0));
        s.setAdmin.archive("CX", "contact-centre");
        assertEquals("archiving twice records once", "set.archive contact-centre", audit(1).get(0));

        assertFalse(s.sets.available("CX").stream().anyMatch(v -> v.key().equals("contact-centre")));
        QuestionSetService.SetsView shown = s.sets.visible("CX");
        assertFalse(shown.sets().stream().anyMatch(v -> v.key().equals("contact-centre")));
        QuestionSetService.SetsView all = s.sets.visible("CX", true);
        assertTrue(all.sets().stream().anyMatch(v -> v.key().equals("contact-centre") && all.isArchived(v)));
        assertEquals("contact-centre", s.sets.visible("CX", "contact-centre", null).sets().get(0).key());
        assertEquals(1, s.results.round("CX", round.id(), null).team().respondents());

        assertRefused(refused(() -> s.rounds.createDepartment("CX", "Legal", "contact-centre", 3)),
                ServiceException.Kind.CONFLICT, "set-archived", "setKey");
        assertRefused(refused(() -> s.rounds.updateDepartment("CX", "sales", new RoundService.DepartmentChange(
                null, null, null, null, null, false))), ServiceException.Kind.CONFLICT, "set-archived", "setKey");
        Department other = s.rounds.createDepartment("CX", "Legal", "six-blocks", 3);
        assertRefused(refused(() -> s.rounds.updateDepartment("CX", other.key(), new RoundService.DepartmentChange(
                null, "contact-centre", null, null, null, null))), ServiceException.Kind.CONFLICT, "set-archived",
                "setKey");

        s.setAdmin.restore("CX", "contact-centre");
        assertEquals("set.restore contact-centre", audit(1).get(0));
        assertTrue(s.sets.available("CX").stream().anyMatch(v -> v.key().equals("contact-centre")));
        s.rounds.updateDepartment("CX", "sales", new RoundService.DepartmentChange(null, null, null, null, null, false));
        assertEquals("contact-centre", s.rounds.openRound("CX", "sales", "2027", false, 3, null, null).setKey());
    }

    @Test
    public void previewIsTheFormARespondentWouldSeeAndRefusesABrokenDraft() {
        publishWeighted();
        int revision = s.setAdmin.save("CX", "weighted", Definitions.weighted().replace(t("A one"), t("A preview")),
                revision()).revision();
        FormState form = s.setAdmin.preview("CX", "weighted", null, Language.RU);

        assertEquals(FormState.Status.OPEN, form.status());
        assertEquals("A preview ру", form.set().set().question("a1").orElseThrow().text().in(form.language()));
        assertEquals(Language.RU, form.language());
        assertEquals(2, form.set().version());
        assertNull(form.round());
        assertEquals("boss", form.user().name());
        assertEquals("preview stores nothing", revision, s.setAdmin.draft("CX", "weighted").revision());
        assertEquals(1, s.sets.require("CX", "weighted").version());

        DefinitionProblemsException broken = (DefinitionProblemsException) refused(() -> s.setAdmin.preview("CX",
                "weighted", Definitions.weighted().replace("\"block\":\"b\"", "\"block\":\"q\""), null));
        assertEquals("$.questions[2].block", broken.field());
    }

    @Test
    public void onlySpaceAdminsEditAndNobodyReachesAnotherSpace() {
        publishWeighted();
        for (String user : List.of("ann", "otto")) {
            s.users.actAs(user);
            List<Runnable> calls = List.of(() -> s.setAdmin.draft("CX", "weighted"),
                    () -> s.setAdmin.save("CX", "weighted", Definitions.weighted(), 2),
                    () -> s.setAdmin.validate("CX", "weighted", null),
                    () -> s.setAdmin.preview("CX", "weighted", null, null),
                    () -> s.setAdmin.publish("CX", "weighted", 2, true),
                    () -> s.setAdmin.create("CX", "mine", "six-blocks", null),
                    () -> s.setAdmin.compare("CX", "weighted", 1, 1),
                    () -> s.setAdmin.archive("CX", "weighted"),
                    () -> s.setAdmin.restore("CX", "weighted"),
                    () -> s.setAdmin.drafts("CX"),
                    () -> s.setAdmin.discard("CX", "weighted", 2));
            for (Runnable call : calls) {
                ServiceException e = refused(call);
                assertEquals(user, user.equals("ann") ? ServiceException.Kind.FORBIDDEN : ServiceException.Kind.NOT_FOUND,
                        e.kind());
            }
        }
        s.users.actAs(null);
        assertEquals(ServiceException.Kind.UNAUTHENTICATED, refused(() -> s.setAdmin.draft("CX", "weighted")).kind());
        s.users.actAs("otto");
        assertRefused(refused(() -> s.setAdmin.draft("OTHER", "weighted")), ServiceException.Kind.NOT_FOUND,
                "set-not-found", "set");
        assertEquals(3, s.setDraftRepository.find("CX", "weighted").orElseThrow().revision());
        assertFalse(s.setDraftRepository.find("CX", "mine").isPresent());
    }
}
