package io.cxmaturity.port;

import io.cxmaturity.domain.QuestionSet;
import io.cxmaturity.domain.StoredQuestionSet;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Published question-set versions, per space, and which sets a space has archived. A stored version never
 * changes; archiving only hides a set from new departments and rounds.
 */
public interface QuestionSetRepository {
    Optional<StoredQuestionSet> find(String spaceKey, long id);

    /** The highest version of a set in the space. */
    Optional<StoredQuestionSet> latest(String spaceKey, String setKey);

    /** The highest version of every set in the space. */
    List<StoredQuestionSet> latestOfEach(String spaceKey);

    /**
     * Stores a new version. Fails with {@link ConflictException} when the space already has that
     * version of that set (two admins publishing at once).
     */
    StoredQuestionSet save(String spaceKey, QuestionSet set, String definition, String publishedBy, Instant at);

    /** Keys of the space's archived sets. */
    Set<String> archivedKeys(String spaceKey);

    /** Archives the set in the space; false when it already was (two admins at once: one archives it). */
    boolean archive(String spaceKey, String setKey, String archivedBy, Instant at);

    /** Restores an archived set; false when it was not archived. */
    boolean restore(String spaceKey, String setKey);
}
