package io.cxmaturity.fake;

import io.cxmaturity.persistence.SetDraftRepositoryContract;
import io.cxmaturity.port.SetDraftRepository;

import java.util.UUID;

/** The set-draft fake keeps the Active Objects contract, so service tests that use it can be trusted. */
public class InMemorySetDraftRepositoryTest extends SetDraftRepositoryContract {
    private final InMemorySetDraftRepository drafts = new InMemorySetDraftRepository();

    @Override
    protected SetDraftRepository drafts() {
        return drafts;
    }

    @Override
    protected String freshSpace() {
        return "S" + UUID.randomUUID().toString().substring(0, 8);
    }
}
