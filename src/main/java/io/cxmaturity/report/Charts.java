package io.cxmaturity.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds the product's charts as shapes: the radar of building blocks (team, target, previous round), the
 * per-block bars with their spread, and the trend line over rounds. Values are percentages (0–100).
 */
public final class Charts {
    private Charts() {
    }

    /** One line on a radar: a name and a percentage per axis (NaN where there is no value). */
    public record Series(String name, double[] values, String color, boolean filled, boolean dashed) {
    }

    /** A radar with one axis per block; rings at 20 % steps. */
    public static Chart radar(List<String> axes, List<Series> series, String description) {
        int width = 580;
        int height = 380 + 22 * ((series.size() + 1) / 2);
        double cx = width / 2.0;
        double cy = 190;
        double radius = 130;
        int n = axes.size();
        List<Shape> shapes = new ArrayList<>();
        for (int ring = 1; ring <= 5; ring++) {
            double r = radius * ring / 5;
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < n; i++) {
                points.append(point(cx + r * dx(i, n), cy + r * dy(i, n)));
            }
            shapes.add(Shape.polygon(points.toString().trim(), "none", Palette.GRID, 1, false, null));
            shapes.add(Shape.text(cx + 3, cy - r + 11, ring * 20 + "%", "start", 9, false, Palette.MUTED));
        }
        for (int i = 0; i < n; i++) {
            double x = cx + radius * dx(i, n);
            double y = cy + radius * dy(i, n);
            shapes.add(Shape.line(cx, cy, x, y, Palette.AXIS, 1, false));
            double lx = cx + (radius + 14) * dx(i, n);
            double ly = cy + (radius + 14) * dy(i, n) + 4;
            String anchor = Math.abs(dx(i, n)) < 0.2 ? "middle" : dx(i, n) > 0 ? "start" : "end";
            for (String[] line : wrap(axes.get(i), 18)) {
                shapes.add(Shape.text(lx, ly, line[0], anchor, 11, false, Palette.TEXT));
                ly += 13;
            }
        }
        for (Series s : series) {
            StringBuilder points = new StringBuilder();
            List<Shape> dots = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                double v = Double.isNaN(s.values()[i]) ? 0 : Math.max(0, Math.min(100, s.values()[i]));
                double x = cx + radius * v / 100 * dx(i, n);
                double y = cy + radius * v / 100 * dy(i, n);
                points.append(point(x, y));
                if (!Double.isNaN(s.values()[i]) && !s.dashed()) {
                    dots.add(Shape.circle(x, y, 3.5, s.color(), "#FFFFFF",
                            s.name() + " · " + axes.get(i) + ": " + percent(s.values()[i])));
                }
            }
            shapes.add(Shape.polygon(points.toString().trim(), s.filled() ? s.color() + "40" : "none", s.color(),
                    s.filled() ? 2 : 1.5, s.dashed(), s.name()));
            shapes.addAll(dots);
        }
        double ly = 372;
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            double lx = i % 2 == 0 ? 40 : width / 2.0 + 10;
            if (i > 0 && i % 2 == 0) {
                ly += 22;
            }
            shapes.add(Shape.line(lx, ly - 4, lx + 24, ly - 4, s.color(), 3, s.dashed()));
            shapes.add(Shape.text(lx + 30, ly, s.name(), "start", 11, false, Palette.TEXT));
        }
        return new Chart(width, height, description, shapes);
    }

    /** One bar per block: the median, and the spread (first to third quartile) as a whisker. */
    public record Bar(String label, double median, double q1, double q3, String annotation) {
    }

    public static Chart bars(List<Bar> bars, String description) {
        int width = 560;
        int rowHeight = 34;
        int left = 190;
        int plot = 300;
        int height = 36 + rowHeight * bars.size();
        List<Shape> shapes = new ArrayList<>();
        for (int t = 0; t <= 100; t += 20) {
            double x = left + plot * t / 100.0;
            shapes.add(Shape.line(x, 18, x, height - 8, Palette.GRID, 1, false));
            shapes.add(Shape.text(x, 12, t + "%", "middle", 9, false, Palette.MUTED));
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double y = 22 + i * rowHeight;
            shapes.add(Shape.text(left - 8, y + 15, truncate(bar.label(), 30), "end", 11, false, Palette.TEXT));
            if (Double.isNaN(bar.median())) {
                shapes.add(Shape.text(left + 4, y + 15, bar.annotation(), "start", 11, false, Palette.MUTED));
                continue;
            }
            shapes.add(Shape.rect(left, y + 4, plot * bar.median() / 100, 16, Palette.TEAM_FILL,
                    bar.label() + ": " + percent(bar.median())));
            if (!Double.isNaN(bar.q1())) {
                double x1 = left + plot * bar.q1() / 100;
                double x2 = left + plot * bar.q3() / 100;
                shapes.add(Shape.line(x1, y + 12, x2, y + 12, Palette.TEXT, 2, false));
                shapes.add(Shape.line(x1, y + 6, x1, y + 18, Palette.TEXT, 2, false));
                shapes.add(Shape.line(x2, y + 6, x2, y + 18, Palette.TEXT, 2, false));
            }
            shapes.add(Shape.text(left + plot + 8, y + 15, percent(bar.median()) + "  " + bar.annotation(), "start",
                    11, true, Palette.TEXT));
        }
        return new Chart(width, height, description, shapes);
    }

    /** The total (median, percent) per round, left to right, with labels under each point. */
    public static Chart trend(List<String> rounds, double[] medians, String description) {
        int width = 560;
        int height = 240;
        int left = 40;
        int right = 20;
        int top = 16;
        int plotHeight = 170;
        List<Shape> shapes = new ArrayList<>();
        for (int t = 0; t <= 100; t += 20) {
            double y = top + plotHeight - plotHeight * t / 100.0;
            shapes.add(Shape.line(left, y, width - right, y, Palette.GRID, 1, false));
            shapes.add(Shape.text(left - 6, y + 3, t + "%", "end", 9, false, Palette.MUTED));
        }
        int n = rounds.size();
        double step = n <= 1 ? 0 : (width - left - right - 40) / (double) (n - 1);
        StringBuilder points = new StringBuilder();
        List<Shape> dots = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double x = left + 20 + step * i;
            shapes.add(Shape.text(x, top + plotHeight + 18, truncate(rounds.get(i), 18), "middle", 10, false,
                    Palette.TEXT));
            if (Double.isNaN(medians[i])) {
                shapes.add(Shape.text(x, top + plotHeight - 6, "–", "middle", 11, false, Palette.MUTED));
                continue;
            }
            double y = top + plotHeight - plotHeight * medians[i] / 100;
            points.append(point(x, y));
            dots.add(Shape.circle(x, y, 4, Palette.TEAM, "#FFFFFF", rounds.get(i) + ": " + percent(medians[i])));
            dots.add(Shape.text(x, y - 9, percent(medians[i]), "middle", 10, true, Palette.TEXT));
        }
        if (points.length() > 0) {
            shapes.add(Shape.polyline(points.toString().trim(), Palette.TEAM, 2, false, description));
        }
        shapes.addAll(dots);
        return new Chart(width, height, description, shapes);
    }

    private static double dx(int i, int n) {
        return Math.sin(2 * Math.PI * i / n);
    }

    private static double dy(int i, int n) {
        return -Math.cos(2 * Math.PI * i / n);
    }

    private static String point(double x, double y) {
        return String.format(Locale.ROOT, "%.1f,%.1f ", x, y);
    }

    public static String percent(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.0f%%", value);
    }

    static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** Splits a label into lines of at most {@code max} characters at spaces (two lines at most). */
    static List<String[]> wrap(String text, int max) {
        List<String[]> lines = new ArrayList<>();
        if (text.length() <= max) {
            lines.add(new String[]{text});
            return lines;
        }
        int cut = text.lastIndexOf(' ', max);
        if (cut <= 0) {
            lines.add(new String[]{truncate(text, max)});
            return lines;
        }
        lines.add(new String[]{text.substring(0, cut)});
        lines.add(new String[]{truncate(text.substring(cut + 1), max)});
        return lines;
    }
}
