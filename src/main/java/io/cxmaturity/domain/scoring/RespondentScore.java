package io.cxmaturity.domain.scoring;

import io.cxmaturity.domain.Stage;

import java.util.List;
import java.util.Optional;

/**
 * One respondent's result: the total, the stage, each block, the weakest block, and the questions answered
 * with their lowest option that carry a next step (a checklist's "no" items).
 *
 * @param points      weighted points scored
 * @param answeredMax weighted maximum of the questions answered
 * @param maxPoints   weighted maximum of the whole set
 * @param score       the total in the set's basis: points scaled to the full maximum, or percent
 * @param percent     points as a percentage of answeredMax
 */
public record RespondentScore(double points, double answeredMax, double maxPoints, double score, double percent,
                              int answered, int notApplicable, boolean insufficientData, Optional<Stage> stage,
                              List<BlockScore> blocks, Optional<BlockScore> weakest, List<String> nextSteps) {

    public Optional<BlockScore> block(String key) {
        return blocks.stream().filter(b -> b.blockKey().equals(key)).findFirst();
    }
}
