package io.cxmaturity.port;

import io.cxmaturity.domain.Draft;

import java.util.Optional;

/** Unsubmitted answers, one draft per person and round. */
public interface DraftRepository {
    Optional<Draft> find(long roundId, String userKey);

    void save(Draft draft);

    void delete(long roundId, String userKey);
}
