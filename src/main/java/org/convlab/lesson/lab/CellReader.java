package org.convlab.lesson.lab;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.convlab.lesson.source.Limits;
import org.convlab.lesson.source.MapReader;
import org.convlab.lesson.source.Pos;
import org.convlab.lesson.source.Problems;
import org.convlab.lesson.source.YamlNode;

/**
 * Reads grid coordinates as lessons write them: one cell {@code [row, col]}, a list of cells
 * {@code [[0, 0], [1, 2]]}, or a rectangle {@code {from: [0, 0], to: [2, 2]}} (corners included),
 * and checks them against the grid. Short forms leave out leading channel or filter numbers,
 * which are then 0.
 */
final class CellReader {
    private final Problems problems;

    CellReader(Problems problems) {
        this.problems = problems;
    }

    /** Which grid, how many numbers a full and a short coordinate have, and its bounds. */
    record Grid(String name, int shortArity, int fullArity, int[] lo, int[] hi, String shape) {
        /** The coordinate padded to full arity with leading zeros, or null when the arity is wrong. */
        int[] full(int[] c) {
            if (c.length == fullArity) {
                return c;
            }
            if (c.length != shortArity) {
                return null;
            }
            int[] f = new int[fullArity];
            System.arraycopy(c, 0, f, fullArity - shortArity, shortArity);
            return f;
        }
    }

    /** All cells {@code node} names in {@code grid}, each a full coordinate; null after reporting a problem. */
    List<int[]> cells(YamlNode node, Grid grid) {
        List<YamlNode> items;
        if (node instanceof YamlNode.Seq s && !s.items().isEmpty() && s.items().get(0) instanceof YamlNode.Scalar) {
            items = List.of(node); // a single cell
        } else if (node instanceof YamlNode.Seq s) {
            items = s.items();
        } else {
            items = List.of(node);
        }
        List<int[]> out = new ArrayList<>();
        for (YamlNode item : items) {
            if (item instanceof YamlNode.MapNode) {
                if (!rectangle(item, grid, out)) {
                    return null;
                }
            } else {
                int[] c = coordinate(item, grid);
                if (c == null) {
                    return null;
                }
                out.add(c);
            }
            if (out.size() > Limits.MAX_HIGHLIGHT_CELLS) {
                problems.add(item.pos(), "too many cells: at most " + Limits.MAX_HIGHLIGHT_CELLS + " per grid");
                return null;
            }
        }
        return out;
    }

    private boolean rectangle(YamlNode item, Grid grid, List<int[]> out) {
        MapReader r = MapReader.of(item, item.pos(), problems, "a rectangle of cells");
        r.allowOnly(List.of("from", "to"));
        if (!r.has("from") || !r.has("to")) {
            problems.add(item.pos(), "a rectangle of cells needs `from` and `to` corners, e.g. {from: [0, 0], to: [2, 2]}");
            return false;
        }
        int[] a = coordinate(r.node("from"), grid);
        int[] b = a == null ? null : coordinate(r.node("to"), grid);
        if (b == null) {
            return false;
        }
        long count = 1;
        for (int i = 0; i < a.length; i++) {
            count *= Math.abs((long) b[i] - a[i]) + 1;
        }
        if (count > Limits.MAX_HIGHLIGHT_CELLS) {
            problems.add(item.pos(), "too many cells: at most " + Limits.MAX_HIGHLIGHT_CELLS + " per grid");
            return false;
        }
        expand(a, b, 0, new int[a.length], out);
        return true;
    }

    private static void expand(int[] a, int[] b, int axis, int[] cur, List<int[]> out) {
        if (axis == a.length) {
            out.add(cur.clone());
            return;
        }
        for (int v = Math.min(a[axis], b[axis]); v <= Math.max(a[axis], b[axis]); v++) {
            cur[axis] = v;
            expand(a, b, axis + 1, cur, out);
        }
    }

    /** One coordinate, checked; null after reporting. */
    int[] coordinate(YamlNode node, Grid grid) {
        Pos at = node.pos();
        String form = grid.shortArity == grid.fullArity ? grid.fullArity + " numbers"
                : grid.shortArity + " or " + grid.fullArity + " numbers";
        if (!(node instanceof YamlNode.Seq s)) {
            problems.add(at, grid.name + " cell must be a list of " + form + ", not " + node.describe());
            return null;
        }
        int[] c = new int[s.items().size()];
        for (int i = 0; i < c.length; i++) {
            Integer v = MapReader.wholeNumber(s.items().get(i));
            if (v == null) {
                problems.add(s.items().get(i).pos(), grid.name + " cell coordinates must be whole numbers, not "
                        + s.items().get(i).describe());
                return null;
            }
            c[i] = v;
        }
        int[] full = grid.full(c);
        if (full == null) {
            problems.add(at, grid.name + " cell " + Arrays.toString(c) + " needs " + form + " (" + grid.shape + ")");
            return null;
        }
        for (int i = 0; i < full.length; i++) {
            if (full[i] < grid.lo[i] || full[i] > grid.hi[i]) {
                problems.add(at, grid.name + " cell " + Arrays.toString(c) + " is outside the grid: " + grid.shape);
                return null;
            }
        }
        return full;
    }
}
