package io.cxmaturity.export;

import io.cxmaturity.service.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/**
 * A workbook as an XLSX file: one worksheet per sheet, its keys as a bold, frozen header row, numbers as numbers,
 * dates as dates (yyyy-mm-dd), booleans as booleans. Text is stored as text cells, never as formulas, so a cell
 * beginning with {@code =} stays the text the respondent wrote.
 */
public final class XlsxFormat {
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Excel's limit on a cell's text. */
    private static final int MAX_CELL_TEXT = 32_767;

    private XlsxFormat() {
    }

    public static byte[] write(Workbook workbook) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            org.dhatim.fastexcel.Workbook xlsx = new org.dhatim.fastexcel.Workbook(out, "CX Maturity", "1.0");
            for (Workbook.Sheet sheet : workbook.sheets()) {
                write(xlsx.newWorksheet(sheetName(sheet.name())), sheet);
            }
            xlsx.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(Worksheet ws, Workbook.Sheet sheet) {
        List<String> keys = sheet.keys();
        for (int c = 0; c < keys.size(); c++) {
            ws.value(0, c, keys.get(c));
        }
        if (!keys.isEmpty()) {
            ws.range(0, 0, 0, keys.size() - 1).style().bold().set();
        }
        ws.freezePane(0, 1);
        int r = 1;
        for (List<Object> row : sheet.rows()) {
            for (int c = 0; c < row.size(); c++) {
                Object cell = row.get(c);
                if (cell == null) {
                    continue;
                }
                if (cell instanceof Number) {
                    double d = ((Number) cell).doubleValue();
                    if (!Double.isNaN(d) && !Double.isInfinite(d)) {
                        ws.value(r, c, (Number) cell);
                    }
                } else if (cell instanceof Boolean) {
                    ws.value(r, c, (Boolean) cell);
                } else if (cell instanceof LocalDate) {
                    ws.value(r, c, (LocalDate) cell);
                    ws.style(r, c).format("yyyy-mm-dd").set();
                } else {
                    String text = cell.toString();
                    ws.value(r, c, text.length() > MAX_CELL_TEXT ? text.substring(0, MAX_CELL_TEXT) : text);
                }
            }
            r++;
        }
    }

    /** Excel's rules for sheet names: at most 31 characters, none of : \ / ? * [ ]. */
    static String sheetName(String name) {
        String clean = name.replaceAll("[:\\\\/?*\\[\\]]", "_");
        return clean.length() > 31 ? clean.substring(0, 31) : clean;
    }
}
