package io.cxmaturity.port;

import io.cxmaturity.domain.QuestionSet;
import io.cxmaturity.domain.scoring.TeamResult;

import java.util.Optional;

/**
 * Computed round results, kept in the database so every node of a cluster reads the same ones. A result is
 * valid for the stamp it was computed at (the number of response revisions stored in the round: every
 * submission and change adds one); responses stay the source of truth.
 */
public interface ResultCache {
    Optional<TeamResult> find(long roundId, long stamp, int minGroupSize, QuestionSet set);

    void store(long roundId, long stamp, int minGroupSize, TeamResult result);
}
