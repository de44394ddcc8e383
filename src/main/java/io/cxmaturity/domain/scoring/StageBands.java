package io.cxmaturity.domain.scoring;

import io.cxmaturity.domain.QuestionSet;
import io.cxmaturity.domain.Stage;
import io.cxmaturity.domain.StageBasis;

import java.util.Optional;

/**
 * Places scores on a set's stage bands. Bands are whole numbers of total points (or of percent); a score is
 * rounded to the nearest whole number, halves up, before it is placed, so on the flagship's 0–19 / 20–38 …
 * bands 19 is stage 1 and 19.5 is stage 2. A total with questions left out as not applicable is first scaled
 * to the full maximum, so skipping a question never lowers the stage. A block is placed by its percentage on
 * the same bands, read as percentages of the set's maximum.
 */
public final class StageBands {
    private StageBands() {
    }

    /**
     * The total in the set's basis: points scaled to the full maximum (POINTS), or percent (PERCENT).
     *
     * @param points       weighted points scored
     * @param answeredMax  weighted maximum of the questions answered
     */
    public static double basisValue(QuestionSet set, double points, double answeredMax) {
        if (answeredMax <= 0) {
            return 0;
        }
        if (set.stageBasis() == StageBasis.PERCENT) {
            return points / answeredMax * 100;
        }
        double max = set.maxPoints();
        return Math.abs(answeredMax - max) < 1e-9 ? points : points * max / answeredMax;
    }

    /** The stage a total reaches, given in the set's basis (see {@link #basisValue}). */
    public static Optional<Stage> forBasisValue(QuestionSet set, double value) {
        if (!set.hasStages() || Double.isNaN(value)) {
            return Optional.empty();
        }
        long rounded = Math.round(value + 1e-9);
        for (Stage stage : set.stages()) {
            if (stage.contains(rounded)) {
                return Optional.of(stage);
            }
        }
        // Below the first band or above the last one (a set whose bands do not cover everything).
        Stage first = set.stages().get(0);
        Stage last = set.stages().get(set.stages().size() - 1);
        return Optional.of(rounded < first.min() ? first : last);
    }

    /** The stage a percentage of the maximum reaches (used for blocks). */
    public static Optional<Stage> forPercent(QuestionSet set, double percent) {
        if (Double.isNaN(percent)) {
            return Optional.empty();
        }
        double value = set.stageBasis() == StageBasis.PERCENT ? percent : percent / 100 * set.maxPoints();
        return forBasisValue(set, value);
    }

    /** The value in the set's basis where a stage begins (its band's minimum). */
    public static double start(Stage stage) {
        return stage.min();
    }
}
