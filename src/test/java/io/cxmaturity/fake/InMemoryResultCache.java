package io.cxmaturity.fake;

import io.cxmaturity.domain.QuestionSet;
import io.cxmaturity.domain.scoring.TeamResult;
import io.cxmaturity.port.ResultCache;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Round results in memory, one per round as in Active Objects: a result is found only for the stamp and
 * minimum group size it was stored with, and a store replaces the kept one unless that has a newer stamp.
 */
public final class InMemoryResultCache implements ResultCache {
    private record Snapshot(long stamp, int minGroupSize, TeamResult result) {
    }

    private final Map<Long, Snapshot> snapshots = new ConcurrentHashMap<>();

    @Override
    public Optional<TeamResult> find(long roundId, long stamp, int minGroupSize, QuestionSet set) {
        Snapshot s = snapshots.get(roundId);
        if (s == null || s.stamp() != stamp || s.minGroupSize() != minGroupSize) {
            return Optional.empty();
        }
        return Optional.of(s.result());
    }

    @Override
    public void store(long roundId, long stamp, int minGroupSize, TeamResult result) {
        Snapshot fresh = new Snapshot(stamp, minGroupSize, result);
        snapshots.merge(roundId, fresh, (kept, offered) -> kept.stamp() <= offered.stamp() ? offered : kept);
    }
}
