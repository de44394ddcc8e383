package io.cxmaturity.fake;

import io.cxmaturity.persistence.InitiativeRepositoryContract;
import io.cxmaturity.port.InitiativeRepository;

import java.util.UUID;

/** The initiative fake keeps the Active Objects contract, so service tests that use it can be trusted. */
public class InMemoryInitiativeRepositoryTest extends InitiativeRepositoryContract {
    private final InMemoryInitiativeRepository initiatives = new InMemoryInitiativeRepository();

    @Override
    protected InitiativeRepository initiatives() {
        return initiatives;
    }

    @Override
    protected String freshSpace() {
        return "S" + UUID.randomUUID().toString().substring(0, 8);
    }
}
