package io.cxmaturity.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An export as tables, before it becomes a file: one sheet per part (responses, results, questions). Cells
 * are values, not text: {@link String}, {@link Integer} or {@link Double}, {@link Boolean},
 * {@link java.time.LocalDate}, or null for an empty cell, so a spreadsheet gets numbers as numbers and dates as
 * dates.
 *
 * @param name a name for the file, without extension (any characters; the adapter makes it safe)
 */
public record Workbook(String name, List<Sheet> sheets) {
    public Workbook {
        sheets = List.copyOf(sheets);
    }

    /**
     * One table.
     *
     * @param keys   the header row: stable column names for scripts
     * @param labels the same columns as people read them, in the reader's language (empty when the keys say it)
     */
    public record Sheet(String name, List<String> keys, List<String> labels, List<List<Object>> rows) {
        public Sheet {
            keys = List.copyOf(keys);
            labels = List.copyOf(labels);
            List<List<Object>> copy = new ArrayList<>();
            // Rows may hold nulls (empty cells), which List.copyOf refuses.
            rows.forEach(row -> copy.add(Collections.unmodifiableList(new ArrayList<>(row))));
            rows = Collections.unmodifiableList(copy);
        }
    }
}
