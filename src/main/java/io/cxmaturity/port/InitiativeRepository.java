package io.cxmaturity.port;

import io.cxmaturity.domain.Initiative;

import java.util.List;
import java.util.Optional;

/** The initiatives of the spaces' roadmaps. */
public interface InitiativeRepository {
    /** Stores an initiative given without an id, at version 1, and returns it with its id. */
    Initiative create(Initiative initiative);

    /**
     * Stores a changed initiative as version {@code expectedVersion + 1}. Fails with {@link ConflictException}
     * when the stored initiative is no longer at {@code expectedVersion} (someone else changed it meanwhile,
     * on any node) or is gone; two writers on the same version never both succeed.
     */
    Initiative update(Initiative initiative, int expectedVersion);

    Optional<Initiative> find(String spaceKey, long id);

    /** The space's initiatives in the order they were created. */
    List<Initiative> list(String spaceKey);

    int count(String spaceKey);

    /** Deletes an initiative of the space; false when there was none. */
    boolean delete(String spaceKey, long id);
}
