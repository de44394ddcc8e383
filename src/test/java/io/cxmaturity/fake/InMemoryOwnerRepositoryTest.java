package io.cxmaturity.fake;

import io.cxmaturity.persistence.OwnerRepositoryContract;
import io.cxmaturity.port.OwnerRepository;

import java.util.UUID;

/** The owner fake keeps the Active Objects contract, so service tests that use it can be trusted. */
public class InMemoryOwnerRepositoryTest extends OwnerRepositoryContract {
    private final InMemoryOwnerRepository owners = new InMemoryOwnerRepository();

    @Override
    protected OwnerRepository owners() {
        return owners;
    }

    @Override
    protected String freshSpace() {
        return "S" + UUID.randomUUID().toString().substring(0, 8);
    }
}
