package io.cxmaturity.port;

import io.cxmaturity.domain.SetDraft;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Space admins' working copies of question sets, one per set and space, with a revision count for optimistic
 * concurrency. Every write names the revision it expects to replace (0 before the first save) and fails with
 * {@link ConflictException} when another write came first, on every node of a cluster.
 */
public interface SetDraftRepository {
    /** The latest state of the set's draft: a working copy, a cleared one, or empty when never drafted. */
    Optional<SetDraft> find(String spaceKey, String setKey);

    /** The space's working copies (cleared ones left out), by set key. */
    List<SetDraft> list(String spaceKey);

    /** Stores the working copy as revision {@code expectedRevision + 1}. */
    SetDraft save(String spaceKey, String setKey, int expectedRevision, String definition, String updatedBy,
                  Instant at);

    /** Clears the working copy (it was published or discarded) as revision {@code expectedRevision + 1}. */
    SetDraft clear(String spaceKey, String setKey, int expectedRevision, String updatedBy, Instant at);
}
