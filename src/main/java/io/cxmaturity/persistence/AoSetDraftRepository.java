package io.cxmaturity.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.cxmaturity.domain.SetDraft;
import io.cxmaturity.port.ConflictException;
import io.cxmaturity.port.SetDraftRepository;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Working copies of question sets in Active Objects. Each save inserts the next revision under a unique key
 * and deletes the older rows in the same transaction: of two saves from the same revision, on any node, the
 * database lets one through and refuses the other.
 */
public class AoSetDraftRepository implements SetDraftRepository {
    private final ActiveObjects ao;

    public AoSetDraftRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<SetDraft> find(String spaceKey, String setKey) {
        AoSetDraft[] rows = ao.find(AoSetDraft.class, Query.select()
                .where(AoSetDraft.SPACE_KEY + " = ? AND " + AoSetDraft.SET_KEY + " = ?", spaceKey, setKey)
                .order(AoSetDraft.REVISION + " DESC").limit(1));
        return rows.length == 0 ? Optional.empty() : Optional.of(toDomain(rows[0]));
    }

    @Override
    public List<SetDraft> list(String spaceKey) {
        AoSetDraft[] rows = ao.find(AoSetDraft.class, Query.select()
                .where(AoSetDraft.SPACE_KEY + " = ?", spaceKey)
                .order(AoSetDraft.SET_KEY + " ASC, " + AoSetDraft.REVISION + " DESC"));
        Map<String, AoSetDraft> latest = new LinkedHashMap<>();
        for (AoSetDraft row : rows) {
            latest.putIfAbsent(row.getSetKey(), row);
        }
        List<SetDraft> drafts = new ArrayList<>();
        for (AoSetDraft row : latest.values()) {
            if (!row.isCleared()) {
                drafts.add(toDomain(row));
            }
        }
        return drafts;
    }

    @Override
    public SetDraft save(String spaceKey, String setKey, int expectedRevision, String definition, String updatedBy,
                         Instant at) {
        if (definition == null) {
            throw new IllegalArgumentException("a draft needs a definition; clear() empties it");
        }
        return write(spaceKey, setKey, expectedRevision, definition, updatedBy, at);
    }

    @Override
    public SetDraft clear(String spaceKey, String setKey, int expectedRevision, String updatedBy, Instant at) {
        return write(spaceKey, setKey, expectedRevision, null, updatedBy, at);
    }

    private SetDraft write(String spaceKey, String setKey, int expectedRevision, String definition, String updatedBy,
                           Instant at) {
        int next = expectedRevision + 1;
        try {
            return ao.executeInTransaction(() -> {
                int current = find(spaceKey, setKey).map(SetDraft::revision).orElse(0);
                if (current != expectedRevision) {
                    throw new ConflictException("draft of " + setKey + " is at revision " + current + ", not "
                            + expectedRevision);
                }
                AoSetDraft row = ao.create(AoSetDraft.class,
                        new DBParam(AoSetDraft.SPACE_KEY, spaceKey),
                        new DBParam(AoSetDraft.SET_KEY, setKey),
                        new DBParam(AoSetDraft.REVISION, next),
                        new DBParam(AoSetDraft.REVISION_KEY, spaceKey + "|" + setKey + "|" + next),
                        new DBParam(AoSetDraft.CLEARED, definition == null),
                        new DBParam(AoSetDraft.DEFINITION, definition),
                        new DBParam(AoSetDraft.UPDATED_BY, updatedBy),
                        new DBParam(AoSetDraft.UPDATED_AT, at.toEpochMilli()));
                ao.deleteWithSQL(AoSetDraft.class, AoSetDraft.SPACE_KEY + " = ? AND " + AoSetDraft.SET_KEY
                        + " = ? AND " + AoSetDraft.REVISION + " < ?", spaceKey, setKey, next);
                return new SetDraft(spaceKey, setKey, next, definition, updatedBy, Instant.ofEpochMilli(
                        row.getUpdatedAt()));
            });
        } catch (ConflictException e) {
            throw e;
        } catch (RuntimeException e) {
            if (Constraints.isViolation(e) || Constraints.isDeadlock(e)) {
                // Another save from the same revision got there first (MySQL may report it as a deadlock).
                throw new ConflictException("revision " + next + " of the draft of " + setKey + " exists", e);
            }
            throw e;
        }
    }

    private static SetDraft toDomain(AoSetDraft row) {
        return new SetDraft(row.getSpaceKey(), row.getSetKey(), row.getRevision(),
                row.isCleared() ? null : row.getDefinition(), row.getUpdatedBy(),
                Instant.ofEpochMilli(row.getUpdatedAt()));
    }
}
