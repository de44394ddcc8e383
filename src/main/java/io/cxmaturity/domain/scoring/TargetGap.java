package io.cxmaturity.domain.scoring;

import io.cxmaturity.domain.Stage;

/**
 * How far a score is from a target stage: the distance to the start of the target's band (in the set's
 * basis, 0 when reached) and the share of the way covered ("percent to target", at most 100).
 */
public record TargetGap(Stage target, double gap, double percentToTarget, boolean reached) {
}
