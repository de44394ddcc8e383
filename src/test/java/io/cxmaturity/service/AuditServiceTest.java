package io.cxmaturity.service;

import io.cxmaturity.domain.AuditEntry;
import io.cxmaturity.domain.Language;
import io.cxmaturity.domain.ResultsVisibility;
import io.cxmaturity.domain.Round;
import org.junit.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/** Every admin change lands in the space's audit trail with who and what; only space admins read it. */
public class AuditServiceTest {
    private final Services s = new Services();

    @Test
    public void adminChangesAreRecordedNewestFirstWithTheActorsName() {
        Round round = s.openRound("Sales", "six-blocks", true, 3);
        s.users.actAs("boss");
        s.settings.update("CX", ResultsVisibility.GROUPS, List.of("leadership"), 4, Language.UK.code());
        s.rounds.closeRound("CX", round.id());

        List<AuditService.Line> lines = s.audit.recent("CX", 50, 0);
        assertEquals(List.of("round.close", "settings.update", "round.open", "department.create"),
                lines.stream().map(l -> l.entry().action()).collect(Collectors.toList()));
        assertTrue(lines.stream().allMatch(l -> l.entry().actorKey().equals("key-boss")));
        assertEquals("BOSS", lines.get(0).actorName());
        AuditEntry open = lines.get(2).entry();
        assertEquals("sales · " + round.name(), open.subject());
        assertTrue(open.detail(), open.detail().contains("anonymous") && open.detail().contains("min 3"));
        assertTrue(lines.get(1).entry().detail().contains("leadership"));
    }

    @Test
    public void refusedChangesLeaveNoTrace() {
        s.openRound("Sales", "six-blocks", false, 3);
        int before = s.auditLog.recent("CX", 100, 0).size();
        s.users.actAs("ann");
        try {
            s.settings.update("CX", ResultsVisibility.ALL_VIEWERS, List.of(), 3, "en");
            fail("a member cannot change settings");
        } catch (ServiceException expected) {
            assertEquals(ServiceException.Kind.FORBIDDEN, expected.kind());
        }
        s.users.actAs("boss");
        try {
            s.settings.update("CX", ResultsVisibility.ALL_VIEWERS, List.of(), 0, "en");
            fail("a minimum group size of 0 is refused");
        } catch (ServiceException expected) {
            assertEquals("minGroupSize", expected.field());
        }
        assertEquals(before, s.auditLog.recent("CX", 100, 0).size());
    }

    @Test
    public void onlySpaceAdminsReadTheTrail() {
        s.openRound("Sales", "six-blocks", false, 3);
        s.users.actAs("ann");
        try {
            s.audit.recent("CX", 10, 0);
            fail("a member cannot read the audit trail");
        } catch (ServiceException expected) {
            assertEquals(ServiceException.Kind.FORBIDDEN, expected.kind());
        }
        s.users.actAs("otto");
        try {
            s.audit.recent("CX", 10, 0);
            fail("the admin of another space cannot read it");
        } catch (ServiceException expected) {
            assertTrue(expected.kind() == ServiceException.Kind.NOT_FOUND
                    || expected.kind() == ServiceException.Kind.FORBIDDEN);
        }
    }
}
