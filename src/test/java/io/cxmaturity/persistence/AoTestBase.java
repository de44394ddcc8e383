package io.cxmaturity.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.cxmaturity.host.HostActiveObjects;
import net.java.ao.EntityManager;

import java.util.UUID;

/** Shared by the Active Objects tests: the facade over the runner's EntityManager, and fresh space keys. */
final class AoTestBase {
    private AoTestBase() {
    }

    static ActiveObjects activeObjects(EntityManager entityManager) {
        return new HostActiveObjects(entityManager);
    }

    /** A space key no other test uses, so tests stay independent although their rows are committed. */
    static String freshSpace() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }
}
