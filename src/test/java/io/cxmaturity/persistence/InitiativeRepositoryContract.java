package io.cxmaturity.persistence;

import io.cxmaturity.domain.Horizon;
import io.cxmaturity.domain.Initiative;
import io.cxmaturity.domain.InitiativeSource;
import io.cxmaturity.domain.InitiativeStatus;
import io.cxmaturity.port.ConflictException;
import io.cxmaturity.port.InitiativeRepository;
import io.cxmaturity.testing.AtOnce;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * What every {@link InitiativeRepository} must do, run against the in-memory fake and against Active Objects
 * on each database: every field comes back as stored (long and hostile text too), initiatives are listed per
 * space in the order they were created, a change is stored only on the version it was read at (of two
 * writers on one version exactly one wins, also when they write at the same moment), and nothing crosses
 * spaces.
 */
public abstract class InitiativeRepositoryContract {
    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");

    protected abstract InitiativeRepository initiatives();

    protected abstract String freshSpace();

    private static Initiative initiative(String space, String title) {
        return new Initiative(0, space, "six-blocks", "strategy", "customer-service", title,
                "Agree the ambition.\nThen name a sponsor.", Horizon.MONTHS_6, "key-ann", InitiativeStatus.PLANNED, 2,
                LocalDate.of(2027, 3, 31), 0, "https://wiki.example.com/display/CX/Ambition", InitiativeSource.TEMPLATE,
                "template:cx-ambition", 1, T0, "key-boss", T0, null);
    }

    private static Initiative changed(Initiative i, String title, InitiativeStatus status, int progress, Instant at,
                                      Instant doneAt) {
        return new Initiative(i.id(), i.spaceKey(), i.setKey(), "people", null, title, null, Horizon.MONTHS_24, null,
                status, null, null, progress, null, i.source(), i.sourceRef(), i.version(), i.createdAt(),
                i.createdBy(), at, doneAt);
    }

    @Test
    @NonTransactional
    public void everyFieldIsKeptAndInitiativesAreListedInTheOrderTheyWereCreated() {
        String space = freshSpace();
        String hostile = "<script>alert('x')</script> Персоны 🙂 '; DROP TABLE x; --";
        Initiative first = initiatives().create(initiative(space, hostile));
        Initiative long4000 = initiative(space, "t".repeat(200));
        long4000 = new Initiative(0, space, "cx-programme", "voc", null, long4000.title(), "д".repeat(4000),
                Horizon.MONTHS_24, null, InitiativeStatus.DONE, null, null, 100, "/" + "p".repeat(499),
                InitiativeSource.MANUAL, null, 1, T0, "key-boss", T0.plusSeconds(5), T0.plusSeconds(5));
        Initiative second = initiatives().create(long4000);
        initiatives().create(initiative(freshSpace(), "elsewhere"));

        assertTrue(first.id() > 0);
        assertEquals(1, first.version());
        assertEquals(initiative(space, hostile).withId(first.id()), first);
        assertEquals(long4000.withId(second.id()), second);
        assertEquals(List.of(first, second), initiatives().list(space));
        assertEquals(Optional.of(second), initiatives().find(space, second.id()));
        assertEquals(2, initiatives().count(space));
        assertEquals(0, initiatives().count(freshSpace()));
    }

    @Test
    @NonTransactional
    public void aChangeIsStoredAsTheNextVersionAndKeepsWhenAndByWhomItWasCreated() {
        String space = freshSpace();
        Initiative stored = initiatives().create(initiative(space, "Personas"));
        Instant later = T0.plusSeconds(3600);

        Initiative done = initiatives().update(changed(stored, "Personas for B2B", InitiativeStatus.DONE, 100, later,
                later), 1);

        Initiative expected = new Initiative(stored.id(), space, "six-blocks", "people", null, "Personas for B2B", null,
                Horizon.MONTHS_24, null, InitiativeStatus.DONE, null, null, 100, null, InitiativeSource.TEMPLATE,
                "template:cx-ambition", 2, T0, "key-boss", later, later);
        assertEquals(expected, done);
        assertEquals(Optional.of(expected), initiatives().find(space, stored.id()));
        Initiative again = initiatives().update(changed(done, "Personas for B2C", InitiativeStatus.IN_PROGRESS, 60,
                later.plusSeconds(60), null), 2);
        assertEquals(3, again.version());
        assertNull(again.doneAt());
        assertEquals(60, initiatives().find(space, stored.id()).orElseThrow().progress());
    }

    @Test
    @NonTransactional
    public void aChangeMadeOnAnOlderVersionIsRefusedAndChangesNothing() {
        String space = freshSpace();
        Initiative stored = initiatives().create(initiative(space, "Journey maps"));
        Initiative v = stored;
        for (int n = 1; n <= 4; n++) {
            v = initiatives().update(changed(v, "Journey maps " + n, InitiativeStatus.IN_PROGRESS, n * 10,
                    T0.plusSeconds(n), null), n);
        }
        assertEquals(5, v.version());
        for (int stale : new int[]{1, 2, 4, 6}) {
            try {
                initiatives().update(changed(stored, "stale " + stale, InitiativeStatus.DROPPED, 0, T0, null), stale);
                fail("a change on version " + stale + " is refused");
            } catch (ConflictException expected) {
                // refused
            }
        }
        assertEquals(Optional.of(v), initiatives().find(space, stored.id()));
    }

    @Test
    @NonTransactional
    public void ofWritersOnTheSameVersionAtTheSameMomentExactlyOneWins() throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            String space = freshSpace();
            Initiative stored = initiatives().create(initiative(space, "VoC programme"));
            List<AtOnce.Outcome<Initiative>> outcomes = AtOnce.run(6, n -> () -> initiatives().update(
                    changed(stored, "by writer " + n, InitiativeStatus.IN_PROGRESS, n, T0.plusSeconds(n), null), 1));

            long won = outcomes.stream().filter(o -> o.error == null).count();
            assertEquals("exactly one writer wins", 1, won);
            for (AtOnce.Outcome<Initiative> o : outcomes) {
                if (o.error != null && !(o.error instanceof ConflictException)) {
                    throw new AssertionError("a losing writer gets a conflict", o.error);
                }
            }
            Initiative winner = outcomes.stream().filter(o -> o.error == null).findFirst().orElseThrow().value;
            assertEquals(2, winner.version());
            assertEquals(Optional.of(winner), initiatives().find(space, stored.id()));
        }
    }

    @Test
    @NonTransactional
    public void findChangeAndDeleteWorkOnlyInTheInitiativesOwnSpace() {
        String space = freshSpace();
        String other = freshSpace();
        Initiative mine = initiatives().create(initiative(space, "CX academy"));
        Initiative theirs = initiatives().create(initiative(other, "Their academy"));

        assertEquals(Optional.empty(), initiatives().find(other, mine.id()));
        assertFalse(initiatives().delete(other, mine.id()));
        Initiative foreign = new Initiative(mine.id(), other, "six-blocks", "strategy", null, "hijack", null,
                Horizon.MONTHS_6, null, InitiativeStatus.PLANNED, null, null, 0, null, InitiativeSource.MANUAL, null, 1,
                T0, "key-otto", T0, null);
        try {
            initiatives().update(foreign, 1);
            fail("another space cannot change it");
        } catch (ConflictException expected) {
            // refused
        }
        assertEquals(Optional.of(mine), initiatives().find(space, mine.id()));

        assertTrue(initiatives().delete(space, mine.id()));
        assertFalse("deleting twice changes nothing", initiatives().delete(space, mine.id()));
        assertEquals(Optional.empty(), initiatives().find(space, mine.id()));
        assertEquals(List.of(), initiatives().list(space));
        assertEquals(List.of(theirs), initiatives().list(other));
        try {
            initiatives().update(changed(mine, "after delete", InitiativeStatus.DONE, 100, T0, T0), 1);
            fail("a deleted initiative cannot be changed");
        } catch (ConflictException expected) {
            // refused
        }
        assertEquals(Optional.empty(), initiatives().find(space, 987654321L));
        assertEquals(Optional.empty(), initiatives().find(space, -1));
    }
}
