package io.cxmaturity.domain.scoring;

import java.util.Arrays;

/**
 * How a group's values are spread: count, mean, median, quartiles, standard deviation, minimum and maximum.
 * Quartiles interpolate linearly between ranks (the method of R's default and Excel's QUARTILE.INC), so the
 * median of an even count is the mean of the two middle values. The standard deviation is the sample one
 * (n − 1); it is 0 for a single value.
 */
public record Summary(int n, double mean, double median, double q1, double q3, double sd, double min, double max) {

    public static final Summary EMPTY = new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
            Double.NaN, Double.NaN);

    /** The interquartile range, Q3 − Q1. */
    public double iqr() {
        return q3 - q1;
    }

    public boolean isEmpty() {
        return n == 0;
    }

    /** Summarises the first {@code count} values; the array is sorted in place. */
    public static Summary of(double[] values, int count) {
        if (count == 0) {
            return EMPTY;
        }
        Arrays.sort(values, 0, count);
        return ofSorted(values, count);
    }

    /**
     * Summarises integer values given as counts: {@code counts[i]} answers worth {@code points[i]}. Costs
     * O(n) instead of a sort, which matters when ten thousand answers are summarised per question.
     */
    public static Summary ofCounts(int[] points, int[] counts, double[] scratch) {
        Integer[] order = new Integer[points.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(points[a], points[b]));
        int n = 0;
        for (Integer i : order) {
            Arrays.fill(scratch, n, n + counts[i], points[i]);
            n += counts[i];
        }
        return n == 0 ? EMPTY : ofSorted(scratch, n);
    }

    private static Summary ofSorted(double[] values, int count) {
        double sum = 0;
        for (int i = 0; i < count; i++) {
            sum += values[i];
        }
        double mean = sum / count;
        double squares = 0;
        for (int i = 0; i < count; i++) {
            double d = values[i] - mean;
            squares += d * d;
        }
        double sd = count > 1 ? Math.sqrt(squares / (count - 1)) : 0;
        return new Summary(count, mean, quantile(values, count, 0.5), quantile(values, count, 0.25),
                quantile(values, count, 0.75), sd, values[0], values[count - 1]);
    }

    public static Summary of(double... values) {
        return of(values.clone(), values.length);
    }

    /** The p-quantile of sorted values by linear interpolation between closest ranks (R type 7). */
    static double quantile(double[] sorted, int count, double p) {
        if (count == 1) {
            return sorted[0];
        }
        double h = (count - 1) * p;
        int lower = (int) Math.floor(h);
        int upper = Math.min(lower + 1, count - 1);
        return sorted[lower] + (h - lower) * (sorted[upper] - sorted[lower]);
    }
}
