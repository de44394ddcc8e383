package io.cxmaturity.persistence;

import io.cxmaturity.catalog.BuiltInCatalog;
import io.cxmaturity.catalog.QuestionSetReader;
import io.cxmaturity.domain.StoredQuestionSet;
import io.cxmaturity.port.ConflictException;
import io.cxmaturity.port.QuestionSetRepository;
import io.cxmaturity.testing.AtOnce;
import io.cxmaturity.testing.Definitions;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * What every {@link QuestionSetRepository} must do, run against the in-memory fake and against Active Objects
 * on each database: a stored version reads back exactly as published, the latest is the highest version, a
 * version number is taken once per set and space, and another space sees none of it; a set is archived once
 * per space and restored, seen by every node. Each test uses its own spaces, so committed rows never
 * interfere.
 */
public abstract class QuestionSetRepositoryContract {
    protected abstract QuestionSetRepository questionSets();

    protected abstract String freshSpace();

    /**
     * A second repository over the same storage, as another node of a cluster has it: nothing it returns can
     * come from the first one's memory. The fake has only one.
     */
    protected QuestionSetRepository anotherNode() {
        return questionSets();
    }

    private final QuestionSetReader reader = new QuestionSetReader();
    private final Instant at = Instant.parse("2026-11-20T10:15:30.123Z");

    private static String weighted(int version) {
        return Definitions.weighted().replace("\"version\":1", "\"version\":" + version);
    }

    private StoredQuestionSet save(String space, String definition, String by, Instant when) {
        return questionSets().save(space, reader.read(definition), definition, by, when);
    }

    private static void assertSameVersion(StoredQuestionSet expected, StoredQuestionSet actual) {
        assertEquals(expected.id(), actual.id());
        assertEquals(expected.spaceKey(), actual.spaceKey());
        assertEquals(expected.key(), actual.key());
        assertEquals(expected.version(), actual.version());
        assertEquals(expected.definition(), actual.definition());
        assertEquals(expected.publishedAt(), actual.publishedAt());
        assertEquals(expected.publishedBy(), actual.publishedBy());
    }

    @Test
    @NonTransactional
    public void savedVersionIsReadBackByIdAndAsLatestWithItsDefinitionAndPublisher() {
        String space = freshSpace();
        String definition = weighted(1);
        StoredQuestionSet stored = save(space, definition, "key-ann", at);

        assertTrue(stored.id() > 0);
        assertEquals(space, stored.spaceKey());
        StoredQuestionSet found = questionSets().find(space, stored.id()).orElseThrow();
        assertSameVersion(stored, found);
        assertEquals("weighted", found.key());
        assertEquals(1, found.version());
        assertEquals(definition, found.definition());
        assertEquals(at, found.publishedAt());
        assertEquals(at.toEpochMilli(), found.publishedAt().toEpochMilli());
        assertEquals("key-ann", found.publishedBy());
        assertEquals(List.of("a1", "a2", "b1", "b2", "b3", "note"),
                found.set().questions().stream().map(q -> q.key()).toList());
        assertSameVersion(stored, questionSets().latest(space, "weighted").orElseThrow());

        QuestionSetRepository node = anotherNode();
        StoredQuestionSet read = node.find(space, stored.id()).orElseThrow();
        assertSameVersion(stored, read);
        assertEquals(List.of("a1", "a2", "b1", "b2", "b3", "note"),
                read.set().questions().stream().map(q -> q.key()).toList());
        assertSameVersion(stored, anotherNode().latest(space, "weighted").orElseThrow());
        assertSameVersion(stored, anotherNode().latestOfEach(space).get(0));
    }

    @Test
    @NonTransactional
    public void builtInDefinitionWithCyrillicTextIsStoredCharacterForCharacter() {
        String space = freshSpace();
        BuiltInCatalog.Entry sixBlocks = new BuiltInCatalog().find(BuiltInCatalog.FLAGSHIP).orElseThrow();
        StoredQuestionSet stored = questionSets().save(space, sixBlocks.set(), sixBlocks.json(), "system", at);

        StoredQuestionSet found = anotherNode().find(space, stored.id()).orElseThrow();
        assertEquals(sixBlocks.json(), found.definition());
        assertEquals("six-blocks", found.key());
        assertEquals(19, found.set().scoredQuestions().size());
        assertEquals("system", found.publishedBy());
        assertEquals(sixBlocks.json(), anotherNode().latest(space, "six-blocks").orElseThrow().definition());
    }

    @Test
    @NonTransactional
    public void latestIsTheHighestVersionWhateverTheOrderOfPublishing() {
        String space = freshSpace();
        StoredQuestionSet v1 = save(space, weighted(1), "key-ann", at);
        StoredQuestionSet v3 = save(space, weighted(3), "key-bob", at.plusSeconds(60));
        StoredQuestionSet v2 = save(space, weighted(2), "key-cleo", at.plusSeconds(120));

        StoredQuestionSet latest = anotherNode().latest(space, "weighted").orElseThrow();
        assertSameVersion(v3, latest);
        assertEquals(3, latest.version());
        assertEquals("key-bob", latest.publishedBy());
        assertEquals(1, questionSets().find(space, v1.id()).orElseThrow().version());
        assertEquals(2, questionSets().find(space, v2.id()).orElseThrow().version());
        assertFalse(questionSets().latest(space, "no-such-set").isPresent());
    }

    @Test
    @NonTransactional
    public void latestOfEachGivesTheHighestVersionOfEverySetOnce() {
        String space = freshSpace();
        save(space, weighted(1), "key-ann", at);
        StoredQuestionSet weighted2 = save(space, weighted(2), "key-ann", at.plusSeconds(1));
        BuiltInCatalog.Entry sixBlocks = new BuiltInCatalog().find("six-blocks").orElseThrow();
        StoredQuestionSet six = questionSets().save(space, sixBlocks.set(), sixBlocks.json(), "system", at);

        List<StoredQuestionSet> latest = anotherNode().latestOfEach(space);
        assertEquals(2, latest.size());
        Map<String, StoredQuestionSet> byKey = latest.stream()
                .collect(Collectors.toMap(StoredQuestionSet::key, s -> s));
        assertSameVersion(weighted2, byKey.get("weighted"));
        assertSameVersion(six, byKey.get("six-blocks"));
        assertTrue(questionSets().latestOfEach(freshSpace()).isEmpty());
    }

    @Test
    @NonTransactional
    public void secondVersionWithTheSameNumberConflictsAndStoresNothing() {
        String space = freshSpace();
        StoredQuestionSet first = save(space, weighted(1), "key-ann", at);
        try {
            save(space, weighted(1), "key-bob", at.plusSeconds(5));
            fail("the same version of the same set twice in a space must conflict");
        } catch (ConflictException expected) {
            // two admins published at once: one of them lost
        }
        List<StoredQuestionSet> latest = anotherNode().latestOfEach(space);
        assertEquals(1, latest.size());
        assertSameVersion(first, latest.get(0));
        assertSameVersion(first, anotherNode().latest(space, "weighted").orElseThrow());
        assertEquals("key-ann", anotherNode().find(space, first.id()).orElseThrow().publishedBy());
        assertEquals("key-ann", questionSets().latest(space, "weighted").orElseThrow().publishedBy());
    }

    @Test
    @NonTransactional
    public void theSameVersionNumberInAnotherSpaceIsNoConflict() {
        String space = freshSpace();
        String other = freshSpace();
        StoredQuestionSet mine = save(space, weighted(1), "key-ann", at);
        StoredQuestionSet theirs = save(other, weighted(1), "key-bob", at);

        assertNotEquals(mine.id(), theirs.id());
        assertEquals("key-ann", questionSets().latest(space, "weighted").orElseThrow().publishedBy());
        assertEquals("key-bob", questionSets().latest(other, "weighted").orElseThrow().publishedBy());
    }

    @Test
    @NonTransactional
    public void versionsOfAnotherSpaceAreInvisible() {
        String space = freshSpace();
        StoredQuestionSet stored = save(space, weighted(1), "key-ann", at);
        String other = freshSpace();

        assertFalse(questionSets().find(other, stored.id()).isPresent());
        assertFalse(anotherNode().find(other, stored.id()).isPresent());
        assertFalse(questionSets().latest(other, "weighted").isPresent());
        assertTrue(questionSets().latestOfEach(other).isEmpty());
        assertFalse(questionSets().find(space, 0).isPresent());
        assertFalse(questionSets().find(space, -1).isPresent());
        assertFalse(questionSets().find(space, Long.MAX_VALUE).isPresent());
        assertFalse(questionSets().find(space, stored.id() + 1_000_000).isPresent());
    }

    @Test
    @NonTransactional
    public void archivedSetsAreListedPerSpaceUntilRestoredAndTheirVersionsStayReadable() {
        String space = freshSpace();
        String other = freshSpace();
        StoredQuestionSet stored = save(space, weighted(1), "key-ann", at);
        assertEquals(Set.of(), questionSets().archivedKeys(space));

        assertTrue(questionSets().archive(space, "weighted", "key-ann", at));
        assertTrue(questionSets().archive(space, "six-blocks", "key-ann", at));
        assertFalse("archiving twice changes nothing", questionSets().archive(space, "weighted", "key-bob", at));
        assertEquals(Set.of("six-blocks", "weighted"), anotherNode().archivedKeys(space));
        assertEquals(Set.of(), anotherNode().archivedKeys(other));
        assertSameVersion(stored, anotherNode().find(space, stored.id()).orElseThrow());
        assertSameVersion(stored, anotherNode().latest(space, "weighted").orElseThrow());

        assertFalse("restoring in another space changes nothing", questionSets().restore(other, "weighted"));
        assertTrue(anotherNode().restore(space, "weighted"));
        assertFalse(questionSets().restore(space, "weighted"));
        assertEquals(Set.of("six-blocks"), questionSets().archivedKeys(space));
        assertTrue(questionSets().archive(space, "weighted", "key-cleo", at));
        assertEquals(Set.of("six-blocks", "weighted"), questionSets().archivedKeys(space));
    }

    @Test
    @NonTransactional
    public void archivingTheSameSetFromManyRequestsAtOnceArchivesItOnceAndFailsNone() throws Exception {
        for (int attempt = 0; attempt < 3; attempt++) {
            String space = freshSpace();
            List<AtOnce.Outcome<Boolean>> outcomes = AtOnce.run(5,
                    i -> () -> questionSets().archive(space, "weighted", "key-" + i, at));

            AtOnce.assertNoErrors(outcomes);
            assertEquals("one request archived it", 1, outcomes.stream().filter(o -> o.value).count());
            assertEquals(Set.of("weighted"), anotherNode().archivedKeys(space));
        }
    }
}
