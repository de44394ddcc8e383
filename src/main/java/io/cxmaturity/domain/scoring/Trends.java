package io.cxmaturity.domain.scoring;

import io.cxmaturity.domain.Answer;
import io.cxmaturity.domain.BuildingBlock;
import io.cxmaturity.domain.Question;
import io.cxmaturity.domain.QuestionSet;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares two rounds of the same set key. Only questions that kept their key, their block and their answer
 * options in both versions count (the rule of {@link Comparability}), so a changed questionnaire does not show
 * up as a change in maturity; each respondent is re-scored on those questions alone, with the later version's
 * weights (percentages, so versions of different length compare).
 */
public final class Trends {
    private Trends() {
    }

    public static Trend compare(QuestionSet fromSet, Collection<? extends Collection<Answer>> fromSheets,
                                QuestionSet toSet, Collection<? extends Collection<Answer>> toSheets) {
        Comparability comparability = Comparability.between(fromSet, toSet);
        Set<String> comparable = new LinkedHashSet<>(comparability.comparable());
        List<String> notComparable = comparability.notComparable();
        Map<String, double[]> from = percentages(toSet, comparable, fromSheets);
        Map<String, double[]> to = percentages(toSet, comparable, toSheets);
        List<TrendPoint> blocks = new ArrayList<>();
        for (BuildingBlock block : toSet.blocks()) {
            if (toSet.questionsOf(block.key()).stream().anyMatch(q -> comparable.contains(q.key()))) {
                blocks.add(point(block.key(), from.get(block.key()), to.get(block.key())));
            }
        }
        return new Trend(List.copyOf(blocks), point("total", from.get(TOTAL), to.get(TOTAL)), List.copyOf(comparable),
                List.copyOf(notComparable));
    }

    private static final String TOTAL = "\u0000total";

    private static TrendPoint point(String key, double[] from, double[] to) {
        Summary before = Summary.of(from.clone(), from.length);
        Summary after = Summary.of(to.clone(), to.length);
        double delta = before.isEmpty() || after.isEmpty() ? Double.NaN : after.median() - before.median();
        return new TrendPoint(key, before.median(), after.median(), delta, before.n(), after.n());
    }

    /** Per block (and for the total) the respondents' percentages over the comparable questions. */
    private static Map<String, double[]> percentages(QuestionSet set, Set<String> comparable,
                                                     Collection<? extends Collection<Answer>> sheets) {
        Map<String, List<Double>> values = new HashMap<>();
        Set<String> blocks = new HashSet<>();
        set.blocks().forEach(b -> blocks.add(b.key()));
        for (Collection<Answer> sheet : sheets) {
            Map<String, double[]> sums = new HashMap<>();
            for (Answer answer : sheet) {
                if (!comparable.contains(answer.questionKey()) || !answer.hasValue()) {
                    continue;
                }
                Question question = set.question(answer.questionKey()).orElseThrow();
                question.answerType().option(answer.value()).ifPresent(option -> {
                    for (String key : List.of(question.blockKey(), TOTAL)) {
                        double[] sum = sums.computeIfAbsent(key, k -> new double[2]);
                        sum[0] += option.points() * question.weight();
                        sum[1] += question.maxPoints();
                    }
                });
            }
            sums.forEach((key, sum) -> {
                if (sum[1] > 0) {
                    values.computeIfAbsent(key, k -> new ArrayList<>()).add(sum[0] / sum[1] * 100);
                }
            });
        }
        Map<String, double[]> result = new HashMap<>();
        for (String key : blocks) {
            result.put(key, toArray(values.get(key)));
        }
        result.put(TOTAL, toArray(values.get(TOTAL)));
        return result;
    }

    private static double[] toArray(List<Double> list) {
        return list == null ? new double[0] : list.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * Keys of the questions two versions share with the same block and options (for warnings in the editor);
     * {@link Comparability} tells more.
     */
    public static List<String> comparableQuestions(QuestionSet before, QuestionSet after) {
        return Comparability.between(before, after).comparable();
    }
}
