package io.cxmaturity.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.cxmaturity.catalog.QuestionSetReader;
import io.cxmaturity.domain.QuestionSet;
import io.cxmaturity.domain.StoredQuestionSet;
import io.cxmaturity.port.ConflictException;
import io.cxmaturity.port.QuestionSetRepository;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Question-set versions in Active Objects. Stored versions are cached per version ID: a version never
 * changes, so the cache is safe on every node of a cluster. Archived sets are read from the database each
 * time (an archive changes).
 */
public class AoQuestionSetRepository implements QuestionSetRepository {
    private static final int CACHE_SIZE = 200;

    private final ActiveObjects ao;
    private final QuestionSetReader reader = new QuestionSetReader();
    /** Stored versions by ID: a version never changes, so what was read once stays true on every node. */
    private final Map<Integer, StoredQuestionSet> versions = Collections.synchronizedMap(
            new LinkedHashMap<Integer, StoredQuestionSet>(64, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<Integer, StoredQuestionSet> eldest) {
                    return size() > CACHE_SIZE;
                }
            });

    public AoQuestionSetRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<StoredQuestionSet> find(String spaceKey, long id) {
        if (id <= 0 || id > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        StoredQuestionSet known = versions.get((int) id);
        if (known != null) {
            return known.spaceKey().equals(spaceKey) ? Optional.of(known) : Optional.empty();
        }
        AoSetVersion row = ao.get(AoSetVersion.class, (int) id);
        if (row == null || !row.getSpaceKey().equals(spaceKey)) {
            return Optional.empty();
        }
        return Optional.of(toDomain(row));
    }

    @Override
    public Optional<StoredQuestionSet> latest(String spaceKey, String setKey) {
        AoSetVersion[] rows = ao.find(AoSetVersion.class, Query.select()
                .where(AoSetVersion.SPACE_KEY + " = ? AND " + AoSetVersion.SET_KEY + " = ?", spaceKey, setKey)
                .order(AoSetVersion.VERSION + " DESC").limit(1));
        return rows.length == 0 ? Optional.empty() : Optional.of(toDomain(rows[0]));
    }

    @Override
    public List<StoredQuestionSet> latestOfEach(String spaceKey) {
        AoSetVersion[] rows = ao.find(AoSetVersion.class, Query.select()
                .where(AoSetVersion.SPACE_KEY + " = ?", spaceKey)
                .order(AoSetVersion.SET_KEY + " ASC, " + AoSetVersion.VERSION + " DESC"));
        Map<String, AoSetVersion> latest = new LinkedHashMap<>();
        for (AoSetVersion row : rows) {
            latest.putIfAbsent(row.getSetKey(), row);
        }
        List<StoredQuestionSet> result = new ArrayList<>();
        latest.values().forEach(row -> result.add(toDomain(row)));
        return result;
    }

    @Override
    public StoredQuestionSet save(String spaceKey, QuestionSet set, String definition, String publishedBy, Instant at) {
        try {
            AoSetVersion row = ao.executeInTransaction(() -> ao.create(AoSetVersion.class,
                    new DBParam(AoSetVersion.SPACE_KEY, spaceKey),
                    new DBParam(AoSetVersion.SET_KEY, set.key()),
                    new DBParam(AoSetVersion.VERSION, set.version()),
                    new DBParam(AoSetVersion.VERSION_KEY, spaceKey + "|" + set.key() + "|" + set.version()),
                    new DBParam(AoSetVersion.DEFINITION, definition),
                    new DBParam(AoSetVersion.PUBLISHED_AT, at.toEpochMilli()),
                    new DBParam(AoSetVersion.PUBLISHED_BY, publishedBy)));
            StoredQuestionSet stored = new StoredQuestionSet(row.getID(), spaceKey, set, definition, at, publishedBy);
            versions.put(row.getID(), stored);
            return stored;
        } catch (RuntimeException e) {
            if (Constraints.isViolation(e)) {
                throw new ConflictException("version " + set.version() + " of " + set.key() + " exists", e);
            }
            throw e;
        }
    }

    @Override
    public Set<String> archivedKeys(String spaceKey) {
        Set<String> keys = new TreeSet<>();
        for (AoSetArchive row : ao.find(AoSetArchive.class, AoSetArchive.SPACE_KEY + " = ?", spaceKey)) {
            keys.add(row.getSetKey());
        }
        return keys;
    }

    @Override
    public boolean archive(String spaceKey, String setKey, String archivedBy, Instant at) {
        String key = spaceKey + "|" + setKey;
        try {
            return ao.executeInTransaction(() -> {
                if (ao.count(AoSetArchive.class, AoSetArchive.ARCHIVE_KEY + " = ?", key) > 0) {
                    return false;
                }
                ao.create(AoSetArchive.class,
                        new DBParam(AoSetArchive.SPACE_KEY, spaceKey),
                        new DBParam(AoSetArchive.SET_KEY, setKey),
                        new DBParam(AoSetArchive.ARCHIVE_KEY, key),
                        new DBParam(AoSetArchive.ARCHIVED_BY, archivedBy),
                        new DBParam(AoSetArchive.ARCHIVED_AT, at.toEpochMilli()));
                return true;
            });
        } catch (RuntimeException e) {
            if (Constraints.isViolation(e)) {
                // Another admin archived it between our look-up and insert: it is archived, not by us.
                return false;
            }
            throw e;
        }
    }

    @Override
    public boolean restore(String spaceKey, String setKey) {
        return ao.executeInTransaction(() -> ao.deleteWithSQL(AoSetArchive.class, AoSetArchive.ARCHIVE_KEY + " = ?",
                spaceKey + "|" + setKey)) > 0;
    }

    /** The stored version; its (large) definition is read and parsed only the first time. */
    private StoredQuestionSet toDomain(AoSetVersion row) {
        return versions.computeIfAbsent(row.getID(), id -> {
            String definition = row.getDefinition();
            return new StoredQuestionSet(id, row.getSpaceKey(), reader.read(definition), definition,
                    Instant.ofEpochMilli(row.getPublishedAt()), row.getPublishedBy());
        });
    }
}
