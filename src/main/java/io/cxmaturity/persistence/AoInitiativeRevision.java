package io.cxmaturity.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The claim of an initiative's newest version. A change from version n to n + 1 inserts "id|n+1" in the same
 * transaction as the change: the unique column lets exactly one of two writers on version n succeed, on any
 * node and any database (the loser's insert waits for the winner and then fails). Only the newest claim per
 * initiative is kept.
 */
@Preload
@Table("INITIATIVE_REV")
public interface AoInitiativeRevision extends Entity {
    String INITIATIVE_ID = "INITIATIVE_ID";
    String REVISION_KEY = "REVISION_KEY";

    /** ID of the initiative (AoInitiative). */
    @NotNull
    @Indexed
    int getInitiativeId();

    void setInitiativeId(int initiativeId);

    /** "initiativeId|version": unique. */
    @NotNull
    @Unique
    String getRevisionKey();

    void setRevisionKey(String revisionKey);
}
