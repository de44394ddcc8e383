package io.cxmaturity.fake;

import io.cxmaturity.domain.Initiative;
import io.cxmaturity.port.ConflictException;
import io.cxmaturity.port.InitiativeRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Initiatives in memory, listed in the order they were created (as Active Objects lists them, by ID). A
 * change is stored only on the version it was read at, as the Active Objects repository does.
 */
public final class InMemoryInitiativeRepository implements InitiativeRepository {
    private final List<Initiative> rows = new ArrayList<>();
    private long nextId = 1;

    @Override
    public synchronized Initiative create(Initiative initiative) {
        Initiative stored = new Initiative(nextId++, initiative.spaceKey(), initiative.setKey(), initiative.blockKey(),
                initiative.departmentKey(), initiative.title(), initiative.description(), initiative.horizon(),
                initiative.ownerKey(), initiative.status(), initiative.targetStage(), initiative.dueOn(),
                initiative.progress(), initiative.link(), initiative.source(), initiative.sourceRef(), 1,
                initiative.createdAt(), initiative.createdBy(), initiative.updatedAt(), initiative.doneAt());
        rows.add(stored);
        return stored;
    }

    /** Stores an imported initiative as it is, version included, under a new id (as a whole-space import does). */
    public synchronized Initiative restore(String spaceKey, Initiative initiative) {
        Initiative stored = new Initiative(nextId++, spaceKey, initiative.setKey(), initiative.blockKey(),
                initiative.departmentKey(), initiative.title(), initiative.description(), initiative.horizon(),
                initiative.ownerKey(), initiative.status(), initiative.targetStage(), initiative.dueOn(),
                initiative.progress(), initiative.link(), initiative.source(), initiative.sourceRef(),
                initiative.version(), initiative.createdAt(), initiative.createdBy(), initiative.updatedAt(),
                initiative.doneAt());
        rows.add(stored);
        return stored;
    }

    @Override
    public synchronized Initiative update(Initiative i, int expectedVersion) {
        for (int n = 0; n < rows.size(); n++) {
            Initiative old = rows.get(n);
            if (old.id() == i.id() && old.spaceKey().equals(i.spaceKey())) {
                if (old.version() != expectedVersion) {
                    throw new ConflictException("initiative " + i.id() + " is at version " + old.version());
                }
                Initiative stored = new Initiative(old.id(), old.spaceKey(), i.setKey(), i.blockKey(),
                        i.departmentKey(), i.title(), i.description(), i.horizon(), i.ownerKey(), i.status(),
                        i.targetStage(), i.dueOn(), i.progress(), i.link(), i.source(), i.sourceRef(),
                        expectedVersion + 1, old.createdAt(), old.createdBy(), i.updatedAt(), i.doneAt());
                rows.set(n, stored);
                return stored;
            }
        }
        throw new ConflictException("no initiative " + i.id());
    }

    @Override
    public synchronized Optional<Initiative> find(String spaceKey, long id) {
        return rows.stream().filter(i -> i.id() == id && i.spaceKey().equals(spaceKey)).findFirst();
    }

    @Override
    public synchronized List<Initiative> list(String spaceKey) {
        return rows.stream().filter(i -> i.spaceKey().equals(spaceKey)).toList();
    }

    @Override
    public synchronized int count(String spaceKey) {
        return (int) rows.stream().filter(i -> i.spaceKey().equals(spaceKey)).count();
    }

    @Override
    public synchronized boolean delete(String spaceKey, long id) {
        return rows.removeIf(i -> i.id() == id && i.spaceKey().equals(spaceKey));
    }
}
