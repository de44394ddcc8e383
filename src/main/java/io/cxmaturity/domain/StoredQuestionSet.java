package io.cxmaturity.domain;

import java.time.Instant;

/** A published version of a question set in a space, as stored. */
public record StoredQuestionSet(long id, String spaceKey, QuestionSet set, String definition, Instant publishedAt,
                                String publishedBy) {

    public String key() {
        return set.key();
    }

    public int version() {
        return set.version();
    }
}
