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

    /** As in Active Objects the status is never written here (the fake does not know participants). */
    @Override
    public synchronized Round update(Round round) {
        Round[] stored = new Round[1];
        rows.replaceAll(r -> {
            if (r.id() != round.id()) {
                return r;
            }
            stored[0] = new Round(r.id(), r.spaceKey(), r.departmentId(), r.setKey(), r.setVersionId(), round.name(),
                    r.status(), round.opensOn(), round.closesOn() == null && !r.isOpen() ? r.closesOn() : round.closesOn(),
                    round.anonymous(), round.minGroupSize(), r.createdAt(), round.reminders(), round.formPageUrl());
            return stored[0];
        });
        return stored[0];
    }

    @Override
    public synchronized Round close(String spaceKey, long id, java.time.LocalDate closesOn) {
        Round[] closed = new Round[1];
        rows.replaceAll(r -> {
            if (r.id() != id || !r.spaceKey().equals(spaceKey)) {
                return r;
            }
            closed[0] = !r.isOpen() ? r : r.closed(r.closesOn() != null && !r.closesOn().isAfter(closesOn)
                    ? r.closesOn() : closesOn);
            return closed[0];
        });
        return closed[0];
    }
}
