package io.cxmaturity.fake;

import io.cxmaturity.domain.Draft;
import io.cxmaturity.port.DraftRepository;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Drafts in memory. */
public final class InMemoryDraftRepository implements DraftRepository {
    private final Map<String, Draft> drafts = new HashMap<>();

    @Override
    public synchronized Optional<Draft> find(long roundId, String userKey) {
        return Optional.ofNullable(drafts.get(roundId + "|" + userKey));
    }

    @Override
    public synchronized void save(Draft draft) {
        drafts.put(draft.roundId() + "|" + draft.userKey(), draft);
    }

    @Override
    public synchronized void delete(long roundId, String userKey) {
        drafts.remove(roundId + "|" + userKey);
    }
}
