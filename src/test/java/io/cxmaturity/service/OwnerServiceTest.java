package io.cxmaturity.service;

import io.cxmaturity.domain.Round;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/** Block owners: admins assign people to blocks of a set; everyone who sees the space reads them. */
public class OwnerServiceTest {
    private final Services s = new Services();

    private ServiceException refused(Runnable call) {
        try {
            call.run();
        } catch (ServiceException e) {
            return e;
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    public void ownersAreAssignedOnceAndShownOnResults() {
        Round round = s.openRound("Sales", "six-blocks", false, 1);
        s.users.actAs("boss");
        OwnerService.Owner ann = s.owners.add("CX", "six-blocks", "strategy", "ann");
        OwnerService.Owner again = s.owners.add("CX", "six-blocks", "strategy", "ann");
        s.owners.add("CX", "six-blocks", "strategy", "bob");
        assertEquals(ann.owner(), again.owner());
        assertEquals(2, s.owners.list("CX", "six-blocks").size());
        assertEquals("ANN", ann.user().orElseThrow().fullName());

        s.answer("cat", round, 3);
        s.users.actAs("boss");
        assertEquals(List.of("ANN", "BOB"), s.results.round("CX", round.id(), null).owners().get("strategy")
                .stream().map(u -> u.fullName()).toList());
        assertEquals(List.of("owner.add", "owner.add"), s.auditLog.recent("CX", 2, 0).stream()
                .map(e -> e.action()).toList());

        s.users.actAs("dan");
        assertEquals("viewers read the owners", 2, s.owners.list("CX", null).size());
    }

    @Test
    public void badAssignmentsNameTheFieldAndStoreNothing() {
        s.openRound("Sales", "six-blocks", false, 1);
        s.users.actAs("boss");
        assertEquals("user", refused(() -> s.owners.add("CX", "six-blocks", "strategy", "nobody")).field());
        assertEquals("blockKey", refused(() -> s.owners.add("CX", "six-blocks", "no-block", "ann")).field());
        assertEquals("set", refused(() -> s.owners.add("CX", "no-set", "strategy", "ann")).field());
        s.users.actAs("ann");
        assertEquals(ServiceException.Kind.FORBIDDEN,
                refused(() -> s.owners.add("CX", "six-blocks", "strategy", "ann")).kind());
        s.users.actAs("otto");
        assertTrue(refused(() -> s.owners.add("CX", "six-blocks", "strategy", "ann")).kind()
                != ServiceException.Kind.INVALID);
        s.users.actAs("boss");
        assertEquals(0, s.owners.list("CX", null).size());
    }

    @Test
    public void removalIsPerSpaceAndAudited() {
        s.openRound("Sales", "six-blocks", false, 1);
        s.users.actAs("boss");
        OwnerService.Owner ann = s.owners.add("CX", "six-blocks", "metrics", "ann");
        s.users.actAs("otto");
        refused(() -> s.owners.remove("OTHER", ann.owner().id()));
        s.users.actAs("boss");
        assertEquals(1, s.owners.list("CX", null).size());
        s.owners.remove("CX", ann.owner().id());
        assertEquals(0, s.owners.list("CX", null).size());
        assertEquals("owner.remove", s.auditLog.recent("CX", 1, 0).get(0).action());
        assertEquals(ServiceException.Kind.NOT_FOUND, refused(() -> s.owners.remove("CX", ann.owner().id())).kind());
    }

    @Test
    public void aBlockHasAtMostTenOwners() {
        s.openRound("Sales", "six-blocks", false, 1);
        for (int i = 0; i < OwnerService.MAX_PER_BLOCK; i++) {
            s.users.viewer("CX", "p" + i);
        }
        s.users.actAs("boss");
        for (int i = 0; i < OwnerService.MAX_PER_BLOCK; i++) {
            s.owners.add("CX", "six-blocks", "people", "p" + i);
        }
        assertEquals("blockKey", refused(() -> s.owners.add("CX", "six-blocks", "people", "ann")).field());
    }
}
