package org.convlab.explain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.convlab.engine.Tensor;
import org.convlab.text.NearMiss;

/**
 * Reads a lab's parameters from plain values (numbers, strings, booleans, lists, as YAML or JSON
 * give them) into a {@link LabSpec}. Lessons and the snapshot command use it, and the labs start
 * from it, so a parameter means the same everywhere. Every problem is a {@link LabParamException}
 * naming the key. The keys and defaults are documented in lessons/README.md.
 */
public final class LabSpecParser {
    /** Largest input side a lab takes (bigger inputs are shown as heat maps). */
    public static final int MAX_SIDE = 256;
    public static final int MAX_CHANNELS = 8;
    public static final int MAX_FILTERS = 16;
    public static final int MAX_KERNEL = 15;

    private static final Set<String> CONV2D_KEYS = Set.of("input", "input_size", "channels", "seed", "kernel", "filters",
            "bias", "padding", "stride", "dilation", "groups", "flip", "step");
    private static final Set<String> CONV1D_KEYS = Set.of("input", "length", "channels", "seed", "kernel", "filters",
            "bias", "padding", "stride", "dilation", "groups", "flip", "step");
    private static final Set<String> POOL_KEYS = Set.of("kind", "input", "input_size", "channels", "seed", "window",
            "stride", "padding", "step");

    private LabSpecParser() {
    }

    /** The parameter names a lab knows. */
    public static Set<String> keys(String lab) {
        return switch (lab) {
            case LabSpec.CONV2D -> CONV2D_KEYS;
            case LabSpec.CONV1D -> CONV1D_KEYS;
            case LabSpec.POOL -> POOL_KEYS;
            default -> throw new LabParamException(null, "unknown lab \"" + lab + "\"; labs are conv1d, conv2d and pool");
        };
    }

    /** The lab in its default state. */
    public static LabSpec defaults(String lab) {
        return parse(lab, Map.of());
    }

    /** Parses {@code params} (keys as in lessons) for {@code lab}; unknown keys are errors. */
    public static LabSpec parse(String lab, Map<String, ?> params) {
        Set<String> known = keys(lab);
        for (String key : params.keySet()) {
            if (!known.contains(key)) {
                throw new LabParamException(key, "unknown parameter \"" + key + "\" for lab " + lab + didYouMean(key, known)
                        + "; known: " + String.join(", ", known.stream().sorted().toList()));
            }
        }
        Values v = new Values(params);
        return switch (lab) {
            case LabSpec.CONV2D -> new LabSpec(lab, conv2d(v), null, v.integer("step", -1, -1));
            case LabSpec.CONV1D -> new LabSpec(lab, conv1d(v), null, v.integer("step", -1, -1));
            default -> new LabSpec(lab, null, pool(v), v.integer("step", -1, -1));
        };
    }

    private static ConvSetup conv2d(Values v) {
        int channels = v.integer("channels", 1, 1, MAX_CHANNELS);
        long seed = v.integer("seed", 1, Integer.MIN_VALUE);
        Tensor input = v.image("input", "square", v.pair("input_size", new int[] {7, 7}, 1, MAX_SIDE), channels, seed);
        int groups = v.integer("groups", 1, 1, MAX_CHANNELS);
        int filters = v.integer("filters", 1, 1, MAX_FILTERS);
        Tensor kernel = v.kernel("kernel", "sobel_x", false, filters, Math.max(1, input.dim(0) / groups));
        float[] bias = v.bias(kernel.dim(0));
        Padding p = v.padding(false);
        int[] stride = v.pair("stride", new int[] {1, 1}, 1, MAX_SIDE);
        int[] dilation = v.pair("dilation", new int[] {1, 1}, 1, MAX_SIDE);
        return new ConvSetup(false, input, kernel, bias, p.h, p.w, p.explicit, stride[0], stride[1],
                dilation[0], dilation[1], groups, v.bool("flip", false));
    }

    private static ConvSetup conv1d(Values v) {
        int channels = v.integer("channels", 1, 1, MAX_CHANNELS);
        long seed = v.integer("seed", 1, Integer.MIN_VALUE);
        Tensor input = v.signal("input", "template_match", v.integer("length", 12, 1, MAX_SIDE), channels, seed);
        int groups = v.integer("groups", 1, 1, MAX_CHANNELS);
        int filters = v.integer("filters", 1, 1, MAX_FILTERS);
        Tensor kernel = v.kernel("kernel", "template", true, filters, Math.max(1, input.dim(0) / groups));
        float[] bias = v.bias(kernel.dim(0));
        Padding p = v.padding(true);
        int stride = v.integer("stride", 1, 1, MAX_SIDE);
        int dilation = v.integer("dilation", 1, 1, MAX_SIDE);
        return new ConvSetup(true, input, kernel, bias, PaddingMode.VALID, p.w, p.explicit, 1, stride, 1, dilation,
                groups, v.bool("flip", false));
    }

    private static PoolSetup pool(Values v) {
        String kind = v.choice("kind", "max", "max", "avg", "global");
        int channels = v.integer("channels", 1, 1, MAX_CHANNELS);
        long seed = v.integer("seed", 1, Integer.MIN_VALUE);
        Tensor input = v.image("input", "random", v.pair("input_size", new int[] {6, 6}, 1, MAX_SIDE), channels, seed);
        int[] window = v.pair("window", new int[] {2, 2}, 1, MAX_KERNEL);
        int[] stride = v.pair("stride", window, 1, MAX_SIDE);
        int[] pad = v.pair("padding", new int[] {0, 0}, 0, MAX_KERNEL);
        PoolTrace.Kind k = switch (kind) {
            case "avg" -> PoolTrace.Kind.AVG;
            case "global" -> PoolTrace.Kind.GLOBAL_AVG;
            default -> PoolTrace.Kind.MAX;
        };
        return new PoolSetup(k, input, window[0], window[1], stride[0], stride[1], pad[0], pad[1]);
    }

    /** " (did you mean \"stride\"?)" for a near miss, else "". */
    static String didYouMean(String key, Set<String> known) {
        return NearMiss.closest(key, known, 2).map(k -> " (did you mean \"" + k + "\"?)").orElse("");
    }

    /** Padding as two modes and {top, bottom, left, right}. */
    private record Padding(PaddingMode h, PaddingMode w, int[] explicit) {
    }

    /** Typed access to the raw values, with errors that name the key. */
    private static final class Values {
        private final Map<String, Object> raw = new LinkedHashMap<>();

        Values(Map<String, ?> params) {
            raw.putAll(params);
        }

        private LabParamException bad(String key, String what) {
            return new LabParamException(key, "parameter \"" + key + "\": " + what);
        }

        int integer(String key, int dflt, int min) {
            return integer(key, dflt, min, Integer.MAX_VALUE);
        }

        int integer(String key, int dflt, int min, int max) {
            Object o = raw.get(key);
            if (o == null) {
                return dflt;
            }
            int x = whole(key, o);
            if (x < min || x > max) {
                throw bad(key, "must be " + (max == Integer.MAX_VALUE ? "at least " + min : "between " + min + " and " + max) + ", got " + x);
            }
            return x;
        }

        private int whole(String key, Object o) {
            if (o instanceof Number n) {
                double d = n.doubleValue();
                if (d == Math.rint(d) && Math.abs(d) <= Integer.MAX_VALUE) {
                    return (int) d;
                }
            }
            throw bad(key, "must be a whole number, got " + show(o));
        }

        int[] pair(String key, int[] dflt, int min, int max) {
            Object o = raw.get(key);
            if (o == null) {
                return dflt;
            }
            int[] p;
            if (o instanceof List<?> l) {
                if (l.size() != 2) {
                    throw bad(key, "must be a whole number or a pair [height, width], got a list of " + l.size());
                }
                p = new int[] {whole(key, l.get(0)), whole(key, l.get(1))};
            } else {
                int x = whole(key, o);
                p = new int[] {x, x};
            }
            for (int x : p) {
                if (x < min || x > max) {
                    throw bad(key, "must be between " + min + " and " + max + ", got " + x);
                }
            }
            return p;
        }

        boolean bool(String key, boolean dflt) {
            Object o = raw.get(key);
            if (o == null) {
                return dflt;
            }
            if (o instanceof Boolean b) {
                return b;
            }
            throw bad(key, "must be true or false, got " + show(o));
        }

        String choice(String key, String dflt, String... allowed) {
            Object o = raw.get(key);
            if (o == null) {
                return dflt;
            }
            for (String a : allowed) {
                if (a.equals(o)) {
                    return a;
                }
            }
            throw bad(key, "must be one of " + String.join(", ", allowed) + ", got " + show(o));
        }

        /** An image input [C, H, W]: a preset name, or numbers [H][W] or [C][H][W]. */
        Tensor image(String key, String preset, int[] size, int channels, long seed) {
            Object o = raw.getOrDefault(key, preset);
            if (o instanceof String name) {
                if (!List.of(Presets.INPUTS_2D).contains(name)) {
                    throw bad(key, "no input preset \"" + name + "\"; presets: " + String.join(", ", Presets.INPUTS_2D));
                }
                Tensor t = Tensor.zeros(channels, size[0], size[1]);
                int plane = size[0] * size[1];
                for (int c = 0; c < channels; c++) {
                    System.arraycopy(Presets.input2d(name, size[0], size[1], seed + c).data(), 0, t.data(), c * plane, plane);
                }
                return t;
            }
            Tensor t = numbers(key, o, 2, 3);
            if (t.rank() == 2) {
                t = t.reshape(1, t.dim(0), t.dim(1));
            }
            checkSides(key, t.dim(1), t.dim(2));
            if (t.dim(0) > MAX_CHANNELS) {
                throw bad(key, "has " + t.dim(0) + " channels; labs take at most " + MAX_CHANNELS);
            }
            return t;
        }

        /** A signal [C, 1, L]: a preset name, or numbers [L] or [C][L]. */
        Tensor signal(String key, String preset, int length, int channels, long seed) {
            Object o = raw.getOrDefault(key, preset);
            if (o instanceof String name) {
                if (!List.of(Presets.INPUTS_1D).contains(name)) {
                    throw bad(key, "no signal preset \"" + name + "\"; presets: " + String.join(", ", Presets.INPUTS_1D));
                }
                Tensor t = Tensor.zeros(channels, 1, length);
                for (int c = 0; c < channels; c++) {
                    System.arraycopy(Presets.input1d(name, length, seed + c).data(), 0, t.data(), c * length, length);
                }
                return t;
            }
            Tensor t = numbers(key, o, 1, 2);
            Tensor s = t.rank() == 1 ? t.reshape(1, 1, t.dim(0)) : t.reshape(t.dim(0), 1, t.dim(1));
            checkSides(key, 1, s.dim(2));
            return s;
        }

        /**
         * A kernel [Cout, C/groups, kh, kw]: a preset name or a 2D/1D list, repeated for every filter
         * and channel, or the full nested list.
         */
        Tensor kernel(String key, String preset, boolean oneD, int filters, int channelsPerGroup) {
            Object o = raw.getOrDefault(key, preset);
            Tensor base; // [kh, kw]
            if (o instanceof String name) {
                var presets = oneD ? Presets.KERNELS_1D.keySet() : Presets.KERNELS_2D.keySet();
                if (!presets.contains(name)) {
                    throw bad(key, "no kernel preset \"" + name + "\"; presets: " + String.join(", ", presets));
                }
                Tensor p = oneD ? Presets.kernel1d(name) : Presets.kernel2d(name);
                base = p.reshape(p.dim(2), p.dim(3));
            } else {
                int full = oneD ? 3 : 4;
                Tensor t = numbers(key, o, oneD ? 1 : 2, full);
                if (t.rank() == full) {
                    Tensor k = oneD ? t.reshape(t.dim(0), t.dim(1), 1, t.dim(2)) : t;
                    checkKernel(key, k.dim(2), k.dim(3));
                    if (raw.containsKey("filters") && k.dim(0) != filters) {
                        throw bad("filters", "is " + filters + " but the kernel has " + k.dim(0) + " filters");
                    }
                    return k;
                }
                base = oneD ? t.reshape(1, t.dim(0)) : t;
            }
            checkKernel(key, base.dim(0), base.dim(1));
            Tensor k = Tensor.zeros(filters, channelsPerGroup, base.dim(0), base.dim(1));
            for (int i = 0; i < filters * channelsPerGroup; i++) {
                System.arraycopy(base.data(), 0, k.data(), i * base.size(), base.size());
            }
            return k;
        }

        float[] bias(int filters) {
            Object o = raw.get("bias");
            if (o == null || Boolean.FALSE.equals(o)) {
                return null;
            }
            if (o instanceof Number n) {
                float[] b = new float[filters];
                java.util.Arrays.fill(b, finite("bias", n));
                return b;
            }
            Tensor t = numbers("bias", o, 1);
            if (t.size() != filters) {
                throw bad("bias", "needs one value per filter (" + filters + "), got " + t.size());
            }
            return t.data();
        }

        Padding padding(boolean oneD) {
            Object o = raw.get("padding");
            if (o == null) {
                return new Padding(PaddingMode.VALID, PaddingMode.VALID, new int[4]);
            }
            if (o instanceof String s) {
                PaddingMode m;
                try {
                    m = PaddingMode.valueOf(s.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    m = null;
                }
                if (m == null || m == PaddingMode.EXPLICIT || (m == PaddingMode.CAUSAL && !oneD)) {
                    throw bad("padding", "must be a number, " + (oneD ? "[left, right]" : "[height, width], [top, bottom, left, right]")
                            + " or one of valid, same, full" + (oneD ? ", causal" : "") + "; got " + show(o));
                }
                return new Padding(oneD ? PaddingMode.VALID : m, m, new int[4]);
            }
            int[] sides;
            if (o instanceof List<?> l) {
                int[] xs = new int[l.size()];
                for (int i = 0; i < xs.length; i++) {
                    xs[i] = whole("padding", l.get(i));
                }
                if (oneD && xs.length == 2) {
                    sides = new int[] {0, 0, xs[0], xs[1]};
                } else if (!oneD && xs.length == 2) {
                    sides = new int[] {xs[0], xs[0], xs[1], xs[1]};
                } else if (!oneD && xs.length == 4) {
                    sides = xs;
                } else {
                    throw bad("padding", "a list must be " + (oneD ? "[left, right]" : "[height, width] or [top, bottom, left, right]")
                            + ", got " + xs.length + " numbers");
                }
            } else {
                int p = whole("padding", o);
                sides = oneD ? new int[] {0, 0, p, p} : new int[] {p, p, p, p};
            }
            for (int s : sides) {
                if (s < 0 || s > MAX_SIDE) {
                    throw bad("padding", "must be between 0 and " + MAX_SIDE + ", got " + s);
                }
            }
            return new Padding(oneD ? PaddingMode.VALID : PaddingMode.EXPLICIT, PaddingMode.EXPLICIT, sides);
        }

        private void checkSides(String key, int h, int w) {
            if (h > MAX_SIDE || w > MAX_SIDE) {
                throw bad(key, "is " + h + "×" + w + "; labs take at most " + MAX_SIDE + "×" + MAX_SIDE);
            }
        }

        private void checkKernel(String key, int kh, int kw) {
            if (kh > MAX_KERNEL || kw > MAX_KERNEL) {
                throw bad(key, "is " + kh + "×" + kw + "; kernels are at most " + MAX_KERNEL + "×" + MAX_KERNEL);
            }
        }

        private float finite(String key, Number n) {
            float f = n.floatValue();
            if (!Float.isFinite(f)) {
                throw bad(key, "must be a finite number, got " + n);
            }
            return f;
        }

        /** A rectangular nested list of finite numbers of one of the given ranks. */
        Tensor numbers(String key, Object o, int... ranks) {
            List<Integer> shape = new ArrayList<>();
            Object probe = o;
            while (probe instanceof List<?> l) {
                if (l.isEmpty()) {
                    throw bad(key, "contains an empty list");
                }
                shape.add(l.size());
                probe = l.get(0);
            }
            boolean rankOk = false;
            for (int r : ranks) {
                rankOk |= r == shape.size();
            }
            if (!rankOk) {
                StringBuilder want = new StringBuilder();
                for (int r : ranks) {
                    want.append(want.isEmpty() ? "" : " or ").append(r == 0 ? "a number" : "a list nested " + r + " deep");
                }
                throw bad(key, "must be " + want + ", got " + show(o));
            }
            int[] dims = shape.stream().mapToInt(Integer::intValue).toArray();
            Tensor t = Tensor.zeros(dims);
            int[] at = {0};
            fill(key, o, dims, 0, t.data(), at);
            return t;
        }

        private void fill(String key, Object o, int[] dims, int depth, float[] out, int[] at) {
            if (depth == dims.length) {
                if (!(o instanceof Number n)) {
                    throw bad(key, "holds " + show(o) + " where a number belongs");
                }
                out[at[0]++] = finite(key, n);
                return;
            }
            if (!(o instanceof List<?> l) || l.size() != dims[depth]) {
                throw bad(key, "is not rectangular: rows must all have " + dims[depth] + " entries");
            }
            for (Object e : l) {
                fill(key, e, dims, depth + 1, out, at);
            }
        }

        private static String show(Object o) {
            return o instanceof String s ? "\"" + s + "\"" : String.valueOf(o);
        }
    }
}
