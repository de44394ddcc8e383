package io.cxmaturity.domain.scoring;

import java.util.Map;

/**
 * How a team answered one question: the spread of the (unweighted) points, how many chose each answer, how
 * many found it not applicable, and whether the team disagrees (see {@link TeamAggregation}).
 *
 * @param distribution count per answer value, in the order of the answer options
 */
public record QuestionStats(String questionKey, String blockKey, Summary points, Map<String, Integer> distribution,
                            int notApplicable, boolean disagreement) {
}
