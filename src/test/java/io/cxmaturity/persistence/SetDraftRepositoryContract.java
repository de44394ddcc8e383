package io.cxmaturity.persistence;

import io.cxmaturity.catalog.BuiltInCatalog;
import io.cxmaturity.domain.SetDraft;
import io.cxmaturity.port.ConflictException;
import io.cxmaturity.port.SetDraftRepository;
import io.cxmaturity.testing.AtOnce;
import io.cxmaturity.testing.Definitions;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Test;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * What every {@link SetDraftRepository} must do, run against the in-memory fake and against Active Objects on
 * each database: a working copy reads back as saved, each save names the revision it replaces and a stale one
 * is refused, of several saves from the same revision at once exactly one succeeds, a cleared draft keeps
 * its count, and drafts are per set and per space.
 */
public abstract class SetDraftRepositoryContract {
    protected abstract SetDraftRepository drafts();

    protected abstract String freshSpace();

    private final Instant at = Instant.parse("2026-11-20T10:15:30.123Z");

    private void assertConflict(Runnable write) {
        try {
            write.run();
            fail("the write must conflict");
        } catch (ConflictException expected) {
            // another save came first
        }
    }

    @Test
    @NonTransactional
    public void firstSaveIsRevisionOneAndReadsBackExactly() {
        String space = freshSpace();
        assertFalse(drafts().find(space, "weighted").isPresent());
        String definition = Definitions.weighted();
        SetDraft saved = drafts().save(space, "weighted", 0, definition, "key-ann", at);

        assertEquals(new SetDraft(space, "weighted", 1, definition, "key-ann", at), saved);
        SetDraft found = drafts().find(space, "weighted").orElseThrow();
        assertEquals(saved, found);
        assertTrue(found.present());
        assertEquals(List.of(saved), drafts().list(space));
    }

    @Test
    @NonTransactional
    public void largeCyrillicDefinitionIsStoredCharacterForCharacter() {
        String space = freshSpace();
        String json = new BuiltInCatalog().find(BuiltInCatalog.FLAGSHIP).orElseThrow().json();
        drafts().save(space, "six-blocks", 0, json, "key-ann", at);
        SetDraft found = drafts().find(space, "six-blocks").orElseThrow();
        assertEquals(json, found.definition());
        assertTrue("over 50,000 characters", json.length() > 50_000);
    }

    @Test
    @NonTransactional
    public void eachSaveReplacesTheRevisionItNamesAndAStaleOneIsRefused() {
        String space = freshSpace();
        drafts().save(space, "weighted", 0, "{\"v\":1}", "key-ann", at);
        SetDraft second = drafts().save(space, "weighted", 1, "{\"v\":2}", "key-bob", at.plusSeconds(60));
        assertEquals(2, second.revision());

        assertConflict(() -> drafts().save(space, "weighted", 1, "{\"v\":\"stale\"}", "key-ann", at.plusSeconds(90)));
        assertConflict(() -> drafts().save(space, "weighted", 0, "{\"v\":\"new\"}", "key-cleo", at.plusSeconds(90)));
        assertConflict(() -> drafts().save(space, "weighted", 7, "{\"v\":\"future\"}", "key-cleo", at.plusSeconds(90)));
        SetDraft found = drafts().find(space, "weighted").orElseThrow();
        assertEquals(second, found);
        assertEquals("{\"v\":2}", found.definition());
        assertEquals("key-bob", found.updatedBy());
        assertEquals(at.plusSeconds(60), found.updatedAt());
        assertEquals(List.of(second), drafts().list(space));
    }

    @Test
    @NonTransactional
    public void ofManySavesFromTheSameRevisionAtOnceExactlyOneWins() throws Exception {
        for (int attempt = 0; attempt < 3; attempt++) {
            String space = freshSpace();
            drafts().save(space, "weighted", 0, "{\"v\":0}", "key-ann", at);
            List<AtOnce.Outcome<SetDraft>> outcomes = AtOnce.run(5,
                    i -> () -> drafts().save(space, "weighted", 1, "{\"v\":" + (i + 1) + "}", "key-" + i, at));

            List<SetDraft> won = outcomes.stream().filter(o -> o.error == null).map(o -> o.value)
                    .collect(Collectors.toList());
            assertEquals("exactly one save from revision 1 succeeds", 1, won.size());
            for (AtOnce.Outcome<SetDraft> o : outcomes) {
                if (o.error != null && !(o.error instanceof ConflictException)) {
                    throw new AssertionError("a losing save must conflict", o.error);
                }
            }
            assertEquals(won.get(0), drafts().find(space, "weighted").orElseThrow());
            assertEquals(2, won.get(0).revision());
        }
    }

    @Test
    @NonTransactional
    public void clearingKeepsTheCountSoAnEditorLeftOpenCannotSaveOverTheNextDraft() {
        String space = freshSpace();
        drafts().save(space, "weighted", 0, "{\"v\":1}", "key-ann", at);
        drafts().save(space, "weighted", 1, "{\"v\":2}", "key-ann", at);
        SetDraft cleared = drafts().clear(space, "weighted", 2, "key-bob", at.plusSeconds(5));

        assertEquals(3, cleared.revision());
        assertFalse(cleared.present());
        assertNull(cleared.definition());
        SetDraft found = drafts().find(space, "weighted").orElseThrow();
        assertEquals(cleared, found);
        assertTrue("a cleared draft is not listed", drafts().list(space).isEmpty());

        SetDraft next = drafts().save(space, "weighted", 3, "{\"v\":\"next\"}", "key-cleo", at.plusSeconds(9));
        assertEquals(4, next.revision());
        assertConflict(() -> drafts().save(space, "weighted", 2, "{\"v\":\"old tab\"}", "key-ann", at));
        assertConflict(() -> drafts().clear(space, "weighted", 3, "key-ann", at));
        assertEquals(List.of(next), drafts().list(space));
    }

    @Test
    @NonTransactional
    public void draftsArePerSetAndPerSpaceAndListedByKey() {
        String space = freshSpace();
        String other = freshSpace();
        SetDraft weighted = drafts().save(space, "weighted", 0, "{\"w\":1}", "key-ann", at);
        SetDraft copy = drafts().save(space, "a-copy", 0, "{\"c\":1}", "key-ann", at);
        drafts().save(other, "weighted", 0, "{\"o\":1}", "key-otto", at);
        drafts().save(space, "gone", 0, "{\"g\":1}", "key-ann", at);
        drafts().clear(space, "gone", 1, "key-ann", at);

        assertEquals(List.of(copy, weighted), drafts().list(space));
        assertEquals("{\"o\":1}", drafts().find(other, "weighted").orElseThrow().definition());
        assertEquals("{\"w\":1}", drafts().find(space, "weighted").orElseThrow().definition());
        assertFalse(drafts().find(freshSpace(), "weighted").isPresent());
        assertTrue(drafts().list(freshSpace()).isEmpty());
        assertConflict(() -> drafts().clear(other, "weighted", 0, "key-ann", at));
        assertEquals("{\"o\":1}", drafts().find(other, "weighted").orElseThrow().definition());
    }
}
