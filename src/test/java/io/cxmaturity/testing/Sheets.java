package io.cxmaturity.testing;

import io.cxmaturity.domain.Answer;
import io.cxmaturity.domain.AnswerOption;
import io.cxmaturity.domain.Question;
import io.cxmaturity.domain.QuestionSet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Builders of answer sheets for domain tests. */
public final class Sheets {
    private Sheets() {
    }

    /** Every scored question answered with the option the function picks (by points). */
    public static List<Answer> each(QuestionSet set, Function<Question, Integer> points) {
        List<Answer> answers = new ArrayList<>();
        for (Question q : set.scoredQuestions()) {
            int wanted = points.apply(q);
            AnswerOption option = q.answerType().options().stream().filter(o -> o.points() == wanted).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(q.key() + " has no option worth " + wanted));
            answers.add(Answer.of(q.key(), option.value()));
        }
        return answers;
    }

    public static List<Answer> all(QuestionSet set, int points) {
        return each(set, q -> points);
    }

    /**
     * A sheet whose unweighted total is exactly {@code total}: questions are filled with their highest option
     * in set order until the remainder fits, the rest get their lowest. Questions in {@code notApplicable} are
     * answered "not applicable".
     */
    public static List<Answer> withTotal(QuestionSet set, int total, Set<String> notApplicable) {
        List<Answer> answers = new ArrayList<>();
        int minimum = set.scoredQuestions().stream().filter(q -> !notApplicable.contains(q.key()))
                .mapToInt(q -> q.answerType().minPoints()).sum();
        int extra = total - minimum;
        if (extra < 0) {
            throw new IllegalArgumentException("total below the minimum " + minimum);
        }
        for (Question q : set.scoredQuestions()) {
            if (notApplicable.contains(q.key())) {
                answers.add(Answer.notApplicable(q.key()));
                continue;
            }
            int min = q.answerType().minPoints();
            int add = Math.min(extra, q.answerType().maxPoints() - min);
            extra -= add;
            int wanted = min + add;
            AnswerOption option = q.answerType().options().stream()
                    .filter(o -> o.points() == wanted).min(Comparator.comparing(AnswerOption::value)).orElseThrow();
            answers.add(Answer.of(q.key(), option.value()));
        }
        if (extra > 0) {
            throw new IllegalArgumentException("total above the maximum");
        }
        return answers;
    }

    public static List<Answer> withTotal(QuestionSet set, int total) {
        return withTotal(set, total, Set.of());
    }
}
