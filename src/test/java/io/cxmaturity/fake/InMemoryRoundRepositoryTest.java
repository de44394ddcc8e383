package io.cxmaturity.fake;

import io.cxmaturity.persistence.RoundRepositoryContract;
import io.cxmaturity.port.RoundRepository;

import java.util.UUID;

/** The round fake keeps the Active Objects contract, so service tests that use it can be trusted. */
public class InMemoryRoundRepositoryTest extends RoundRepositoryContract {
    private final InMemoryRoundRepository rounds = new InMemoryRoundRepository();

    @Override
    protected RoundRepository rounds() {
        return rounds;
    }

    @Override
    protected String freshSpace() {
        return "S" + UUID.randomUUID().toString().substring(0, 8);
    }
}
