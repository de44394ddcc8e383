package io.cxmaturity.domain;

import java.time.Instant;
import java.util.List;

/**
 * Answers a respondent has given but not yet submitted. Kept apart from responses (so that, in an anonymous
 * round, nothing links the two) and deleted at submission.
 */
public record Draft(long roundId, String userKey, List<Answer> answers, Instant savedAt) {
    public Draft {
        answers = List.copyOf(answers);
    }
}
