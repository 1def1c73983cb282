package org.convlab.lesson.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Node;

/** GitHub-style tables into {@link Block.Table}. */
final class TableReader {
    private TableReader() {
    }

    static Block.Table table(TableBlock t, Function<Node, List<Inline>> inlines) {
        List<Block.Alignment> alignments = new ArrayList<>();
        List<List<Inline>> header = new ArrayList<>();
        List<List<List<Inline>>> rows = new ArrayList<>();
        for (Node section = t.getFirstChild(); section != null; section = section.getNext()) {
            boolean head = section instanceof TableHead;
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<List<Inline>> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell c) {
                        cells.add(inlines.apply(c));
                        if (head) {
                            alignments.add(alignment(c.getAlignment()));
                        }
                    }
                }
                if (head) {
                    header.addAll(cells);
                } else {
                    rows.add(cells);
                }
            }
        }
        return new Block.Table(alignments, header, rows);
    }

    private static Block.Alignment alignment(TableCell.Alignment a) {
        if (a == null) {
            return Block.Alignment.NONE;
        }
        return switch (a) {
            case LEFT -> Block.Alignment.LEFT;
            case CENTER -> Block.Alignment.CENTER;
            case RIGHT -> Block.Alignment.RIGHT;
        };
    }
}
