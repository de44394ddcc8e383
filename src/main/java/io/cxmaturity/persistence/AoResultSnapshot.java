package io.cxmaturity.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** The computed result of a round, valid while the round's revision count equals its stamp. */
@Preload
@Table("RESULT_SNAPSHOT")
public interface AoResultSnapshot extends Entity {
    String ROUND_ID = "ROUND_ID";
    String STAMP = "STAMP";
    String MIN_GROUP_SIZE = "MIN_GROUP_SIZE";
    String DATA = "DATA";

    /** The round (AoRound); one snapshot per round. */
    @NotNull
    @Unique
    int getRoundId();

    void setRoundId(int roundId);

    /** Number of response revisions in the round when it was computed. */
    long getStamp();

    void setStamp(long stamp);

    /** The minimum group size it was computed for. */
    int getMinGroupSize();

    void setMinGroupSize(int minGroupSize);

    /** The result as JSON (see TeamResultCodec). */
    @StringLength(StringLength.UNLIMITED)
    String getData();

    void setData(String data);
}
