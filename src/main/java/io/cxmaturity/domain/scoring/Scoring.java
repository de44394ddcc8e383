package io.cxmaturity.domain.scoring;

import io.cxmaturity.domain.Answer;
import io.cxmaturity.domain.AnswerOption;
import io.cxmaturity.domain.BuildingBlock;
import io.cxmaturity.domain.Question;
import io.cxmaturity.domain.QuestionSet;
import io.cxmaturity.domain.Stage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores one respondent's answers against the set version they answered: weighted points per question,
 * per block and in total; not-applicable answers leave the denominator; a block (or the whole sheet) with
 * more than {@value #MAX_NOT_APPLICABLE_SHARE_PERCENT} % not-applicable answers has insufficient data.
 */
public final class Scoring {
    /** Above this share of not-applicable answers a block has insufficient data. */
    public static final int MAX_NOT_APPLICABLE_SHARE_PERCENT = 40;

    private Scoring() {
    }

    public static RespondentScore score(QuestionSet set, Collection<Answer> answers) {
        Map<String, Answer> byQuestion = new HashMap<>();
        for (Answer answer : answers) {
            byQuestion.put(answer.questionKey(), answer);
        }
        List<BlockScore> blocks = new ArrayList<>();
        double totalPoints = 0;
        double totalMax = 0;
        int totalAnswered = 0;
        int totalNa = 0;
        int totalQuestions = 0;
        List<String> nextSteps = new ArrayList<>();
        for (BuildingBlock block : set.blocks()) {
            double points = 0;
            double max = 0;
            int questions = 0;
            int answered = 0;
            int na = 0;
            for (Question question : set.questionsOf(block.key())) {
                if (!question.scored()) {
                    continue;
                }
                questions++;
                Answer answer = byQuestion.get(question.key());
                if (answer == null) {
                    continue;
                }
                if (answer.notApplicable()) {
                    na++;
                    continue;
                }
                Optional<AnswerOption> option = question.answerType().option(answer.value());
                if (option.isEmpty()) {
                    continue;
                }
                answered++;
                points += option.get().points() * question.weight();
                max += question.maxPoints();
                if (question.nextStep() != null && question.answerType().lowestOption()
                        .map(lowest -> lowest.value().equals(option.get().value())).orElse(false)) {
                    nextSteps.add(question.key());
                }
            }
            boolean insufficient = questions == 0 || answered == 0 || na * 100 > questions * MAX_NOT_APPLICABLE_SHARE_PERCENT;
            double percent = insufficient ? Double.NaN : points / max * 100;
            blocks.add(new BlockScore(block.key(), points, max, percent, questions, answered, na, insufficient,
                    insufficient ? Optional.empty() : StageBands.forPercent(set, percent)));
            totalPoints += points;
            totalMax += max;
            totalAnswered += answered;
            totalNa += na;
            totalQuestions += questions;
        }
        boolean insufficient = totalAnswered == 0 || totalNa * 100 > totalQuestions * MAX_NOT_APPLICABLE_SHARE_PERCENT;
        double score = insufficient ? Double.NaN : StageBands.basisValue(set, totalPoints, totalMax);
        double percent = insufficient || totalMax == 0 ? Double.NaN : totalPoints / totalMax * 100;
        Optional<Stage> stage = insufficient ? Optional.empty() : StageBands.forBasisValue(set, score);
        return new RespondentScore(totalPoints, totalMax, set.maxPoints(), score, percent, totalAnswered, totalNa,
                insufficient, stage, List.copyOf(blocks), weakest(blocks), List.copyOf(nextSteps));
    }

    /** The block with the lowest percentage (the first in set order on a tie); blocks without data are skipped. */
    static Optional<BlockScore> weakest(List<BlockScore> blocks) {
        BlockScore weakest = null;
        for (BlockScore block : blocks) {
            if (!block.insufficientData() && (weakest == null || block.percent() < weakest.percent())) {
                weakest = block;
            }
        }
        return Optional.ofNullable(weakest);
    }

    /**
     * The gap between a score (in the set's basis) and the start of a target stage, and the share of the way
     * covered from the bottom of the first band (so the lowest possible score is 0 % of the way). Without a
     * score (no data) the gap is the whole way.
     */
    public static TargetGap gap(QuestionSet set, double score, Stage target) {
        double start = StageBands.start(target);
        double floor = set.hasStages() ? set.stages().get(0).min() : 0;
        if (Double.isNaN(score)) {
            return new TargetGap(target, start - floor, 0, false);
        }
        boolean reached = Math.round(score + 1e-9) >= start;
        double gap = reached ? 0 : start - score;
        double percent = start <= floor ? 100 : Math.max(0, Math.min(100, (score - floor) / (start - floor) * 100));
        return new TargetGap(target, gap, reached ? 100 : percent, reached);
    }
}
