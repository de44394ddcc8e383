package io.cxmaturity.domain.scoring;

import io.cxmaturity.domain.Answer;
import io.cxmaturity.domain.AnswerOption;
import io.cxmaturity.domain.BuildingBlock;
import io.cxmaturity.domain.Question;
import io.cxmaturity.domain.QuestionSet;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Aggregates the answer sheets of a team (many responses to one set version in one round): per question,
 * per block and in total the count, mean, median, quartiles, standard deviation, minimum and maximum; the
 * answer distribution of each question; where the team disagrees; and the team's stage (of the median total).
 *
 * <p>Each respondent is scored by the rules of {@link Scoring} (weights, not-applicable answers out of the
 * denominator, blocks with insufficient data left out), computed here over arrays so that ten thousand sheets
 * aggregate in a few milliseconds.
 *
 * <p>Disagreement: on a question with three or more answers, the middle half of the team spans
 * {@value #DISAGREEMENT_POINTS} or more points (Q3 − Q1 ≥ 2, one person at "1" and another at "3" among the
 * typical answers); on a yes/no question, at least a quarter of the team gave the minority answer.
 */
public final class TeamAggregation {
    public static final int DISAGREEMENT_POINTS = 2;
    public static final int DISAGREEMENT_MINORITY_PERCENT = 25;
    /**
     * The rules' edition: raise it with any change to what {@link #aggregate} computes, so that results kept
     * from an earlier edition (the result snapshots) are computed again instead of shown as they were.
     */
    public static final int RULES_VERSION = 1;

    private TeamAggregation() {
    }

    public static TeamResult aggregate(QuestionSet set, Collection<? extends Collection<Answer>> sheets,
                                       int minGroupSize) {
        int n = sheets.size();
        if (n < Math.max(1, minGroupSize)) {
            return TeamResult.suppressed(n, minGroupSize);
        }
        List<Question> questions = set.scoredQuestions();
        int q = questions.size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < q; i++) {
            index.put(questions.get(i).key(), i);
        }
        List<BuildingBlock> blockList = set.blocks();
        int b = blockList.size();
        int[] blockOf = new int[q];
        int[] questionsInBlock = new int[b];
        for (int i = 0; i < q; i++) {
            for (int j = 0; j < b; j++) {
                if (blockList.get(j).key().equals(questions.get(i).blockKey())) {
                    blockOf[i] = j;
                    questionsInBlock[j]++;
                }
            }
        }
        // Per question: the options' points and values, to turn an answer value into points without lookups.
        List<Map<String, Integer>> optionIndex = new ArrayList<>();
        int[][] optionPoints = new int[q][];
        double[] weight = new double[q];
        double[] weightedMax = new double[q];
        for (int i = 0; i < q; i++) {
            weight[i] = questions.get(i).weight();
            weightedMax[i] = questions.get(i).maxPoints();
            List<AnswerOption> options = questions.get(i).answerType().options();
            Map<String, Integer> map = new HashMap<>();
            optionPoints[i] = new int[options.size()];
            for (int o = 0; o < options.size(); o++) {
                map.put(options.get(o).value(), o);
                optionPoints[i][o] = options.get(o).points();
            }
            optionIndex.add(map);
        }

        int[] questionCounts = new int[q];
        int[][] distribution = new int[q][];
        for (int i = 0; i < q; i++) {
            distribution[i] = new int[optionPoints[i].length];
        }
        int[] notApplicable = new int[q];
        double[][] blockPercent = new double[b][n];
        int[] blockCounts = new int[b];
        int[] blockInsufficient = new int[b];
        double[] totals = new double[n];
        double[] percents = new double[n];
        int totalCount = 0;

        double[] points = new double[b];
        double[] max = new double[b];
        int[] answered = new int[b];
        int[] na = new int[b];
        int totalQuestions = q;
        for (Collection<Answer> sheet : sheets) {
            java.util.Arrays.fill(points, 0);
            java.util.Arrays.fill(max, 0);
            java.util.Arrays.fill(answered, 0);
            java.util.Arrays.fill(na, 0);
            for (Answer answer : sheet) {
                Integer i = index.get(answer.questionKey());
                if (i == null) {
                    continue;
                }
                int block = blockOf[i];
                if (answer.notApplicable()) {
                    na[block]++;
                    notApplicable[i]++;
                    continue;
                }
                Integer o = optionIndex.get(i).get(answer.value());
                if (o == null) {
                    continue;
                }
                distribution[i][o]++;
                questionCounts[i]++;
                points[block] += optionPoints[i][o] * weight[i];
                max[block] += weightedMax[i];
                answered[block]++;
            }
            double sheetPoints = 0;
            double sheetMax = 0;
            int sheetAnswered = 0;
            int sheetNa = 0;
            for (int j = 0; j < b; j++) {
                sheetPoints += points[j];
                sheetMax += max[j];
                sheetAnswered += answered[j];
                sheetNa += na[j];
                boolean insufficient = questionsInBlock[j] == 0 || answered[j] == 0
                        || na[j] * 100 > questionsInBlock[j] * Scoring.MAX_NOT_APPLICABLE_SHARE_PERCENT;
                if (insufficient) {
                    blockInsufficient[j]++;
                } else {
                    blockPercent[j][blockCounts[j]++] = points[j] / max[j] * 100;
                }
            }
            boolean insufficient = sheetAnswered == 0
                    || sheetNa * 100 > totalQuestions * Scoring.MAX_NOT_APPLICABLE_SHARE_PERCENT;
            if (!insufficient) {
                totals[totalCount] = StageBands.basisValue(set, sheetPoints, sheetMax);
                percents[totalCount] = sheetPoints / sheetMax * 100;
                totalCount++;
            }
        }

        List<QuestionStats> questionStats = new ArrayList<>(q);
        double[] scratch = new double[n];
        for (int i = 0; i < q; i++) {
            Question question = questions.get(i);
            Summary summary = Summary.ofCounts(optionPoints[i], distribution[i], scratch);
            Map<String, Integer> counts = new LinkedHashMap<>();
            List<AnswerOption> options = question.answerType().options();
            for (int o = 0; o < options.size(); o++) {
                counts.put(options.get(o).value(), distribution[i][o]);
            }
            questionStats.add(new QuestionStats(question.key(), question.blockKey(), summary, counts, notApplicable[i],
                    disagrees(summary, distribution[i], questionCounts[i])));
        }
        List<BlockStats> blockStats = new ArrayList<>(b);
        for (int j = 0; j < b; j++) {
            Summary summary = Summary.of(blockPercent[j], blockCounts[j]);
            blockStats.add(new BlockStats(blockList.get(j).key(), summary,
                    summary.isEmpty() ? Optional.empty() : StageBands.forPercent(set, summary.median()),
                    blockInsufficient[j]));
        }
        Summary score = Summary.of(totals, totalCount);
        Summary percent = Summary.of(percents, totalCount);
        Optional<BlockStats> weakest = blockStats.stream().filter(s -> !s.percent().isEmpty())
                .min(Comparator.comparingDouble(s -> s.percent().median()));
        List<QuestionStats> disagreements = questionStats.stream().filter(QuestionStats::disagreement)
                .sorted(Comparator.comparingDouble((QuestionStats s) -> s.points().iqr()).reversed())
                .toList();
        return new TeamResult(n, minGroupSize, false, score, percent,
                score.isEmpty() ? Optional.empty() : StageBands.forBasisValue(set, score.median()),
                List.copyOf(blockStats), weakest, List.copyOf(questionStats), disagreements);
    }

    private static boolean disagrees(Summary summary, int[] distribution, int answered) {
        if (answered < 2) {
            return false;
        }
        if (distribution.length >= 3) {
            return summary.iqr() >= DISAGREEMENT_POINTS;
        }
        int minority = Integer.MAX_VALUE;
        for (int count : distribution) {
            minority = Math.min(minority, count);
        }
        return minority * 100 >= answered * DISAGREEMENT_MINORITY_PERCENT;
    }
}
