package io.cxmaturity.persistence;

import io.cxmaturity.domain.Department;
import io.cxmaturity.port.DepartmentRepository;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * What every {@link DepartmentRepository} must do, run against the in-memory fake and against Active Objects
 * on each database: a department reads back by ID and by key, a space lists its departments by name, an
 * update changes everything but the key, and another space sees none of them.
 */
public abstract class DepartmentRepositoryContract {
    protected abstract DepartmentRepository departments();

    protected abstract String freshSpace();

    @Test
    @NonTransactional
    public void createdDepartmentIsFoundByIdAndByKey() {
        String space = freshSpace();
        Department created = departments().create(space, "sales", "Sales", "six-blocks", 12);

        assertTrue(created.id() > 0);
        assertEquals(new Department(created.id(), space, "sales", "Sales", "six-blocks", false, 12), created);
        assertEquals(created, departments().find(space, created.id()).orElseThrow());
        assertEquals(created, departments().findByKey(space, "sales").orElseThrow());
        assertFalse(departments().findByKey(space, "support").isPresent());
    }

    @Test
    @NonTransactional
    public void listHoldsTheSpacesDepartmentsSortedByName() {
        String space = freshSpace();
        Department support = departments().create(space, "support", "Support", "contact-centre", 40);
        Department finance = departments().create(space, "finance", "Finance", "six-blocks", 0);
        Department marketing = departments().create(space, "marketing", "Marketing", "cx-checklist", 7);
        departments().create(freshSpace(), "audit", "Audit", "six-blocks", 3);

        assertEquals(List.of(finance, marketing, support), departments().list(space));
    }

    @Test
    @NonTransactional
    public void updateChangesNameSetHeadcountAndArchivedButNotTheKey() {
        String space = freshSpace();
        Department created = departments().create(space, "sales", "Sales", "six-blocks", 12);
        Department updated = departments().update(new Department(created.id(), space, "renamed", "Sales & Growth",
                "cx-checklist", true, 0));

        Department expected = new Department(created.id(), space, "sales", "Sales & Growth", "cx-checklist", true, 0);
        assertEquals(expected, updated);
        assertEquals(expected, departments().find(space, created.id()).orElseThrow());
        assertEquals(expected, departments().findByKey(space, "sales").orElseThrow());
        assertFalse("the key never changes", departments().findByKey(space, "renamed").isPresent());
        assertEquals(List.of(expected), departments().list(space));

        Department restored = departments().update(new Department(created.id(), space, "sales", "Sales",
                "six-blocks", false, 15));
        assertEquals(new Department(created.id(), space, "sales", "Sales", "six-blocks", false, 15), restored);
        assertEquals(restored, departments().find(space, created.id()).orElseThrow());
    }

    @Test
    @NonTransactional
    public void cadenceAndRespondentGroupAreStoredAndCleared() {
        String space = freshSpace();
        Department created = departments().create(space, "sales", "Sales", "six-blocks", 12);
        assertEquals("a new department re-assesses yearly and names no group", 12, created.cadenceMonths());
        assertEquals(null, created.respondentGroup());

        Department twiceAYear = departments().update(new Department(created.id(), space, "sales", "Sales",
                "six-blocks", false, 12, 6, "Отдел продаж"));
        assertEquals(twiceAYear, departments().findByKey(space, "sales").orElseThrow());
        assertEquals(6, twiceAYear.cadenceMonths());
        assertEquals("Отдел продаж", twiceAYear.respondentGroup());

        Department cleared = departments().update(new Department(created.id(), space, "sales", "Sales",
                "six-blocks", false, 12, 0, null));
        assertEquals(cleared, departments().find(space, created.id()).orElseThrow());
        assertEquals(null, cleared.respondentGroup());
        assertEquals(0, cleared.cadenceMonths());
    }

    @Test
    @NonTransactional
    public void departmentsOfAnotherSpaceAreInvisible() {
        String space = freshSpace();
        Department created = departments().create(space, "sales", "Sales", "six-blocks", 12);
        String other = freshSpace();

        assertFalse(departments().find(other, created.id()).isPresent());
        assertFalse(departments().findByKey(other, "sales").isPresent());
        assertTrue(departments().list(other).isEmpty());
        assertFalse(departments().find(space, 0).isPresent());
        assertFalse(departments().find(space, -1).isPresent());
        assertFalse(departments().find(space, Long.MAX_VALUE).isPresent());
    }
}
