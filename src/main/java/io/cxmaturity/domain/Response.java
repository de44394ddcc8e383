package io.cxmaturity.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A submitted answer sheet. In an anonymous round the respondent is null and nothing else identifies who
 * answered. A changed response is a new revision; earlier revisions are kept.
 */
public record Response(String id, String spaceKey, long roundId, long setVersionId, String respondent, int revision,
                       Instant submittedAt, List<Answer> answers) {

    public Response {
        answers = List.copyOf(answers);
    }

    public Optional<Answer> answer(String questionKey) {
        return answers.stream().filter(a -> a.questionKey().equals(questionKey)).findFirst();
    }
}
