package io.cxmaturity.fake;

import io.cxmaturity.persistence.ResponseRepositoryContract;
import io.cxmaturity.port.DraftRepository;
import io.cxmaturity.port.ResponseRepository;

import java.util.UUID;

/** The fake keeps the same contract as Active Objects, so service tests that use it can be trusted. */
public class InMemoryResponseRepositoryTest extends ResponseRepositoryContract {
    private final InMemoryDraftRepository drafts = new InMemoryDraftRepository();
    private final InMemoryResponseRepository responses = new InMemoryResponseRepository(drafts);

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
        return "S" + UUID.randomUUID().toString().substring(0, 8);
    }
}
