package org.convlab.lesson.exercise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convlab.explain.ConvSetup;
import org.convlab.explain.LabSpec;
import org.convlab.explain.OutputSize;
import org.convlab.explain.PoolSetup;
import org.convlab.explain.ReceptiveField;
import org.convlab.engine.Tensor;
import org.convlab.lesson.lab.LabState;
import org.convlab.lesson.lab.LabStateReader;
import org.convlab.lesson.lab.PlaneCell;
import org.convlab.lesson.source.Limits;
import org.convlab.lesson.source.MapReader;
import org.convlab.lesson.source.Pos;
import org.convlab.lesson.source.Problems;
import org.convlab.lesson.source.YamlNode;

/**
 * Computes an answer with the engine and the explain package, never from anything the author
 * typed as a result: output sizes from {@link OutputSize}, output values from the traces (equal
 * to the engine bit for bit), parameter counts from the setup, receptive fields from
 * {@link ReceptiveField}, and expressions from {@link Expression}.
 */
final class AnswerComputer {
    private final Problems problems;
    private final Map<String, Object> values;

    AnswerComputer(Problems problems, Map<String, Object> values) {
        this.problems = problems;
        this.values = values;
    }

    /** The explanation of the answer, whose value() is the answer; null after reporting a problem. */
    Explanation compute(AnswerSpec spec, LabState lab, YamlNode layers) {
        return switch (spec) {
            case AnswerSpec.OutputSize s -> outputSize(s, lab.spec());
            case AnswerSpec.OutputValue v -> outputValue(Substitution.node(v.cell(), values), lab.spec());
            case AnswerSpec.ParameterCount c -> {
                ConvSetup conv = lab.spec().conv();
                yield new Explanation.ParameterCount(conv.kernel().shape(), conv.bias() == null ? 0 : conv.bias().length,
                        conv.parameterCount());
            }
            case AnswerSpec.ReceptiveField r -> receptiveField(r, Substitution.node(layers, values));
            case AnswerSpec.Expr e -> expression(e.expression(), e.pos());
            case AnswerSpec.Output o -> null; // a grid: see grid()
        };
    }

    private Explanation outputSize(AnswerSpec.OutputSize s, LabSpec spec) {
        List<OutputSize> sizes = spec.conv() != null ? spec.conv().outputSizes() : spec.pool().outputSizes();
        for (OutputSize o : sizes) {
            if (o.axis().equals(s.axis())) {
                return new Explanation.OutputSizeRule(o);
            }
        }
        problems.add(s.pos(), "the lab has no output " + s.axis());
        return null;
    }

    /** The trace step of one output cell. */
    Explanation outputValue(YamlNode cellNode, LabSpec spec) {
        PlaneCell cell = new LabStateReader(problems).outputCell(cellNode, spec);
        if (cell == null) {
            return null;
        }
        return cellStep(spec, cell);
    }

    static Explanation cellStep(LabSpec spec, PlaneCell cell) {
        int index = LabStateReader.stepIndex(spec, cell);
        if (spec.conv() != null) {
            return new Explanation.ConvStep(spec.conv().trace().step(index));
        }
        PoolSetup p = spec.pool();
        return new Explanation.PoolStep(p.kind(), p.trace().step(index));
    }

    private Explanation receptiveField(AnswerSpec.ReceptiveField r, YamlNode layers) {
        List<ReceptiveField.Layer> list = new ArrayList<>();
        for (YamlNode item : ((YamlNode.Seq) layers).items()) {
            MapReader m = MapReader.of(item, item.pos(), problems, "a layer");
            Integer k = m.integer("kernel", true, 1, 10_000);
            Integer s = m.has("stride") ? m.integer("stride", true, 1, 10_000) : Integer.valueOf(1);
            Integer d = m.has("dilation") ? m.integer("dilation", true, 1, 10_000) : Integer.valueOf(1);
            Integer p = m.has("padding") ? m.integer("padding", true, 0, 10_000) : Integer.valueOf(0);
            if (k == null || s == null || d == null || p == null) {
                return null;
            }
            list.add(new ReceptiveField.Layer(k, s, d, p));
        }
        List<ReceptiveField.Step> steps = ReceptiveField.through(list);
        ReceptiveField.Step last = steps.get(steps.size() - 1);
        double v = switch (r.what()) {
            case "size" -> last.size();
            case "jump" -> last.jump();
            default -> last.start();
        };
        return new Explanation.ReceptiveFieldRule(List.copyOf(list), List.copyOf(steps), r.what(), v);
    }

    Explanation.Arithmetic expression(Expression e, Pos at) {
        Map<String, Double> numbers = numbers();
        try {
            return new Explanation.Arithmetic(e.source(), e.pluggedIn(numbers), e.evaluate(numbers));
        } catch (Expression.ExpressionException ex) {
            problems.add(at, ex.getMessage());
            return null;
        }
    }

    private Map<String, Double> numbers() {
        Map<String, Double> out = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (v instanceof Number n) {
                out.put(k, n.doubleValue());
            }
        });
        return out;
    }

    /** The output plane {@code channel} of the setup, [rows][cols]; null after reporting. */
    float[][] grid(LabSpec spec, int channel, Pos channelPos, Pos at) {
        Tensor out = spec.conv() != null ? spec.conv().trace().output() : spec.pool().trace().output(); // [C, Ho, Wo]
        int[] s = out.shape();
        if (channel >= s[0]) {
            problems.add(channelPos, "`channel` " + channel + " does not exist: the output has " + s[0] + " channel(s)");
            return null;
        }
        if ((long) s[1] * s[2] > Limits.MAX_GRID_CELLS) {
            problems.add(at, "the output is " + s[1] + "×" + s[2] + "; a grid to fill in has at most "
                    + Limits.MAX_GRID_CELLS + " cells");
            return null;
        }
        float[][] g = new float[s[1]][s[2]];
        for (int y = 0; y < s[1]; y++) {
            for (int x = 0; x < s[2]; x++) {
                g[y][x] = out.get(channel, y, x);
            }
        }
        return g;
    }
}
