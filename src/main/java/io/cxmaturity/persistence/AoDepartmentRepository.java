package io.cxmaturity.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.cxmaturity.domain.Department;
import io.cxmaturity.port.DepartmentRepository;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Departments in Active Objects. */
public class AoDepartmentRepository implements DepartmentRepository {
    private final ActiveObjects ao;

    public AoDepartmentRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Department create(String spaceKey, String key, String name, String setKey, int headcount) {
        AoDepartment row = ao.executeInTransaction(() -> ao.create(AoDepartment.class,
                new DBParam(AoDepartment.SPACE_KEY, spaceKey),
                new DBParam(AoDepartment.DEPT_KEY, key),
                new DBParam(AoDepartment.NAME, name),
                new DBParam(AoDepartment.SET_KEY, setKey),
                new DBParam(AoDepartment.ARCHIVED, false),
                new DBParam(AoDepartment.HEADCOUNT, headcount),
                new DBParam(AoDepartment.CADENCE_MONTHS, Department.DEFAULT_CADENCE)));
        return toDomain(row);
    }

    @Override
    public Department update(Department department) {
        return ao.executeInTransaction(() -> {
            AoDepartment row = ao.get(AoDepartment.class, (int) department.id());
            row.setName(department.name());
            row.setSetKey(department.setKey());
            row.setArchived(department.archived());
            row.setHeadcount(department.headcount());
            row.setCadenceMonths(department.cadenceMonths());
            row.setRespondentGroup(department.respondentGroup());
            row.save();
            return toDomain(row);
        });
    }

    @Override
    public Optional<Department> find(String spaceKey, long id) {
        if (id <= 0 || id > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        AoDepartment row = ao.get(AoDepartment.class, (int) id);
        return row == null || !row.getSpaceKey().equals(spaceKey) ? Optional.empty() : Optional.of(toDomain(row));
    }

    @Override
    public Optional<Department> findByKey(String spaceKey, String key) {
        AoDepartment[] rows = ao.find(AoDepartment.class, Query.select()
                .where(AoDepartment.SPACE_KEY + " = ? AND " + AoDepartment.DEPT_KEY + " = ?", spaceKey, key));
        return rows.length == 0 ? Optional.empty() : Optional.of(toDomain(rows[0]));
    }

    @Override
    public List<Department> list(String spaceKey) {
        AoDepartment[] rows = ao.find(AoDepartment.class, Query.select()
                .where(AoDepartment.SPACE_KEY + " = ?", spaceKey).order(AoDepartment.NAME + " ASC"));
        return Arrays.stream(rows).map(AoDepartmentRepository::toDomain).collect(Collectors.toList());
    }

    static Department toDomain(AoDepartment row) {
        return new Department(row.getID(), row.getSpaceKey(), row.getDeptKey(), row.getName(), row.getSetKey(),
                row.isArchived(), row.getHeadcount(), row.getCadenceMonths(), row.getRespondentGroup());
    }
}
