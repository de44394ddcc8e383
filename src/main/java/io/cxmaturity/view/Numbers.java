package io.cxmaturity.view;

import io.cxmaturity.report.Charts;

import java.util.Locale;

/** How figures read on pages, in exports and in the REST answers that mirror them. */
public final class Numbers {
    private Numbers() {
    }

    public static String percent(double value) {
        return Charts.percent(value);
    }

    /** A whole number when it is one (to a twentieth), else one decimal; a dash for no value. */
    public static String number(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return Math.abs(value - Math.rint(value)) < 0.05 ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.1f", value);
    }
}
