package io.cxmaturity.fake;

import io.cxmaturity.persistence.DepartmentRepositoryContract;
import io.cxmaturity.port.DepartmentRepository;

import java.util.UUID;

/** The department fake keeps the Active Objects contract, so service tests that use it can be trusted. */
public class InMemoryDepartmentRepositoryTest extends DepartmentRepositoryContract {
    private final InMemoryDepartmentRepository departments = new InMemoryDepartmentRepository();

    @Override
    protected DepartmentRepository departments() {
        return departments;
    }

    @Override
    protected String freshSpace() {
        return "S" + UUID.randomUUID().toString().substring(0, 8);
    }
}
