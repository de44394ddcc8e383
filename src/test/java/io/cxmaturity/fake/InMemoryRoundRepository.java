package io.cxmaturity.fake;

import io.cxmaturity.domain.Round;
import io.cxmaturity.port.RoundRepository;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Rounds in memory. */
public final class InMemoryRoundRepository implements RoundRepository {
    private final List<Round> rows = new ArrayList<>();

    @Override
    public synchronized Round create(Round r) {
        Round stored = r.withId(rows.size() + 1);
        rows.add(stored);
        return stored;
    }

    @Override
    public synchronized Optional<Round> find(String spaceKey, long id) {
        return rows.stream().filter(r -> r.id() == id && r.spaceKey().equals(spaceKey)).findFirst();
    }

    @Override
    public synchronized List<Round> listForDepartment(String spaceKey, long departmentId) {
        return rows.stream().filter(r -> r.spaceKey().equals(spaceKey) && r.departmentId() == departmentId)
                .sorted(Comparator.comparing(Round::createdAt).thenComparingLong(Round::id).reversed())
                .collect(Collectors.toList());
    }

    @Override
    public synchronized List<Round> listOpen() {
        return rows.stream().filter(Round::isOpen).sorted(Comparator.comparingLong(Round::id))
                .collect(Collectors.toList());
    }

    @Override
    public synchronized Round update(Round round) {
        rows.replaceAll(r -> r.id() == round.id() ? round : r);
        return round;
    }
}
