package io.cxmaturity.report;

/**
 * One element of a chart, already placed: a polygon or polyline (points "x,y x,y …"), a line, a circle, a
 * rectangle or a text. Colours are explicit so the SVG in the page and the PNG in an export look the same;
 * {@code title} is the tooltip.
 */
public record Shape(Kind kind, String points, double x, double y, double x2, double y2, double r, double width,
                    double height, String fill, String stroke, double strokeWidth, boolean dashed, String text,
                    String anchor, double fontSize, boolean bold, String title) {

    /** What a shape draws. */
    public enum Kind { POLYGON, POLYLINE, LINE, CIRCLE, RECT, TEXT }

    public static Shape polygon(String points, String fill, String stroke, double strokeWidth, boolean dashed,
                                String title) {
        return new Shape(Kind.POLYGON, points, 0, 0, 0, 0, 0, 0, 0, fill, stroke, strokeWidth, dashed, null, null, 0,
                false, title);
    }

    public static Shape polyline(String points, String stroke, double strokeWidth, boolean dashed, String title) {
        return new Shape(Kind.POLYLINE, points, 0, 0, 0, 0, 0, 0, 0, "none", stroke, strokeWidth, dashed, null, null, 0,
                false, title);
    }

    public static Shape line(double x, double y, double x2, double y2, String stroke, double strokeWidth, boolean dashed) {
        return new Shape(Kind.LINE, null, x, y, x2, y2, 0, 0, 0, "none", stroke, strokeWidth, dashed, null, null, 0,
                false, null);
    }

    public static Shape circle(double x, double y, double r, String fill, String stroke, String title) {
        return new Shape(Kind.CIRCLE, null, x, y, 0, 0, r, 0, 0, fill, stroke, 1, false, null, null, 0, false, title);
    }

    public static Shape rect(double x, double y, double width, double height, String fill, String title) {
        return new Shape(Kind.RECT, null, x, y, 0, 0, 0, width, height, fill, "none", 0, false, null, null, 0, false,
                title);
    }

    /** @param anchor start, middle or end */
    public static Shape text(double x, double y, String text, String anchor, double fontSize, boolean bold, String fill) {
        return new Shape(Kind.TEXT, null, x, y, 0, 0, 0, 0, 0, fill, "none", 0, false, text, anchor, fontSize, bold, null);
    }
}
