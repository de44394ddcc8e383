package io.cxmaturity.port;

import io.cxmaturity.domain.Department;

import java.util.List;
import java.util.Optional;

/** Departments (groups of respondents) of a space. */
public interface DepartmentRepository {
    Department create(String spaceKey, String key, String name, String setKey);

    Optional<Department> find(String spaceKey, long id);

    Optional<Department> findByKey(String spaceKey, String key);

    List<Department> list(String spaceKey);
}
