package io.cxmaturity.fake;

import io.cxmaturity.domain.SetDraft;
import io.cxmaturity.port.ConflictException;
import io.cxmaturity.port.SetDraftRepository;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Working copies of question sets in memory, for service tests and the repository contract. */
public final class InMemorySetDraftRepository implements SetDraftRepository {
    private final Map<String, SetDraft> latest = new TreeMap<>();

    @Override
    public synchronized Optional<SetDraft> find(String spaceKey, String setKey) {
        return Optional.ofNullable(latest.get(spaceKey + "|" + setKey));
    }

    @Override
    public synchronized List<SetDraft> list(String spaceKey) {
        return latest.values().stream().filter(d -> d.spaceKey().equals(spaceKey) && d.present())
                .collect(Collectors.toList());
    }

    @Override
    public synchronized SetDraft save(String spaceKey, String setKey, int expectedRevision, String definition,
                                      String updatedBy, Instant at) {
        if (definition == null) {
            throw new IllegalArgumentException("a draft needs a definition; clear() empties it");
        }
        return write(spaceKey, setKey, expectedRevision, definition, updatedBy, at);
    }

    @Override
    public synchronized SetDraft clear(String spaceKey, String setKey, int expectedRevision, String updatedBy,
                                       Instant at) {
        return write(spaceKey, setKey, expectedRevision, null, updatedBy, at);
    }

    private SetDraft write(String spaceKey, String setKey, int expectedRevision, String definition, String updatedBy,
                           Instant at) {
        int current = find(spaceKey, setKey).map(SetDraft::revision).orElse(0);
        if (current != expectedRevision) {
            throw new ConflictException("draft is at revision " + current + ", not " + expectedRevision);
        }
        SetDraft draft = new SetDraft(spaceKey, setKey, current + 1, definition, updatedBy, at);
        latest.put(spaceKey + "|" + setKey, draft);
        return draft;
    }
}
