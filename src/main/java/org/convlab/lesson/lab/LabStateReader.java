package org.convlab.lesson.lab;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.convlab.explain.LabParamException;
import org.convlab.explain.LabSpec;
import org.convlab.explain.LabSpecParser;
import org.convlab.lesson.source.MapReader;
import org.convlab.lesson.source.Pos;
import org.convlab.lesson.source.Problems;
import org.convlab.lesson.source.Suggest;
import org.convlab.lesson.source.YamlNode;

/**
 * Turns what a lesson writes about a lab (parameters, parameter changes, the current output
 * cell, highlighted cells) into a checked {@link LabState}. Parameters mean exactly what
 * {@link LabSpecParser} says; coordinates are checked against the lab's real shapes.
 */
public final class LabStateReader {
    private final Problems problems;
    private final CellReader cells;

    public LabStateReader(Problems problems) {
        this.problems = problems;
        this.cells = new CellReader(problems);
    }

    /** The lab parameters of a map, leaving out {@code reserved} fields; unknown names are reported. */
    public Map<String, Object> params(String lab, YamlNode.MapNode map, Set<String> reserved) {
        Map<String, Object> out = new LinkedHashMap<>();
        Set<String> known = LabSpecParser.keys(lab);
        for (YamlNode.Entry e : map.entries()) {
            if (reserved.contains(e.key())) {
                continue;
            }
            if (!known.contains(e.key())) {
                Set<String> all = new HashSet<>(known);
                all.addAll(reserved);
                problems.add(e.keyPos(), "unknown parameter `" + e.key() + "` for lab " + lab + Suggest.didYouMean(e.key(), all)
                        + "; parameters: " + Suggest.list(known));
            } else if (!(e.value() instanceof YamlNode.Scalar s && s.value() == null)) {
                out.put(e.key(), e.value().plain());
            }
        }
        return out;
    }

    /** {@code base} with the changes of a {@code set} map applied (a null value restores the default). */
    public Map<String, Object> apply(String lab, Map<String, Object> base, YamlNode set) {
        Map<String, Object> out = new LinkedHashMap<>(base);
        if (set == null) {
            return out;
        }
        MapReader r = MapReader.of(set, set.pos(), problems, "`set`");
        Set<String> known = LabSpecParser.keys(lab);
        for (YamlNode.Entry e : r.map().entries()) {
            if (!known.contains(e.key())) {
                problems.add(e.keyPos(), "unknown parameter `" + e.key() + "` for lab " + lab + Suggest.didYouMean(e.key(), known)
                        + "; parameters: " + Suggest.list(known));
            } else if (e.value() instanceof YamlNode.Scalar s && s.value() == null) {
                out.remove(e.key());
            } else {
                out.put(e.key(), e.value().plain());
            }
        }
        return out;
    }

    /**
     * The setup for {@code params}: every bad value is reported at {@code where.apply(key)}
     * (LabSpecParser stops at the first, so the key at fault is dropped and the rest tried again).
     */
    public LabSpec spec(String lab, Map<String, Object> params, Function<String, Pos> where) {
        Map<String, Object> attempt = new LinkedHashMap<>(params);
        boolean failed = false;
        for (int i = 0; i <= params.size(); i++) {
            try {
                LabSpec spec = LabSpecParser.parse(lab, attempt);
                return failed ? null : spec;
            } catch (LabParamException e) {
                problems.add(where.apply(e.key()), e.getMessage());
                failed = true;
                if (e.key() == null || attempt.remove(e.key()) == null) {
                    return null;
                }
            } catch (RuntimeException e) {
                problems.add(where.apply(null), "the lab cannot be set up: " + e.getMessage());
                return null;
            }
        }
        return null;
    }

    /**
     * A resolved state. {@code at} (an output cell) and {@code highlight} (a map of grid name to
     * cells) may be null. A setup that cannot run is a problem unless {@code invalidOk}.
     */
    public LabState resolve(String lab, Map<String, Object> params, Function<String, Pos> where, Pos pos,
                            YamlNode at, YamlNode highlight, boolean invalidOk) {
        LabSpec spec = spec(lab, params, where);
        if (spec == null) {
            return null;
        }
        List<String> setupProblems = spec.conv() != null ? spec.conv().problems() : spec.pool().problems();
        if (!setupProblems.isEmpty() && !invalidOk) {
            problems.add(pos, "the lab cannot run with these parameters (fix them, or add `invalid: true` if showing"
                    + " this is the point): " + String.join(" ", setupProblems));
            return null;
        }
        if (setupProblems.isEmpty() && invalidOk) {
            problems.add(pos, "`invalid: true` but the lab runs fine with these parameters; remove it");
        }
        LabShapes shapes = LabShapes.of(spec);
        int step = spec.step();
        int before = problems.count();
        if (step >= 0 && shapes.output() != null && step >= shapes.output()[0] * shapes.output()[1] * shapes.output()[2]) {
            problems.add(where.apply("step"), "`step` " + step + " is past the last trace step ("
                    + (shapes.output()[0] * shapes.output()[1] * shapes.output()[2] - 1) + ")");
        }
        PlaneCell atCell = null;
        if (at != null) {
            if (shapes.output() == null) {
                problems.add(at.pos(), "`at` needs a lab that can run");
            } else {
                int[] c = cells.coordinate(at, outputGrid(shapes));
                if (c != null) {
                    atCell = new PlaneCell(c[0], shapes.oneD() ? 0 : c[1], c[c.length - 1]);
                    step = shapes.stepIndex(atCell);
                }
            }
        }
        Highlights h = highlight == null ? Highlights.NONE : highlights(highlight, shapes, lab);
        if (problems.count() != before) {
            return null;
        }
        return new LabState(lab, params, new LabSpec(lab, spec.conv(), spec.pool(), step), setupProblems, atCell, h);
    }

    /** The output cell {@code node} names, for exercises that ask about one; null after reporting. */
    public PlaneCell outputCell(YamlNode node, LabSpec spec) {
        LabShapes shapes = LabShapes.of(spec);
        if (shapes.output() == null) {
            problems.add(node.pos(), "the lab cannot run, so it has no output cells");
            return null;
        }
        int[] c = cells.coordinate(node, outputGrid(shapes));
        return c == null ? null : new PlaneCell(c[0], shapes.oneD() ? 0 : c[1], c[c.length - 1]);
    }

    /** Step index of an output cell in the trace of {@code spec}. */
    public static int stepIndex(LabSpec spec, PlaneCell cell) {
        return LabShapes.of(spec).stepIndex(cell);
    }

    private Highlights highlights(YamlNode node, LabShapes shapes, String lab) {
        MapReader r = MapReader.of(node, node.pos(), problems, "`highlight`");
        List<String> grids = shapes.kernel() == null ? List.of("input", "output") : List.of("input", "kernel", "output");
        r.allowOnly(grids);
        List<PlaneCell> input = new ArrayList<>();
        List<KernelCell> kernel = new ArrayList<>();
        List<PlaneCell> output = new ArrayList<>();
        if (r.has("input") && grids.contains("input")) {
            for (int[] c : orEmpty(cells.cells(r.node("input"), inputGrid(shapes)))) {
                input.add(new PlaneCell(c[0], shapes.oneD() ? 0 : c[1], c[c.length - 1]));
            }
        }
        if (r.has("kernel") && grids.contains("kernel")) {
            for (int[] c : orEmpty(cells.cells(r.node("kernel"), kernelGrid(shapes)))) {
                kernel.add(new KernelCell(c[0], c[1], shapes.oneD() ? 0 : c[2], c[c.length - 1]));
            }
        }
        if (r.has("output") && grids.contains("output")) {
            if (shapes.output() == null) {
                problems.add(r.pos("output"), "the lab cannot run, so it has no output cells to highlight");
            } else {
                for (int[] c : orEmpty(cells.cells(r.node("output"), outputGrid(shapes)))) {
                    output.add(new PlaneCell(c[0], shapes.oneD() ? 0 : c[1], c[c.length - 1]));
                }
            }
        }
        return new Highlights(input, kernel, output);
    }

    private static List<int[]> orEmpty(List<int[]> l) {
        return l == null ? List.of() : l;
    }

    private static CellReader.Grid inputGrid(LabShapes s) {
        int[] in = s.input();
        int[] p = s.pad();
        if (s.oneD()) {
            return grid("input", 1, new int[] {0, -p[2]}, new int[] {in[0] - 1, in[2] - 1 + p[3]}, "channel", "position");
        }
        return grid("input", 2, new int[] {0, -p[0], -p[2]}, new int[] {in[0] - 1, in[1] - 1 + p[1], in[2] - 1 + p[3]},
                "channel", "row", "column");
    }

    private static CellReader.Grid kernelGrid(LabShapes s) {
        int[] k = s.kernel();
        if (s.oneD()) {
            return grid("kernel", 1, new int[3], new int[] {k[0] - 1, k[1] - 1, k[3] - 1}, "filter", "channel", "tap");
        }
        return grid("kernel", 2, new int[4], new int[] {k[0] - 1, k[1] - 1, k[2] - 1, k[3] - 1}, "filter", "channel", "row", "column");
    }

    private static CellReader.Grid outputGrid(LabShapes s) {
        int[] o = s.output();
        if (s.oneD()) {
            return grid("output", 1, new int[2], new int[] {o[0] - 1, o[2] - 1}, "channel", "position");
        }
        return grid("output", 2, new int[3], new int[] {o[0] - 1, o[1] - 1, o[2] - 1}, "channel", "row", "column");
    }

    /** A grid whose full coordinate has one number per axis name; the short form drops the leading ones. */
    private static CellReader.Grid grid(String name, int shortArity, int[] lo, int[] hi, String... axes) {
        StringBuilder shape = new StringBuilder();
        for (int i = 0; i < axes.length; i++) {
            shape.append(i == 0 ? "" : ", ").append(axes[i]).append(' ').append(lo[i]).append('–').append(hi[i]);
        }
        String form = "[" + String.join(", ", List.of(axes).subList(axes.length - shortArity, axes.length)) + "] or ["
                + String.join(", ", axes) + "]";
        return new CellReader.Grid(name, shortArity, axes.length, lo, hi, shape + "; write " + form);
    }
}
