package io.cxmaturity.port;

import io.cxmaturity.domain.QuestionSet;
import io.cxmaturity.domain.StoredQuestionSet;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Published question-set versions, per space. A stored version never changes. */
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
}
