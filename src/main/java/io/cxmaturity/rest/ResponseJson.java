package io.cxmaturity.rest;

import io.cxmaturity.domain.Response;

import java.util.List;

/** A submitted response revision. {@code anonymous} responses carry no respondent. */
public record ResponseJson(String id, String spaceKey, long roundId, long setVersionId, int revision,
                           String submittedAt, boolean anonymous, List<AnswerJson> answers) {
    static ResponseJson of(Response r) {
        return new ResponseJson(r.id(), r.spaceKey(), r.roundId(), r.setVersionId(), r.revision(),
                r.submittedAt().toString(), r.respondent() == null, AnswerJson.of(r.answers()));
    }
}
