package io.cxmaturity.service;

import io.cxmaturity.domain.AuditEntry;
import io.cxmaturity.domain.Department;
import io.cxmaturity.domain.Round;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/** Space admins rename, re-point, archive and restore departments; the key and past rounds never change. */
public class DepartmentAdminTest {
    private final Services s = new Services();

    private ServiceException refused(Runnable call) {
        try {
            call.run();
        } catch (ServiceException e) {
            return e;
        }
        throw new AssertionError("expected the change to be refused");
    }

    @Test
    public void renameKeepsTheKeyAndTheRoundsAndIsAudited() {
        Round round = s.openRound("Sales", "six-blocks", false, 3);
        s.users.actAs("boss");
        Department renamed = s.rounds.updateDepartment("CX", "sales", new RoundService.DepartmentChange(
                "Sales & Partners", null, 40, 6, null, null));

        assertEquals("sales", renamed.key());
        assertEquals("Sales & Partners", renamed.name());
        assertEquals(40, renamed.headcount());
        assertEquals(6, renamed.cadenceMonths());
        assertEquals(List.of(round), s.rounds.rounds("CX", "sales"));
        AuditEntry last = s.auditLog.recent("CX", 1, 0).get(0);
        assertEquals("department.update", last.action());
        assertTrue(last.detail(), last.detail().contains("Sales → Sales & Partners")
                && last.detail().contains("cadence 12 → 6 months"));
    }

    @Test
    public void archivedDepartmentsTakeNoNewRoundUntilRestored() {
        Round round = s.openRound("Sales", "six-blocks", false, 3);
        s.users.actAs("boss");
        s.rounds.closeRound("CX", round.id());
        s.rounds.updateDepartment("CX", "sales", new RoundService.DepartmentChange(null, null, null, null, null, true));
        ServiceException e = refused(() -> s.rounds.openRound("CX", "sales", "2027 H1", false, 3, null, null));
        assertEquals(ServiceException.Kind.CONFLICT, e.kind());
        assertEquals("department-archived", e.code());

        s.rounds.updateDepartment("CX", "sales", new RoundService.DepartmentChange(null, null, null, null, null, false));
        assertEquals("2027 H1", s.rounds.openRound("CX", "sales", "2027 H1", false, 3, null, null).name());
        assertEquals(List.of("round.open", "department.restore", "department.archive"),
                s.auditLog.recent("CX", 3, 0).stream().map(AuditEntry::action).toList());
    }

    @Test
    public void respondentGroupMustExistAndAnEmptyOneClearsIt() {
        s.openRound("Sales", "six-blocks", false, 3);
        s.users.group("ann", "sales-team");
        s.users.actAs("boss");
        ServiceException unknown = refused(() -> s.rounds.updateDepartment("CX", "sales",
                new RoundService.DepartmentChange(null, null, null, null, "no-such-group", null)));
        assertEquals("respondentGroup", unknown.field());
        assertEquals(null, s.rounds.departments("CX").get(0).respondentGroup());

        assertEquals("sales-team", s.rounds.updateDepartment("CX", "sales",
                new RoundService.DepartmentChange(null, null, null, null, "sales-team", null)).respondentGroup());
        assertEquals(null, s.rounds.updateDepartment("CX", "sales",
                new RoundService.DepartmentChange(null, null, null, null, " ", null)).respondentGroup());
    }

    @Test
    public void badChangesNameTheFieldAndStoreNothing() {
        s.openRound("Sales", "six-blocks", false, 3);
        s.users.actAs("boss");
        Department before = s.rounds.departments("CX").get(0);
        int audited = s.auditLog.recent("CX", 100, 0).size();
        assertEquals("name", refused(() -> s.rounds.updateDepartment("CX", "sales",
                new RoundService.DepartmentChange("  ", null, null, null, null, null))).field());
        assertEquals("cadenceMonths", refused(() -> s.rounds.updateDepartment("CX", "sales",
                new RoundService.DepartmentChange(null, null, null, 3, null, null))).field());
        assertEquals("set", refused(() -> s.rounds.updateDepartment("CX", "sales",
                new RoundService.DepartmentChange(null, "no-such-set", null, null, null, null))).field());
        assertEquals("headcount", refused(() -> s.rounds.updateDepartment("CX", "sales",
                new RoundService.DepartmentChange(null, null, -1, null, null, null))).field());
        assertEquals(ServiceException.Kind.NOT_FOUND, refused(() -> s.rounds.updateDepartment("CX", "nope",
                new RoundService.DepartmentChange("X", null, null, null, null, null))).kind());
        s.users.actAs("ann");
        assertEquals(ServiceException.Kind.FORBIDDEN, refused(() -> s.rounds.updateDepartment("CX", "sales",
                new RoundService.DepartmentChange("Mine", null, null, null, null, null))).kind());

        s.users.actAs("boss");
        assertEquals(before, s.rounds.departments("CX").get(0));
        assertEquals(audited, s.auditLog.recent("CX", 100, 0).size());
    }
}
