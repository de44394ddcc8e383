package io.cxmaturity.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.cxmaturity.domain.QuestionSet;
import io.cxmaturity.domain.scoring.TeamResult;
import io.cxmaturity.port.ResultCache;
import net.java.ao.DBParam;

import java.util.Optional;

/**
 * Round results kept in Active Objects, shared by every node. Two nodes computing the same result at once
 * is harmless: both store the same thing, and the unique round column keeps one row.
 */
public class AoResultCache implements ResultCache {
    private final ActiveObjects ao;

    public AoResultCache(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<TeamResult> find(long roundId, long stamp, int minGroupSize, QuestionSet set) {
        AoResultSnapshot[] rows = ao.find(AoResultSnapshot.class, AoResultSnapshot.ROUND_ID + " = ?", (int) roundId);
        if (rows.length == 0 || rows[0].getStamp() != stamp || rows[0].getMinGroupSize() != minGroupSize) {
            return Optional.empty();
        }
        return TeamResultCodec.read(rows[0].getData(), set);
    }

    @Override
    public void store(long roundId, long stamp, int minGroupSize, TeamResult result) {
        String data = TeamResultCodec.write(result);
        try {
            ao.executeInTransaction(() -> {
                AoResultSnapshot[] rows = ao.find(AoResultSnapshot.class, AoResultSnapshot.ROUND_ID + " = ?",
                        (int) roundId);
                if (rows.length == 0) {
                    ao.create(AoResultSnapshot.class,
                            new DBParam(AoResultSnapshot.ROUND_ID, (int) roundId),
                            new DBParam(AoResultSnapshot.STAMP, stamp),
                            new DBParam(AoResultSnapshot.MIN_GROUP_SIZE, minGroupSize),
                            new DBParam(AoResultSnapshot.DATA, data));
                } else if (rows[0].getStamp() <= stamp) {
                    rows[0].setStamp(stamp);
                    rows[0].setMinGroupSize(minGroupSize);
                    rows[0].setData(data);
                    rows[0].save();
                }
                return null;
            });
        } catch (RuntimeException e) {
            if (!Constraints.isViolation(e)) {
                throw e;
            }
            // another node stored the snapshot at the same moment: theirs is as good
        }
    }
}
