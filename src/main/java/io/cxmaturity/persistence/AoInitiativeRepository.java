package io.cxmaturity.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.cxmaturity.domain.Horizon;
import io.cxmaturity.domain.Initiative;
import io.cxmaturity.domain.InitiativeSource;
import io.cxmaturity.domain.InitiativeStatus;
import io.cxmaturity.port.ConflictException;
import io.cxmaturity.port.InitiativeRepository;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Roadmap initiatives in Active Objects; versions are guarded by {@link AoInitiativeRevision} claims. */
public class AoInitiativeRepository implements InitiativeRepository {
    private final ActiveObjects ao;

    public AoInitiativeRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Initiative create(Initiative i) {
        return ao.executeInTransaction(() -> toDomain(ao.create(AoInitiative.class,
                new DBParam(AoInitiative.SPACE_KEY, i.spaceKey()),
                new DBParam(AoInitiative.SET_KEY, i.setKey()),
                new DBParam(AoInitiative.BLOCK_KEY, i.blockKey()),
                new DBParam(AoInitiative.DEPT_KEY, i.departmentKey()),
                new DBParam(AoInitiative.TITLE, i.title()),
                new DBParam(AoInitiative.DESCRIPTION, i.description()),
                new DBParam(AoInitiative.HORIZON_MONTHS, i.horizon().months()),
                new DBParam(AoInitiative.OWNER_KEY, i.ownerKey()),
                new DBParam(AoInitiative.STATUS, i.status().name()),
                new DBParam(AoInitiative.TARGET_STAGE, i.targetStage()),
                new DBParam(AoInitiative.DUE_ON, i.dueOn() == null ? null : i.dueOn().toString()),
                new DBParam(AoInitiative.PROGRESS, i.progress()),
                new DBParam(AoInitiative.LINK, i.link()),
                new DBParam(AoInitiative.SOURCE, i.source().name()),
                new DBParam(AoInitiative.SOURCE_REF, i.sourceRef()),
                new DBParam(AoInitiative.VERSION, 1),
                new DBParam(AoInitiative.CREATED_AT, i.createdAt().toEpochMilli()),
                new DBParam(AoInitiative.CREATED_BY, i.createdBy()),
                new DBParam(AoInitiative.UPDATED_AT, i.updatedAt().toEpochMilli()),
                new DBParam(AoInitiative.DONE_AT, i.doneAt() == null ? null : i.doneAt().toEpochMilli()))));
    }

    @Override
    public Initiative update(Initiative i, int expectedVersion) {
        if (i.id() <= 0 || i.id() > Integer.MAX_VALUE) {
            throw new ConflictException("no initiative " + i.id());
        }
        int id = (int) i.id();
        String claim = id + "|" + (expectedVersion + 1);
        try {
            return ao.executeInTransaction(() -> {
                // The claim first: a second writer on the same version waits here for the first, then fails.
                ao.create(AoInitiativeRevision.class, new DBParam(AoInitiativeRevision.INITIATIVE_ID, id),
                        new DBParam(AoInitiativeRevision.REVISION_KEY, claim));
                AoInitiative[] rows = ao.find(AoInitiative.class, "ID = ? AND " + AoInitiative.SPACE_KEY + " = ?", id,
                        i.spaceKey());
                if (rows.length == 0 || rows[0].getVersion() != expectedVersion) {
                    throw new ConflictException("initiative " + id + " is no longer at version " + expectedVersion);
                }
                AoInitiative row = rows[0];
                row.setSetKey(i.setKey());
                row.setBlockKey(i.blockKey());
                row.setDeptKey(i.departmentKey());
                row.setTitle(i.title());
                row.setDescription(i.description());
                row.setHorizonMonths(i.horizon().months());
                row.setOwnerKey(i.ownerKey());
                row.setStatus(i.status().name());
                row.setTargetStage(i.targetStage());
                row.setDueOn(i.dueOn() == null ? null : i.dueOn().toString());
                row.setProgress(i.progress());
                row.setLink(i.link());
                row.setSource(i.source().name());
                row.setSourceRef(i.sourceRef());
                row.setVersion(expectedVersion + 1);
                row.setUpdatedAt(i.updatedAt().toEpochMilli());
                row.setDoneAt(i.doneAt() == null ? null : i.doneAt().toEpochMilli());
                row.save();
                ao.deleteWithSQL(AoInitiativeRevision.class, AoInitiativeRevision.INITIATIVE_ID + " = ? AND "
                        + AoInitiativeRevision.REVISION_KEY + " <> ?", id, claim);
                return toDomain(row);
            });
        } catch (RuntimeException e) {
            if (Constraints.isViolation(e)) {
                throw new ConflictException("initiative " + id + " was changed at the same time", e);
            }
            throw e;
        }
    }

    @Override
    public Optional<Initiative> find(String spaceKey, long id) {
        if (id <= 0 || id > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        AoInitiative[] rows = ao.find(AoInitiative.class, "ID = ? AND " + AoInitiative.SPACE_KEY + " = ?", (int) id,
                spaceKey);
        return rows.length == 0 ? Optional.empty() : Optional.of(toDomain(rows[0]));
    }

    @Override
    public List<Initiative> list(String spaceKey) {
        return Arrays.stream(ao.find(AoInitiative.class, Query.select()
                        .where(AoInitiative.SPACE_KEY + " = ?", spaceKey).order("ID ASC")))
                .map(AoInitiativeRepository::toDomain).collect(Collectors.toList());
    }

    @Override
    public int count(String spaceKey) {
        return ao.count(AoInitiative.class, AoInitiative.SPACE_KEY + " = ?", spaceKey);
    }

    @Override
    public boolean delete(String spaceKey, long id) {
        if (id <= 0 || id > Integer.MAX_VALUE) {
            return false;
        }
        return ao.executeInTransaction(() -> {
            int deleted = ao.deleteWithSQL(AoInitiative.class, "ID = ? AND " + AoInitiative.SPACE_KEY + " = ?",
                    (int) id, spaceKey);
            if (deleted > 0) {
                ao.deleteWithSQL(AoInitiativeRevision.class, AoInitiativeRevision.INITIATIVE_ID + " = ?", (int) id);
            }
            return deleted > 0;
        });
    }

    private static Initiative toDomain(AoInitiative row) {
        return new Initiative(row.getID(), row.getSpaceKey(), row.getSetKey(), row.getBlockKey(), row.getDeptKey(),
                row.getTitle(), row.getDescription(), Horizon.ofMonths(row.getHorizonMonths()).orElse(Horizon.MONTHS_12),
                row.getOwnerKey(), InitiativeStatus.valueOf(row.getStatus()), row.getTargetStage(),
                row.getDueOn() == null ? null : LocalDate.parse(row.getDueOn()), row.getProgress(), row.getLink(),
                InitiativeSource.valueOf(row.getSource()), row.getSourceRef(), row.getVersion(),
                Instant.ofEpochMilli(row.getCreatedAt()), row.getCreatedBy(), Instant.ofEpochMilli(row.getUpdatedAt()),
                row.getDoneAt() == null ? null : Instant.ofEpochMilli(row.getDoneAt()));
    }
}
