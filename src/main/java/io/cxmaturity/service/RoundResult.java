package io.cxmaturity.service;

import io.cxmaturity.domain.BlockOwner;
import io.cxmaturity.domain.Department;
import io.cxmaturity.domain.Language;
import io.cxmaturity.domain.Round;
import io.cxmaturity.domain.Stage;
import io.cxmaturity.domain.StoredQuestionSet;
import io.cxmaturity.domain.UserRef;
import io.cxmaturity.domain.scoring.TargetGap;
import io.cxmaturity.domain.scoring.TeamResult;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A department's result in one round, with what leadership reads next to it: the response rate, the
 * previous round of the same set (for the radar's third line), the gap to a target stage, and block owners.
 *
 * @param headcount expected respondents (0 = unknown, no response rate)
 * @param owners    block owners of the set, by block key, with their names
 */
public record RoundResult(Department department, Round round, StoredQuestionSet set, TeamResult team, int headcount,
                          Optional<Round> previousRound, Optional<TeamResult> previous, Optional<Stage> target,
                          Optional<TargetGap> gap, Map<String, List<UserRef>> owners, Language language) {

    /** Respondents as a share of the headcount, 0–100; empty when the headcount is unknown. */
    public Optional<Double> responseRate() {
        return headcount <= 0 ? Optional.empty() : Optional.of(Math.min(100.0, team.respondents() * 100.0 / headcount));
    }

    public List<BlockOwner> ownersOf(String blockKey, List<BlockOwner> all) {
        return all.stream().filter(o -> o.blockKey().equals(blockKey)).toList();
    }
}
