package io.cxmaturity.report;

import java.util.List;

/**
 * A chart as placed shapes, independent of how it is drawn: the page shows it as inline SVG, exports as a PNG
 * image ({@link PngCharts}), and the form's script draws the same shapes. {@code description} is the text
 * alternative read out by screen readers.
 */
public record Chart(int width, int height, String description, List<Shape> shapes) {
    public Chart {
        shapes = List.copyOf(shapes);
    }
}
