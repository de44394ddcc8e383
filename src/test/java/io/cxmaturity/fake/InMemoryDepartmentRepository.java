package io.cxmaturity.fake;

import io.cxmaturity.domain.Department;
import io.cxmaturity.port.DepartmentRepository;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Departments in memory. */
public final class InMemoryDepartmentRepository implements DepartmentRepository {
    private final List<Department> rows = new ArrayList<>();

    @Override
    public synchronized Department create(String spaceKey, String key, String name, String setKey, int headcount) {
        Department d = new Department(rows.size() + 1, spaceKey, key, name, setKey, false, headcount);
        rows.add(d);
        return d;
    }

    @Override
    public synchronized Department update(Department department) {
        for (int i = 0; i < rows.size(); i++) {
            Department d = rows.get(i);
            if (d.id() == department.id()) {
                // as in Active Objects: the space and the key never change
                Department stored = new Department(d.id(), d.spaceKey(), d.key(), department.name(),
                        department.setKey(), department.archived(), department.headcount(),
                        department.cadenceMonths(), department.respondentGroup());
                rows.set(i, stored);
                return stored;
            }
        }
        throw new IllegalArgumentException("no department " + department.id());
    }

    @Override
    public synchronized Optional<Department> find(String spaceKey, long id) {
        return rows.stream().filter(d -> d.id() == id && d.spaceKey().equals(spaceKey)).findFirst();
    }

    @Override
    public synchronized Optional<Department> findByKey(String spaceKey, String key) {
        return rows.stream().filter(d -> d.key().equals(key) && d.spaceKey().equals(spaceKey)).findFirst();
    }

    @Override
    public synchronized List<Department> list(String spaceKey) {
        return rows.stream().filter(d -> d.spaceKey().equals(spaceKey)).sorted(Comparator.comparing(Department::name))
                .collect(Collectors.toList());
    }
}
