package io.cxmaturity.testing;

import io.cxmaturity.domain.Department;
import io.cxmaturity.domain.Round;
import io.cxmaturity.host.Host;
import io.cxmaturity.host.RequestContext;
import io.cxmaturity.service.RoundService;

import java.util.Locale;
import java.util.UUID;

/**
 * Hosts for tests: one shared host (in-memory H2, started once per test JVM and stopped at its end) for
 * tests that create their own departments and rounds, and fresh hosts for tests that need their own state.
 */
public final class TestHosts {
    private static Host shared;

    private TestHosts() {
    }

    public static synchronized Host shared() {
        if (shared == null) {
            try {
                shared = Host.start(Host.Config.forTest(null));
            } catch (Exception e) {
                throw new IllegalStateException("cannot start the host", e);
            }
            Host host = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    host.close();
                } catch (Exception ignored) {
                    // the JVM is going anyway
                }
            }));
        }
        return shared;
    }

    /** A new department of the CX space with an open round on the given set, created by the space admin. */
    public static Round freshRound(Host host, String setKey, boolean anonymous, int minGroupSize) {
        RoundService rounds = host.component(RoundService.class);
        return RequestContext.as(host.users().byName("admin"), Locale.ENGLISH, () -> {
            Department department = rounds.createDepartment("CX", "Test " + UUID.randomUUID().toString()
                    .substring(0, 8), setKey);
            return rounds.openRound("CX", department.id(), "Test round", anonymous, minGroupSize, null, null);
        });
    }

    /** The open round of the demo's Customer Service department (the one its form page shows). */
    public static Round demoRound(Host host) {
        RoundService rounds = host.component(RoundService.class);
        return RequestContext.as(host.users().byName("admin"), Locale.ENGLISH,
                () -> rounds.rounds("CX", "customer-service").stream().filter(Round::isOpen).findFirst().orElseThrow());
    }

    public static Round close(Host host, Round round) {
        RoundService rounds = host.component(RoundService.class);
        return RequestContext.as(host.users().byName("admin"), Locale.ENGLISH,
                () -> rounds.closeRound("CX", round.id()));
    }
}
