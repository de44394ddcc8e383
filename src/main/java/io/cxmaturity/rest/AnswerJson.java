package io.cxmaturity.rest;

import io.cxmaturity.domain.Answer;

import java.util.List;
import java.util.stream.Collectors;

/** One answer as the REST API shows it. */
public record AnswerJson(String question, String value, boolean na, String comment) {
    static List<AnswerJson> of(List<Answer> answers) {
        return answers.stream().map(a -> new AnswerJson(a.questionKey(), a.value(), a.notApplicable(), a.comment()))
                .collect(Collectors.toList());
    }
}
