package io.cxmaturity.port;

import io.cxmaturity.domain.Department;

import java.util.List;
import java.util.Optional;

/** Departments (groups of respondents) of a space. */
public interface DepartmentRepository {
    Department create(String spaceKey, String key, String name, String setKey, int headcount);

    /** Stores a changed name, set, headcount or archived flag (the key never changes). */
    Department update(Department department);

    Optional<Department> find(String spaceKey, long id);

    Optional<Department> findByKey(String spaceKey, String key);

    List<Department> list(String spaceKey);
}
