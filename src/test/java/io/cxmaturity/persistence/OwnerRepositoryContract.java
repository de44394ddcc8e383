package io.cxmaturity.persistence;

import io.cxmaturity.domain.BlockOwner;
import io.cxmaturity.port.OwnerRepository;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Test;

import io.cxmaturity.testing.AtOnce;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * What every {@link OwnerRepository} must do, run against the in-memory fake and against Active Objects on
 * each database: owners are listed per space in the order they were added, a person owns a block once
 * however often they are added, removal works only with the owner's own space, and ownership is per space.
 */
public abstract class OwnerRepositoryContract {
    protected abstract OwnerRepository owners();

    protected abstract String freshSpace();

    @Test
    @NonTransactional
    public void addedOwnersAreListedInTheOrderTheyWereAdded() {
        String space = freshSpace();
        BlockOwner ann = owners().add(space, "six-blocks", "strategy", "key-ann");
        BlockOwner bob = owners().add(space, "six-blocks", "metrics", "key-bob");
        BlockOwner annAgain = owners().add(space, "nine-foundations", "strategy", "key-ann");
        owners().add(freshSpace(), "six-blocks", "strategy", "key-ann");

        assertTrue(ann.id() > 0);
        assertEquals(new BlockOwner(ann.id(), space, "six-blocks", "strategy", "key-ann"), ann);
        assertEquals(new BlockOwner(bob.id(), space, "six-blocks", "metrics", "key-bob"), bob);
        assertEquals(List.of(ann, bob, annAgain), owners().list(space));
    }

    @Test
    @NonTransactional
    public void addingTheSamePersonToTheSameBlockTwiceKeepsOneOwner() {
        String space = freshSpace();
        BlockOwner first = owners().add(space, "six-blocks", "strategy", "key-ann");
        BlockOwner second = owners().add(space, "six-blocks", "strategy", "key-ann");

        assertEquals(first, second);
        assertEquals(List.of(first), owners().list(space));
    }

    @Test
    @NonTransactional
    public void addingTheSameOwnerFromManyRequestsAtOnceKeepsOneOwnerAndFailsNone() throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            String space = freshSpace();
            List<AtOnce.Outcome<BlockOwner>> outcomes = AtOnce.run(6,
                    i -> () -> owners().add(space, "six-blocks", "strategy", "key-ann"));

            AtOnce.assertNoErrors(outcomes);
            List<BlockOwner> listed = owners().list(space);
            assertEquals(1, listed.size());
            assertEquals("every caller gets the one stored owner", List.of(listed.get(0)),
                    outcomes.stream().map(o -> o.value).distinct().collect(Collectors.toList()));
        }
    }

    @Test
    @NonTransactional
    public void removeDeletesOnlyThatOwner() {
        String space = freshSpace();
        BlockOwner ann = owners().add(space, "six-blocks", "strategy", "key-ann");
        BlockOwner bob = owners().add(space, "six-blocks", "strategy", "key-bob");

        owners().remove(space, ann.id());
        assertEquals(List.of(bob), owners().list(space));
        owners().remove(space, ann.id());
        assertEquals("removing twice changes nothing", List.of(bob), owners().list(space));
        BlockOwner annBack = owners().add(space, "six-blocks", "strategy", "key-ann");
        assertEquals(List.of(bob, annBack), owners().list(space));
    }

    @Test
    @NonTransactional
    public void removeWithAnotherSpacesKeyRemovesNothing() {
        String space = freshSpace();
        BlockOwner ann = owners().add(space, "six-blocks", "strategy", "key-ann");

        owners().remove(freshSpace(), ann.id());
        assertEquals(List.of(ann), owners().list(space));
        assertTrue(owners().isOwnerInSpace(space, "key-ann"));
    }

    @Test
    @NonTransactional
    public void isOwnerInSpaceOnlyForSomeoneOwningABlockThere() {
        String space = freshSpace();
        String other = freshSpace();
        BlockOwner ann = owners().add(space, "six-blocks", "strategy", "key-ann");
        owners().add(other, "six-blocks", "people", "key-bob");

        assertTrue(owners().isOwnerInSpace(space, "key-ann"));
        assertFalse(owners().isOwnerInSpace(space, "key-bob"));
        assertFalse(owners().isOwnerInSpace(other, "key-ann"));
        assertTrue(owners().isOwnerInSpace(other, "key-bob"));
        assertFalse(owners().isOwnerInSpace(space, "key-cleo"));
        assertTrue(owners().list(freshSpace()).isEmpty());

        owners().remove(space, ann.id());
        assertFalse(owners().isOwnerInSpace(space, "key-ann"));
    }
}
