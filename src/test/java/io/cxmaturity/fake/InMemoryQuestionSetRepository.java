package io.cxmaturity.fake;

import io.cxmaturity.domain.QuestionSet;
import io.cxmaturity.domain.StoredQuestionSet;
import io.cxmaturity.port.ConflictException;
import io.cxmaturity.port.QuestionSetRepository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Question-set versions and archived sets in memory, for service tests and the repository contract. */
public final class InMemoryQuestionSetRepository implements QuestionSetRepository {
    private final List<StoredQuestionSet> rows = new ArrayList<>();
    private long nextId = 1;
    private final Set<String> archived = new TreeSet<>();

    @Override
    public synchronized Optional<StoredQuestionSet> find(String spaceKey, long id) {
        return rows.stream().filter(r -> r.id() == id && r.spaceKey().equals(spaceKey)).findFirst();
    }

    @Override
    public synchronized Optional<StoredQuestionSet> latest(String spaceKey, String setKey) {
        return rows.stream().filter(r -> r.spaceKey().equals(spaceKey) && r.key().equals(setKey))
                .max(Comparator.comparingInt(StoredQuestionSet::version));
    }

    @Override
    public synchronized List<StoredQuestionSet> latestOfEach(String spaceKey) {
        Map<String, StoredQuestionSet> latest = new LinkedHashMap<>();
        rows.stream().filter(r -> r.spaceKey().equals(spaceKey))
                .sorted(Comparator.comparing(StoredQuestionSet::key))
                .forEach(r -> latest.merge(r.key(), r, (a, b) -> a.version() >= b.version() ? a : b));
        return new ArrayList<>(latest.values());
    }

    @Override
    public synchronized StoredQuestionSet save(String spaceKey, QuestionSet set, String definition, String publishedBy,
                                               Instant at) {
        if (rows.stream().anyMatch(r -> r.spaceKey().equals(spaceKey) && r.key().equals(set.key())
                && r.version() == set.version())) {
            throw new ConflictException("version exists");
        }
        StoredQuestionSet stored = new StoredQuestionSet(nextId++, spaceKey, set, definition, at, publishedBy);
        rows.add(stored);
        return stored;
    }

    /** Every version of the space, in the order stored. */
    public synchronized List<StoredQuestionSet> all(String spaceKey) {
        return rows.stream().filter(r -> r.spaceKey().equals(spaceKey)).toList();
    }

    /** Removes a version (an import replacing a built-in set the product installed by itself). */
    public synchronized void remove(long id) {
        rows.removeIf(r -> r.id() == id);
    }

    @Override
    public synchronized Set<String> archivedKeys(String spaceKey) {
        Set<String> keys = new TreeSet<>();
        archived.stream().filter(k -> k.startsWith(spaceKey + "|")).forEach(k -> keys.add(k.substring(
                spaceKey.length() + 1)));
        return keys;
    }

    @Override
    public synchronized boolean archive(String spaceKey, String setKey, String archivedBy, Instant at) {
        return archived.add(spaceKey + "|" + setKey);
    }

    @Override
    public synchronized boolean restore(String spaceKey, String setKey) {
        return archived.remove(spaceKey + "|" + setKey);
    }
}
