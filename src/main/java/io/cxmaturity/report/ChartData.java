package io.cxmaturity.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A chart as plain data for templates and JSON: numbers already formatted, one map per shape, as the SVG
 * template and the form's script draw them.
 */
public final class ChartData {
    private ChartData() {
    }

    public static Map<String, Object> of(Chart chart) {
        Map<String, Object> data = new HashMap<>();
        data.put("width", chart.width());
        data.put("height", chart.height());
        data.put("description", chart.description());
        List<Map<String, Object>> shapes = new ArrayList<>();
        for (Shape s : chart.shapes()) {
            Map<String, Object> m = new HashMap<>();
            m.put("kind", s.kind().name());
            m.put("points", s.points() == null ? "" : s.points());
            m.put("x", f(s.x()));
            m.put("y", f(s.y()));
            m.put("x2", f(s.x2()));
            m.put("y2", f(s.y2()));
            m.put("r", f(s.r()));
            m.put("width", f(s.width()));
            m.put("height", f(s.height()));
            m.put("fill", s.fill() == null ? "none" : s.fill());
            m.put("stroke", s.stroke() == null ? "none" : s.stroke());
            m.put("strokeWidth", f(s.strokeWidth()));
            m.put("dashed", s.dashed());
            m.put("text", s.text() == null ? "" : s.text());
            m.put("anchor", s.anchor() == null ? "start" : s.anchor());
            m.put("fontSize", f(s.fontSize()));
            m.put("bold", s.bold());
            m.put("title", s.title() == null ? "" : s.title());
            shapes.add(m);
        }
        data.put("shapes", shapes);
        return data;
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
