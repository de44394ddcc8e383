package io.cxmaturity.domain.scoring;

import io.cxmaturity.domain.Stage;

import java.util.Optional;

/**
 * One respondent's score in one building block. Questions answered "not applicable" leave both the points
 * and the maximum; when more than 40 % of a block's questions are not applicable the block has
 * {@link #insufficientData() insufficient data} and no percentage or stage.
 *
 * @param points     weighted points scored
 * @param maxPoints  weighted maximum of the questions answered (not applicable ones excluded)
 * @param percent    points as a percentage of maxPoints; NaN when data is insufficient
 * @param stage      the stage the block's percentage reaches on the set's bands; empty without stages or data
 */
public record BlockScore(String blockKey, double points, double maxPoints, double percent, int questions,
                         int answered, int notApplicable, boolean insufficientData, Optional<Stage> stage) {
}
