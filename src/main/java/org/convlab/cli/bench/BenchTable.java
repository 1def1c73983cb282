package org.convlab.cli.bench;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table: a title, a header, rows; the first column left-aligned, the others right-aligned. */
public final class BenchTable {
    private final String title;
    private final String[] columns;
    private final List<String[]> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    BenchTable(String title, String... columns) {
        this.title = title;
        this.columns = columns.clone();
    }

    public void row(String... cells) {
        if (cells.length != columns.length) {
            throw new IllegalArgumentException("a row of " + cells.length + " cells for " + columns.length + " columns");
        }
        rows.add(cells.clone());
    }

    /** A line printed under the table. */
    public void note(String line) {
        notes.add(line);
    }

    String render() {
        int[] width = new int[columns.length];
        for (int c = 0; c < columns.length; c++) {
            width[c] = columns[c].length();
            for (String[] r : rows) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        StringBuilder sb = new StringBuilder(title).append('\n');
        appendRow(sb, columns, width);
        for (int c = 0; c < columns.length; c++) {
            sb.append(c == 0 ? "" : "  ").append("-".repeat(width[c]));
        }
        sb.append('\n');
        for (String[] r : rows) {
            appendRow(sb, r, width);
        }
        for (String n : notes) {
            sb.append(n).append('\n');
        }
        return sb.toString();
    }

    private static void appendRow(StringBuilder sb, String[] cells, int[] width) {
        for (int c = 0; c < cells.length; c++) {
            String pad = " ".repeat(width[c] - cells[c].length());
            sb.append(c == 0 ? cells[c] + pad : "  " + pad + cells[c]);
        }
        sb.append('\n');
    }
}
