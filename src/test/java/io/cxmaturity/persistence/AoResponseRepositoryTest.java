package io.cxmaturity.persistence;

import io.cxmaturity.host.HostTableNames;
import io.cxmaturity.port.DraftRepository;
import io.cxmaturity.port.ResponseRepository;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import io.cxmaturity.domain.Answer;
import io.cxmaturity.domain.Response;
import io.cxmaturity.domain.Round;
import io.cxmaturity.domain.RoundStatus;
import io.cxmaturity.port.RoundChangedException;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/** The response contract on Active Objects (H2 by default; PostgreSQL and MySQL with cx.test.db). */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(CxDatabaseUpdater.class)
@Jdbc(CxTestDatabase.class)
@NameConverters(table = HostTableNames.class, field = AtlassianFieldNameConverter.class)

public class AoResponseRepositoryTest extends ResponseRepositoryContract {
    private EntityManager entityManager;
    private AoResponseRepository responses;
    private AoDraftRepository drafts;

    @Before
    public void setUp() {
        responses = new AoResponseRepository(AoTestBase.activeObjects(entityManager));
        drafts = new AoDraftRepository(AoTestBase.activeObjects(entityManager));
    }

    @Override
    protected ResponseRepository responses() {
        return responses;
    }

    @Override
    protected DraftRepository drafts() {
        return drafts;
    }

    @Override
    protected String freshSpace() {
        return AoTestBase.freshSpace();
    }

    /**
     * A submission read its round before its transaction: when the round was made anonymous or closed
     * meanwhile, nothing is stored (a name must never reach an anonymous round) and the caller learns why.
     */
    @Test
    @NonTransactional
    public void aSubmissionBasedOnARoundThatChangedMeanwhileStoresNothing() {
        String space = freshSpace();
        AoRoundRepository rounds = new AoRoundRepository(AoTestBase.activeObjects(entityManager));
        Round round = rounds.create(new Round(0, space, 7, "six-blocks", 42, "2026 H1", RoundStatus.OPEN,
                LocalDate.of(2026, 1, 15), null, true, 1, Instant.parse("2026-01-15T08:00:00Z")));
        List<Answer> answers = List.of(new Answer("strategy-leader", "3", false, null));
        Response named = new Response(UUID.randomUUID().toString(), space, round.id(), 42, "key-ann", 1,
                Instant.parse("2026-01-16T08:00:00Z"), answers);
        try {
            responses.submit(named, "key-ann");
            fail("the round is anonymous now: a named response must not be stored");
        } catch (RoundChangedException expected) {
            assertTrue(responses.latestAnswerSheets(round.id()).isEmpty());
            assertFalse(responses.participatedAt(round.id(), "key-ann").isPresent());
        }

        rounds.close(space, round.id(), LocalDate.of(2026, 1, 20));
        Response anonymous = new Response(UUID.randomUUID().toString(), space, round.id(), 42, null, 1,
                Instant.parse("2026-01-16T00:00:00Z"), answers);
        try {
            responses.submit(anonymous, "key-bob");
            fail("the round is closed");
        } catch (RoundChangedException expected) {
            assertTrue(responses.latestAnswerSheets(round.id()).isEmpty());
        }
    }
}
