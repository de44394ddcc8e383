package io.cxmaturity.persistence;

import io.cxmaturity.host.HostTableNames;
import io.cxmaturity.port.RoundRepository;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import io.cxmaturity.domain.Round;
import io.cxmaturity.domain.RoundStatus;
import io.cxmaturity.port.RoundChangedException;
import net.java.ao.DBParam;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.fail;

/** The round contract on Active Objects (H2 by default; PostgreSQL and MySQL with cx.test.db). */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(CxDatabaseUpdater.class)
@Jdbc(CxTestDatabase.class)
@NameConverters(table = HostTableNames.class, field = AtlassianFieldNameConverter.class)
public class AoRoundRepositoryTest extends RoundRepositoryContract {
    private EntityManager entityManager;
    private AoRoundRepository rounds;

    @Before
    public void setUp() {
        rounds = new AoRoundRepository(AoTestBase.activeObjects(entityManager));
    }

    @Override
    protected RoundRepository rounds() {
        return rounds;
    }

    @Override
    protected String freshSpace() {
        return AoTestBase.freshSpace();
    }

    /**
     * The service checks for respondents before switching anonymity, but a submission can land between its
     * check and the write: the write itself refuses once anyone took part, in the same transaction.
     */
    @Test
    @NonTransactional
    public void anonymityCannotBeSwitchedOnceSomeoneTookPartEvenIfTheCallerCheckedBefore() throws Exception {
        String space = freshSpace();
        Round named = rounds.create(new Round(0, space, 7, "six-blocks", 42, "2026 H1", RoundStatus.OPEN,
                LocalDate.of(2026, 1, 15), null, false, 5, Instant.parse("2026-01-15T08:00:00Z")));
        Round anonymous = new Round(named.id(), space, 7, "six-blocks", 42, "2026 H1", RoundStatus.OPEN,
                LocalDate.of(2026, 1, 15), null, true, 5, named.createdAt());
        entityManager.create(AoParticipant.class,
                new DBParam(AoParticipant.ROUND_ID, (int) named.id()),
                new DBParam(AoParticipant.USER_KEY, "key-ann"),
                new DBParam(AoParticipant.PARTICIPANT_KEY, named.id() + "|key-ann"),
                new DBParam(AoParticipant.SUBMITTED_AT, 1L));
        try {
            rounds.update(anonymous);
            fail("someone took part: anonymity is locked");
        } catch (RoundChangedException expected) {
            assertFalse(rounds.find(space, named.id()).orElseThrow().anonymous());
        }
        Round renamed = rounds.update(new Round(named.id(), space, 7, "six-blocks", 42, "2026 H1 (Sales)",
                RoundStatus.OPEN, LocalDate.of(2026, 1, 15), null, false, 5, named.createdAt()));
        assertEquals("other changes still go through", "2026 H1 (Sales)", renamed.name());
    }
}
