package io.cxmaturity.domain;

import java.util.Optional;

/** The roadmap horizons of the transformation. */
public enum Horizon {
    MONTHS_6(6), MONTHS_12(12), MONTHS_24(24);

    private final int months;

    Horizon(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }

    public static Optional<Horizon> ofMonths(int months) {
        for (Horizon horizon : values()) {
            if (horizon.months == months) {
                return Optional.of(horizon);
            }
        }
        return Optional.empty();
    }
}
