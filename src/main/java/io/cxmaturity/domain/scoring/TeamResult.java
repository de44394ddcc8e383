package io.cxmaturity.domain.scoring;

import io.cxmaturity.domain.Stage;

import java.util.List;
import java.util.Optional;

/**
 * A team's result for one set version in one round. When fewer people answered than the minimum group size
 * the result is {@link #suppressed()}: it carries the count and nothing else.
 *
 * @param score         the totals in the set's basis (points scaled to the maximum, or percent)
 * @param percent       the totals as a percentage of the answered maximum
 * @param stage         the stage of the median total
 * @param disagreements questions the team disagrees on, the widest spread first
 */
public record TeamResult(int respondents, int minGroupSize, boolean suppressed, Summary score, Summary percent,
                         Optional<Stage> stage, List<BlockStats> blocks, Optional<BlockStats> weakest,
                         List<QuestionStats> questions, List<QuestionStats> disagreements) {

    public static TeamResult suppressed(int respondents, int minGroupSize) {
        return new TeamResult(respondents, minGroupSize, true, Summary.EMPTY, Summary.EMPTY, Optional.empty(),
                List.of(), Optional.empty(), List.of(), List.of());
    }

    public Optional<BlockStats> block(String key) {
        return blocks.stream().filter(b -> b.blockKey().equals(key)).findFirst();
    }

    public Optional<QuestionStats> question(String key) {
        return questions.stream().filter(q -> q.questionKey().equals(key)).findFirst();
    }
}
