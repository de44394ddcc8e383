package io.cxmaturity.export;

import io.cxmaturity.service.Workbook;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * One sheet as CSV for spreadsheets and scripts: UTF-8 with a byte-order mark (so Excel reads Cyrillic right),
 * RFC 4180 (comma-separated, CRLF line ends, fields with a comma, quote, CR or LF quoted, quotes doubled), the
 * keys as the first header row and the labels, when there are any, as the second.
 *
 * <p>Spreadsheet programs run a cell that starts with {@code =}, {@code +}, {@code -} or {@code @} (and some
 * also one starting with a tab or CR) as a formula, so text typed by respondents could attack whoever opens the
 * file ("CSV injection"). Such text cells get a leading apostrophe, which spreadsheets show as text; numbers
 * are written as numbers and never changed.
 */
public final class CsvFormat {
    public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvFormat() {
    }

    public static byte[] write(Workbook.Sheet sheet) {
        StringBuilder out = new StringBuilder();
        line(out, List.copyOf(sheet.keys()));
        if (!sheet.labels().isEmpty()) {
            line(out, List.copyOf(sheet.labels()));
        }
        for (List<Object> row : sheet.rows()) {
            line(out, row);
        }
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, bytes, 0, BOM.length);
        System.arraycopy(text, 0, bytes, BOM.length, text.length);
        return bytes;
    }

    private static void line(StringBuilder out, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(cells.get(i)));
        }
        out.append("\r\n");
    }

    static String field(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Double || cell instanceof Float) {
            return number(((Number) cell).doubleValue());
        }
        if (cell instanceof Number || cell instanceof Boolean || cell instanceof LocalDate) {
            return cell.toString();
        }
        return quoted(defused(cell.toString()));
    }

    /** Text that a spreadsheet would take for a formula, made plain text. */
    static String defused(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private static String quoted(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\r') < 0 && text.indexOf('\n') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    /** A plain decimal with at most four places: 2.3333, 3, 0.5 (no exponent, no trailing zeros). */
    private static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
