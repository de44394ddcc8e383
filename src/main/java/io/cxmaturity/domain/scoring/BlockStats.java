package io.cxmaturity.domain.scoring;

import io.cxmaturity.domain.Stage;

import java.util.Optional;

/**
 * A team's scores in one block: the spread of the respondents' block percentages, the stage of the median,
 * and how many respondents had insufficient data in the block (they are left out).
 */
public record BlockStats(String blockKey, Summary percent, Optional<Stage> stage, int insufficient) {
}
