package io.cxmaturity.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks answers against the question-set version they are for. A draft may be partial; a submission must
 * answer every scored question (or mark it not applicable where the question allows that).
 */
public final class AnswerSheetPolicy {
    /** Longest comment on any answer, unless a comment question allows less. */
    public static final int MAX_COMMENT = 2000;

    private AnswerSheetPolicy() {
    }

    /** The first rule broken, if any; the field names the offending answer as {@code answers[i].<part>}. */
    public static Optional<Violation> check(QuestionSet set, List<Answer> answers, boolean complete) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < answers.size(); i++) {
            Answer answer = answers.get(i);
            String at = "answers[" + i + "]";
            if (answer.questionKey() == null || answer.questionKey().isBlank()) {
                return Optional.of(Violation.of(at + ".question", "required"));
            }
            Optional<Question> found = set.question(answer.questionKey());
            if (found.isEmpty()) {
                return Optional.of(Violation.of(at + ".question", "unknown-question", answer.questionKey()));
            }
            if (!seen.add(answer.questionKey())) {
                return Optional.of(Violation.of(at + ".question", "duplicate-answer", answer.questionKey()));
            }
            Question question = found.get();
            AnswerType type = question.answerType();
            int limit = type.kind() == AnswerType.Kind.COMMENT ? type.maxLength() : MAX_COMMENT;
            if (answer.comment() != null && answer.comment().codePointCount(0, answer.comment().length()) > limit) {
                return Optional.of(Violation.of(at + ".comment", "too-long", limit));
            }
            if (answer.notApplicable()) {
                if (!question.allowNa()) {
                    return Optional.of(Violation.of(at + ".na", "na-not-allowed", question.key()));
                }
                if (answer.value() != null) {
                    return Optional.of(Violation.of(at + ".value", "value-with-na", question.key()));
                }
                continue;
            }
            if (type.kind() == AnswerType.Kind.COMMENT) {
                if (answer.value() != null) {
                    return Optional.of(Violation.of(at + ".value", "comment-question-value", question.key()));
                }
                continue;
            }
            if (answer.value() == null) {
                if (complete) {
                    return Optional.of(Violation.of(at + ".value", "required"));
                }
                continue;
            }
            if (type.option(answer.value()).isEmpty()) {
                String allowed = type.options().stream().map(AnswerOption::value).collect(Collectors.joining(", "));
                return Optional.of(Violation.of(at + ".value", "value-out-of-range", answer.value(), allowed));
            }
        }
        if (complete) {
            List<String> missing = new ArrayList<>();
            for (Question question : set.scoredQuestions()) {
                boolean answered = answers.stream().anyMatch(a -> a.questionKey().equals(question.key())
                        && (a.notApplicable() || a.value() != null));
                if (!answered) {
                    missing.add(question.key());
                }
            }
            if (!missing.isEmpty()) {
                return Optional.of(Violation.of("answers", "missing-answers", missing.size(), String.join(", ", missing)));
            }
        }
        return Optional.empty();
    }
}
