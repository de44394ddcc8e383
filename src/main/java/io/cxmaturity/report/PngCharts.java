package io.cxmaturity.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import javax.imageio.ImageIO;

/**
 * Draws a chart as a PNG, for Confluence's exports (PDF, Word, e-mail), whose engines drop inline SVG. Drawn
 * at twice the size so it stays sharp in print.
 */
public final class PngCharts {
    private static final int SCALE = 2;

    private PngCharts() {
    }

    public static byte[] png(Chart chart) {
        BufferedImage image = new BufferedImage(chart.width() * SCALE, chart.height() * SCALE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(SCALE, SCALE);
            for (Shape s : chart.shapes()) {
                draw(g, s);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The PNG as a data URI for an img element. */
    public static String dataUri(Chart chart) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(chart));
    }

    private static void draw(Graphics2D g, Shape s) {
        g.setStroke(s.dashed() ? new BasicStroke((float) s.strokeWidth(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
                10f, new float[]{5f, 4f}, 0f) : new BasicStroke((float) Math.max(s.strokeWidth(), 0.5)));
        switch (s.kind()) {
            case POLYGON:
            case POLYLINE: {
                Path2D path = path(s.points(), s.kind() == Shape.Kind.POLYGON);
                if (color(s.fill()) != null) {
                    g.setColor(color(s.fill()));
                    g.fill(path);
                }
                if (color(s.stroke()) != null) {
                    g.setColor(color(s.stroke()));
                    g.draw(path);
                }
                break;
            }
            case LINE:
                g.setColor(color(s.stroke()));
                g.draw(new Line2D.Double(s.x(), s.y(), s.x2(), s.y2()));
                break;
            case CIRCLE: {
                Ellipse2D circle = new Ellipse2D.Double(s.x() - s.r(), s.y() - s.r(), 2 * s.r(), 2 * s.r());
                g.setColor(color(s.fill()));
                g.fill(circle);
                if (color(s.stroke()) != null) {
                    g.setColor(color(s.stroke()));
                    g.draw(circle);
                }
                break;
            }
            case RECT:
                g.setColor(color(s.fill()));
                g.fill(new Rectangle2D.Double(s.x(), s.y(), s.width(), s.height()));
                break;
            default: {
                g.setColor(color(s.fill()));
                g.setFont(new Font(Font.SANS_SERIF, s.bold() ? Font.BOLD : Font.PLAIN, (int) Math.round(s.fontSize())));
                double width = g.getFontMetrics().stringWidth(s.text());
                double x = "middle".equals(s.anchor()) ? s.x() - width / 2 : "end".equals(s.anchor()) ? s.x() - width : s.x();
                g.drawString(s.text(), (float) x, (float) s.y());
            }
        }
    }

    private static Path2D path(String points, boolean close) {
        Path2D path = new Path2D.Double();
        boolean first = true;
        for (String pair : points.trim().split("\\s+")) {
            String[] xy = pair.split(",");
            double x = Double.parseDouble(xy[0]);
            double y = Double.parseDouble(xy[1]);
            if (first) {
                path.moveTo(x, y);
                first = false;
            } else {
                path.lineTo(x, y);
            }
        }
        if (close) {
            path.closePath();
        }
        return path;
    }

    /** #RRGGBB or #RRGGBBAA; null for "none". */
    static Color color(String hex) {
        if (hex == null || "none".equals(hex)) {
            return null;
        }
        int r = Integer.parseInt(hex.substring(1, 3), 16);
        int g = Integer.parseInt(hex.substring(3, 5), 16);
        int b = Integer.parseInt(hex.substring(5, 7), 16);
        int a = hex.length() >= 9 ? Integer.parseInt(hex.substring(7, 9), 16) : 255;
        return new Color(r, g, b, a);
    }
}
