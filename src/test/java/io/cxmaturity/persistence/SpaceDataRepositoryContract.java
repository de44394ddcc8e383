package io.cxmaturity.persistence;

import io.cxmaturity.catalog.BuiltInCatalog;
import io.cxmaturity.catalog.QuestionSetReader;
import io.cxmaturity.domain.Answer;
import io.cxmaturity.domain.AuditEntry;
import io.cxmaturity.domain.BlockOwner;
import io.cxmaturity.domain.Department;
import io.cxmaturity.domain.Horizon;
import io.cxmaturity.domain.Initiative;
import io.cxmaturity.domain.InitiativeSource;
import io.cxmaturity.domain.InitiativeStatus;
import io.cxmaturity.domain.Language;
import io.cxmaturity.domain.Participant;
import io.cxmaturity.domain.Response;
import io.cxmaturity.domain.ResultsVisibility;
import io.cxmaturity.domain.Round;
import io.cxmaturity.domain.RoundStatus;
import io.cxmaturity.domain.SpaceArchive;
import io.cxmaturity.domain.SpaceSettings;
import io.cxmaturity.domain.StoredQuestionSet;
import io.cxmaturity.port.AuditLog;
import io.cxmaturity.port.ConflictException;
import io.cxmaturity.port.DepartmentRepository;
import io.cxmaturity.port.InitiativeRepository;
import io.cxmaturity.port.OwnerRepository;
import io.cxmaturity.port.QuestionSetRepository;
import io.cxmaturity.port.ResponseRepository;
import io.cxmaturity.port.RoundRepository;
import io.cxmaturity.port.SettingsRepository;
import io.cxmaturity.port.SpaceDataRepository;
import io.cxmaturity.testing.AtOnce;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * What every {@link SpaceDataRepository} must do, on the in-memory fake and on Active Objects on each database:
 * an archive is stored whole (read back through the ordinary repositories, with new ids and every link mapped),
 * only into a space without data, and a failure on a late row or on its very last row (an initiative) leaves
 * nothing behind. Imported initiatives keep their version and go on working with the ordinary repository: a
 * change at that version is stored, an older one or a second one on the same version refused.
 */
public abstract class SpaceDataRepositoryContract {
    protected abstract SpaceDataRepository data();

    protected abstract QuestionSetRepository sets();

    protected abstract DepartmentRepository departments();

    protected abstract RoundRepository rounds();

    protected abstract ResponseRepository responses();

    protected abstract OwnerRepository owners();

    protected abstract InitiativeRepository initiatives();

    protected abstract SettingsRepository settings();

    protected abstract AuditLog audit();

    protected abstract String freshSpace();

    private static final BuiltInCatalog CATALOG = new BuiltInCatalog();
    private static final Instant T0 = Instant.parse("2025-11-03T09:00:00Z");

    /** Source ids far from anything the target assigns, so a forgotten mapping shows. */
    private static final long SET_V1 = 9001;
    private static final long SET_V2 = 9002;
    private static final long SALES = 8001;
    private static final long CENTRE = 8002;
    private static final long NAMED_ROUND = 7001;
    private static final long ANONYMOUS_ROUND = 7002;

    /** An initiative of the source: a key-admin's, on six-blocks, with the source's id. */
    private static Initiative initiative(long id, String blockKey, String departmentKey, String title, int version) {
        return new Initiative(id, "SRC", "six-blocks", blockKey, departmentKey, title, null, Horizon.MONTHS_12, null,
                InitiativeStatus.PLANNED, null, null, 0, null, InitiativeSource.MANUAL, null, version, T0, "key-admin",
                T0, null);
    }

    /** Three initiatives: one with every field set (version 3), one of the whole space, one of the other department. */
    private static List<Initiative> threeInitiatives() {
        Initiative full = new Initiative(6001, "SRC", "six-blocks", "strategy", "sales",
                "<b>Ambition</b> «CX» 🙂 '; --", "Line one\nline two, \"quoted\"", Horizon.MONTHS_6, "key-ann",
                InitiativeStatus.DONE, 2, LocalDate.of(2026, 6, 30), 100, "https://wiki.example.com/display/CX/A?b=c",
                InitiativeSource.TEMPLATE, "template:cx-ambition", 3, T0.plusSeconds(100), "key-admin",
                T0.plusSeconds(900), T0.plusSeconds(800));
        return List.of(full, initiative(6002, "people", null, "CX academy", 1),
                initiative(6003, "data", "contact-centre", "One customer view", 7));
    }

    private SpaceArchive archive(List<BlockOwner> owners) {
        return archive(owners, threeInitiatives());
    }

    private SpaceArchive archive(List<BlockOwner> owners, List<Initiative> initiatives) {
        BuiltInCatalog.Entry six = CATALOG.find("six-blocks").orElseThrow();
        String v2json = QuestionSetReader.withVersion(six.json(), 2);
        StoredQuestionSet v1 = new StoredQuestionSet(SET_V1, "SRC", six.set(), six.json(), T0, "system");
        StoredQuestionSet v2 = new StoredQuestionSet(SET_V2, "SRC", new QuestionSetReader().read(v2json), v2json,
                T0.plusSeconds(60), "key-admin");
        BuiltInCatalog.Entry centre = CATALOG.find("contact-centre").orElseThrow();
        StoredQuestionSet c1 = new StoredQuestionSet(9003, "SRC", centre.set(), centre.json(), T0, "system");
        Department sales = new Department(SALES, "SRC", "sales", "Продажи, «Sales»", "six-blocks", true, 9, 6,
                "cx-leadership");
        Department contact = new Department(CENTRE, "SRC", "contact-centre", "Contact Centre", "contact-centre", false,
                15, 0, null);
        Round named = new Round(NAMED_ROUND, "SRC", SALES, "six-blocks", SET_V2, "2026 H1", RoundStatus.CLOSED,
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 30), false, 4, T0.plusSeconds(3600));
        Round anonymous = new Round(ANONYMOUS_ROUND, "SRC", CENTRE, "contact-centre", 9003, "2026 H2", RoundStatus.OPEN,
                LocalDate.of(2026, 11, 2), null, true, 3, T0.plusSeconds(7200));
        List<Answer> first = List.of(Answer.of("strategy-leader", "2"), Answer.notApplicable("data-research"),
                new Answer("people-training", "4", false, "Line one, \"quoted\"\nline two"));
        List<Answer> second = List.of(Answer.of("strategy-leader", "5"));
        List<Response> responses = List.of(
                new Response(UUID.randomUUID().toString(), "SRC", NAMED_ROUND, SET_V2, "key-ann", 1,
                        T0.plusSeconds(4000), first),
                new Response(UUID.randomUUID().toString(), "SRC", NAMED_ROUND, SET_V2, "key-ann", 2,
                        T0.plusSeconds(5000), second),
                new Response(UUID.randomUUID().toString(), "SRC", NAMED_ROUND, SET_V2, "key-bob", 1,
                        T0.plusSeconds(4500), second),
                new Response(UUID.randomUUID().toString(), "SRC", ANONYMOUS_ROUND, 9003, null, 1,
                        Instant.parse("2026-11-03T00:00:00Z"), List.of(Answer.of("alignment", "3"))));
        List<Participant> participants = List.of(new Participant(NAMED_ROUND, "key-ann", T0.plusSeconds(4000)),
                new Participant(NAMED_ROUND, "key-bob", T0.plusSeconds(4500)),
                new Participant(ANONYMOUS_ROUND, "key-ann", Instant.parse("2026-11-03T10:11:12Z")));
        List<AuditEntry> audit = List.of(
                new AuditEntry(1, "SRC", T0.plusSeconds(10), "key-admin", "department.create", "sales", "Sales"),
                new AuditEntry(2, "SRC", T0.plusSeconds(20), "key-admin", "round.open", "sales · 2026 H1", "v2"));
        return new SpaceArchive(Optional.of(new SpaceSettings("SRC", ResultsVisibility.GROUPS,
                List.of("cx-leadership", "board"), 4, Language.UK)), List.of(v1, v2, c1), List.of(sales, contact),
                List.of(named, anonymous), responses, participants, owners, initiatives, audit);
    }

    private static List<BlockOwner> twoOwners() {
        return List.of(new BlockOwner(1, "SRC", "six-blocks", "strategy", "key-ann"),
                new BlockOwner(2, "SRC", "six-blocks", "people", "key-bob"));
    }

    @Test
    @NonTransactional
    public void everyPartIsStoredWithNewIdsAndItsLinksMapped() {
        String space = freshSpace();
        assertFalse(data().hasData(space));
        data().store(space, archive(twoOwners()));
        assertTrue(data().hasData(space));

        List<StoredQuestionSet> versions = data().setVersions(space);
        assertEquals(3, versions.size());
        StoredQuestionSet v2 = sets().latest(space, "six-blocks").orElseThrow();
        assertEquals(2, v2.version());
        assertEquals("the definition is stored exactly", QuestionSetReader.withVersion(
                CATALOG.find("six-blocks").orElseThrow().json(), 2), v2.definition());
        assertEquals("key-admin", v2.publishedBy());
        assertEquals(T0.plusSeconds(60), v2.publishedAt());

        Department sales = departments().findByKey(space, "sales").orElseThrow();
        assertEquals(new Department(sales.id(), space, "sales", "Продажи, «Sales»", "six-blocks", true, 9, 6,
                "cx-leadership"), sales);
        Round named = rounds().listForDepartment(space, sales.id()).get(0);
        assertEquals(v2.id(), named.setVersionId());
        assertEquals("2026 H1", named.name());
        assertEquals(RoundStatus.CLOSED, named.status());
        assertEquals(LocalDate.of(2026, 3, 30), named.closesOn());
        assertEquals(4, named.minGroupSize());
        assertEquals(T0.plusSeconds(3600), named.createdAt());

        List<Response> all = data().responses(named.id(), false);
        assertEquals(3, all.size());
        List<Response> latest = data().responses(named.id(), true);
        assertEquals("the latest revision of each respondent", 2, latest.size());
        Response ann = responses().current(space, named.id(), "key-ann").orElseThrow();
        assertEquals(2, ann.revision());
        Response annFirst = all.stream().filter(r -> r.revision() == 1 && "key-ann".equals(r.respondent()))
                .findFirst().orElseThrow();
        assertEquals("Line one, \"quoted\"\nline two", annFirst.answer("people-training").orElseThrow().comment());
        assertTrue(annFirst.answer("data-research").orElseThrow().notApplicable());
        assertEquals(v2.id(), annFirst.setVersionId());
        assertEquals(2, responses().latestAnswerSheets(named.id()).size());
        assertEquals(2, responses().countRespondents(named.id()));

        Department centre = departments().findByKey(space, "contact-centre").orElseThrow();
        assertNull(centre.respondentGroup());
        Round anonymous = rounds().listForDepartment(space, centre.id()).get(0);
        assertTrue(anonymous.anonymous());
        assertNull(anonymous.closesOn());
        Response anonymousResponse = data().responses(anonymous.id(), true).get(0);
        assertNull("no respondent in an anonymous round", anonymousResponse.respondent());
        assertEquals(Instant.parse("2026-11-03T10:11:12Z"), responses().participatedAt(anonymous.id(), "key-ann")
                .orElseThrow());
        assertEquals(List.of(new Participant(named.id(), "key-ann", T0.plusSeconds(4000)),
                new Participant(named.id(), "key-bob", T0.plusSeconds(4500))), data().participants(named.id()));

        assertEquals(List.of("strategy key-ann", "people key-bob"), owners().list(space).stream()
                .map(o -> o.blockKey() + " " + o.userKey()).toList());
        SpaceSettings s = settings().find(space).orElseThrow();
        assertEquals(ResultsVisibility.GROUPS, s.visibility());
        assertEquals(List.of("cx-leadership", "board"), s.groups());
        assertEquals(Language.UK, s.defaultLanguage());
        List<AuditEntry> trail = data().auditTrail(space);
        assertEquals(List.of("department.create", "round.open"), trail.stream().map(AuditEntry::action).toList());
        assertEquals(T0.plusSeconds(20), trail.get(1).at());
        assertEquals("sales · 2026 H1", trail.get(1).subject());

        List<Initiative> roadmap = initiatives().list(space);
        assertEquals("in the archive's order", List.of("<b>Ambition</b> «CX» 🙂 '; --", "CX academy",
                "One customer view"), roadmap.stream().map(Initiative::title).toList());
        List<Initiative> expected = threeInitiatives();
        for (int i = 0; i < expected.size(); i++) {
            Initiative stored = roadmap.get(i);
            assertTrue("a new id", stored.id() > 0 && stored.id() < 6001);
            Initiative source = expected.get(i);
            assertEquals("every field as archived, version included", new Initiative(stored.id(), space,
                    source.setKey(), source.blockKey(), source.departmentKey(), source.title(), source.description(),
                    source.horizon(), source.ownerKey(), source.status(), source.targetStage(), source.dueOn(),
                    source.progress(), source.link(), source.source(), source.sourceRef(), source.version(),
                    source.createdAt(), source.createdBy(), source.updatedAt(), source.doneAt()), stored);
        }
        assertEquals(3, initiatives().count(space));
    }

    @Test
    @NonTransactional
    public void anImportedInitiativeTakesAChangeAtItsVersionAndRefusesAnOlderOne() throws Exception {
        String space = freshSpace();
        data().store(space, archive(twoOwners()));
        Initiative ambition = initiatives().list(space).get(0);
        assertEquals(3, ambition.version());

        for (int stale : new int[]{1, 2, 4}) {
            try {
                initiatives().update(retitled(ambition, "stale " + stale), stale);
                fail("a change on version " + stale + " of an initiative at version 3");
            } catch (ConflictException expected) {
                // refused
            }
        }
        assertEquals(Optional.of(ambition), initiatives().find(space, ambition.id()));

        Initiative changed = initiatives().update(retitled(ambition, "Ambition, agreed"), 3);
        assertEquals(4, changed.version());
        assertEquals("Ambition, agreed", initiatives().find(space, ambition.id()).orElseThrow().title());
        try {
            initiatives().update(retitled(ambition, "a second change on version 3"), 3);
            fail("version 3 is gone");
        } catch (ConflictException expected) {
            // refused
        }
        assertEquals(5, initiatives().update(retitled(changed, "Ambition, published"), 4).version());

        // Writers on the imported version of another initiative at the same moment: exactly one wins.
        Initiative view = initiatives().list(space).get(2);
        assertEquals(7, view.version());
        List<AtOnce.Outcome<Initiative>> outcomes = AtOnce.run(4, n -> () -> initiatives().update(
                retitled(view, "by writer " + n), 7));
        assertEquals("exactly one writer wins", 1, outcomes.stream().filter(o -> o.error == null).count());
        for (AtOnce.Outcome<Initiative> o : outcomes) {
            if (o.error != null && !(o.error instanceof ConflictException)) {
                throw new AssertionError("a losing writer gets a conflict", o.error);
            }
        }
        assertEquals(8, initiatives().find(space, view.id()).orElseThrow().version());
    }

    private static Initiative retitled(Initiative i, String title) {
        return new Initiative(i.id(), i.spaceKey(), i.setKey(), i.blockKey(), i.departmentKey(), title,
                i.description(), i.horizon(), i.ownerKey(), i.status(), i.targetStage(), i.dueOn(), i.progress(),
                i.link(), i.source(), i.sourceRef(), i.version(), i.createdAt(), i.createdBy(), i.updatedAt(),
                i.doneAt());
    }

    @Test
    @NonTransactional
    public void aFailureOnTheLastInitiativeStoresNothing() {
        String space = freshSpace();
        List<Initiative> initiatives = new ArrayList<>(threeInitiatives());
        // The very last row written: an initiative of a department the archive does not hold.
        initiatives.add(initiative(6004, "metrics", "gone", "Orphan", 2));
        try {
            data().store(space, archive(twoOwners(), initiatives));
            fail("an initiative of a department the archive lacks must fail the import");
        } catch (IllegalArgumentException expected) {
            // the whole import is rolled back
        }
        assertNothingStored(space);
        data().store(space, archive(twoOwners()));
        assertEquals(3, initiatives().list(space).size());
    }

    @Test
    @NonTransactional
    public void aSpaceWithAnInitiativeOfItsOwnHasData() {
        String space = freshSpace();
        initiatives().create(new Initiative(0, space, "six-blocks", "strategy", null, "Our own", null,
                Horizon.MONTHS_6, null, InitiativeStatus.PLANNED, null, null, 0, null, InitiativeSource.MANUAL, null, 1,
                T0, "key-admin", T0, null));
        assertTrue(data().hasData(space));
        try {
            data().store(space, archive(List.of()));
            fail("the space has a roadmap of its own");
        } catch (ConflictException expected) {
            // refused
        }
        assertEquals(1, initiatives().count(space));
    }

    @Test
    @NonTransactional
    public void aSpaceWithBlockOwnersOfItsOwnHasData() {
        String space = freshSpace();
        owners().add(space, "six-blocks", "strategy", "key-admin");
        assertTrue("owners are the space's own data: an import would mix them", data().hasData(space));
        try {
            data().store(space, archive(List.of()));
            fail("the space has block owners of its own");
        } catch (ConflictException expected) {
            // refused
        }
        assertEquals(1, owners().list(space).size());
    }

    private void assertNothingStored(String space) {
        assertFalse(data().hasData(space));
        assertEquals(List.of(), data().setVersions(space));
        assertEquals(List.of(), departments().list(space));
        assertEquals(List.of(), owners().list(space));
        assertEquals(List.of(), initiatives().list(space));
        assertEquals(List.of(), data().auditTrail(space));
        assertEquals(Optional.empty(), settings().find(space));
    }

    @Test
    @NonTransactional
    public void aSpaceWithDataIsRefusedAndKeepsWhatItHas() {
        String space = freshSpace();
        data().store(space, archive(twoOwners()));
        try {
            data().store(space, archive(List.of()));
            fail("a second import into the same space");
        } catch (ConflictException expected) {
            // refused
        }
        assertEquals(2, departments().list(space).size());
        assertEquals(3, data().setVersions(space).size());
    }

    @Test
    @NonTransactional
    public void aBrokenUniqueKeyStoresNothing() {
        String space = freshSpace();
        List<BlockOwner> owners = new ArrayList<>(twoOwners());
        // The last owner row written: the same person owning the same block again breaks the unique key.
        owners.add(new BlockOwner(3, "SRC", "six-blocks", "people", "key-bob"));
        try {
            data().store(space, archive(owners));
            fail("a duplicate owner must fail the import");
        } catch (ConflictException expected) {
            // the whole import is rolled back
        }
        assertNothingStored(space);
        // and the space takes a good archive afterwards
        data().store(space, archive(twoOwners()));
        assertEquals(2, owners().list(space).size());
    }

    @Test
    @NonTransactional
    public void builtInSetsTheProductInstalledByItselfDoNotCountAndAreReplaced() {
        String space = freshSpace();
        BuiltInCatalog.Entry six = CATALOG.find("six-blocks").orElseThrow();
        BuiltInCatalog.Entry checklist = CATALOG.find("cx-checklist").orElseThrow();
        sets().save(space, six.set(), six.json(), "system", Instant.parse("2026-01-01T00:00:00Z"));
        sets().save(space, checklist.set(), checklist.json(), "system", Instant.parse("2026-01-01T00:00:00Z"));
        assertFalse("installed on first use, not the space's own data", data().hasData(space));

        data().store(space, archive(twoOwners()));
        List<StoredQuestionSet> versions = data().setVersions(space);
        assertEquals("the archive's six-blocks v1 replaced the installed one; the checklist stays", List.of(
                "cx-checklist v1 system", "six-blocks v1 system", "six-blocks v2 key-admin", "contact-centre v1 system"),
                versions.stream().map(v -> v.key() + " v" + v.version() + " " + v.publishedBy()).toList());
        assertEquals(T0, sets().latest(space, "contact-centre").orElseThrow().publishedAt());
    }

    @Test
    @NonTransactional
    public void aVersionAnAdminPublishedCountsAsData() {
        String space = freshSpace();
        BuiltInCatalog.Entry six = CATALOG.find("six-blocks").orElseThrow();
        sets().save(space, six.set(), six.json(), "key-admin", Instant.parse("2026-01-01T00:00:00Z"));
        assertTrue(data().hasData(space));
    }
}
