package io.cxmaturity.service;

import io.cxmaturity.domain.Language;
import io.cxmaturity.domain.Response;
import io.cxmaturity.domain.StoredQuestionSet;
import io.cxmaturity.domain.scoring.RespondentScore;

/** A respondent's own response and its score, shown to them right after they submit. */
public record OwnResult(Response response, StoredQuestionSet set, RespondentScore score, Language language) {
}
