package io.cxmaturity.port;

import io.cxmaturity.domain.AuditEntry;
import io.cxmaturity.domain.Participant;
import io.cxmaturity.domain.Response;
import io.cxmaturity.domain.SpaceArchive;
import io.cxmaturity.domain.StoredQuestionSet;

import java.util.List;

/**
 * A space's assessment data as a whole: read in bulk for exports, and stored in one transaction by an import,
 * so that an import that fails half-way leaves nothing behind.
 */
public interface SpaceDataRepository {
    /** Every question-set version of the space, in the order they were stored. */
    List<StoredQuestionSet> setVersions(String spaceKey);

    /**
     * The round's responses with their answers and comments: every revision, or only the latest revision of
     * each response (the ones results count), in the order they were stored.
     */
    List<Response> responses(long roundId, boolean latestOnly);

    /** Who took part in the round and when, in the order they submitted. */
    List<Participant> participants(long roundId);

    /** The space's whole audit trail, oldest first. */
    List<AuditEntry> auditTrail(String spaceKey);

    /**
     * Whether the space holds assessment data of its own: a department, a response, an initiative of the roadmap,
     * or a question-set version other than a built-in set the product installed by itself on first use (published
     * by {@code system}).
     */
    boolean hasData(String spaceKey);

    /**
     * Stores an archive in a space that {@link #hasData has no data}, in one transaction: everything or, when
     * any part fails, nothing. Built-in versions the product installed by itself for a set the archive brings
     * are replaced by the archive's. Ids are assigned anew and the archive's links are mapped to them; response
     * ids are kept, so the caller gives new ones when the responses come from this instance. Initiatives keep
     * their version: a change at that version is then stored, an older one refused ({@link InitiativeRepository}).
     *
     * @throws ConflictException when the space has data, or a row breaks a unique key (nothing is stored)
     */
    void store(String spaceKey, SpaceArchive archive);
}
