package org.convlab.explain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.convlab.engine.Tensor;

/**
 * Named kernels and inputs the labs offer and lessons refer to by name ("sobel_x"). Each
 * returns a new tensor; 2D kernels are [kh, kw], 1D kernels [k], inputs [H, W] or [L].
 */
public final class Presets {
    private Presets() {
    }

    /** 2D kernels by id, in menu order. */
    public static final Map<String, float[][]> KERNELS_2D = new LinkedHashMap<>();
    /** 1D kernels by id, in menu order. */
    public static final Map<String, float[]> KERNELS_1D = new LinkedHashMap<>();

    static {
        KERNELS_2D.put("identity", new float[][] {{0, 0, 0}, {0, 1, 0}, {0, 0, 0}});
        KERNELS_2D.put("box_blur", new float[][] {{1 / 9f, 1 / 9f, 1 / 9f}, {1 / 9f, 1 / 9f, 1 / 9f}, {1 / 9f, 1 / 9f, 1 / 9f}});
        KERNELS_2D.put("gaussian", new float[][] {{1 / 16f, 2 / 16f, 1 / 16f}, {2 / 16f, 4 / 16f, 2 / 16f}, {1 / 16f, 2 / 16f, 1 / 16f}});
        KERNELS_2D.put("sharpen", new float[][] {{0, -1, 0}, {-1, 5, -1}, {0, -1, 0}});
        KERNELS_2D.put("sobel_x", new float[][] {{-1, 0, 1}, {-2, 0, 2}, {-1, 0, 1}});
        KERNELS_2D.put("sobel_y", new float[][] {{-1, -2, -1}, {0, 0, 0}, {1, 2, 1}});
        KERNELS_2D.put("laplacian", new float[][] {{0, 1, 0}, {1, -4, 1}, {0, 1, 0}});
        KERNELS_2D.put("edge", new float[][] {{-1, 1}});

        KERNELS_1D.put("moving_average", new float[] {1 / 3f, 1 / 3f, 1 / 3f});
        KERNELS_1D.put("difference", new float[] {-1, 1});
        KERNELS_1D.put("gaussian", new float[] {0.25f, 0.5f, 0.25f});
        KERNELS_1D.put("template", new float[] {1, 2, 1});
    }

    /** Human names for menus. */
    public static String label(String id) {
        return switch (id) {
            case "box_blur" -> "Box blur";
            case "sobel_x" -> "Sobel x";
            case "sobel_y" -> "Sobel y";
            case "edge" -> "Edge [−1 1]";
            case "moving_average" -> "Moving average";
            case "digit" -> "Digit (blob)";
            case "difference" -> "Difference [−1 1]";
            default -> Character.toUpperCase(id.charAt(0)) + id.substring(1).replace('_', ' ');
        };
    }

    /** A 2D kernel preset as [1, 1, kh, kw]. */
    public static Tensor kernel2d(String id) {
        float[][] k = KERNELS_2D.get(id);
        if (k == null) {
            throw new IllegalArgumentException("no 2D kernel preset \"" + id + "\"; presets: " + String.join(", ", KERNELS_2D.keySet()));
        }
        Tensor t = Tensor.zeros(1, 1, k.length, k[0].length);
        for (int y = 0; y < k.length; y++) {
            System.arraycopy(k[y], 0, t.data(), y * k[0].length, k[0].length);
        }
        return t;
    }

    /** A 1D kernel preset as [1, 1, 1, k]. */
    public static Tensor kernel1d(String id) {
        float[] k = KERNELS_1D.get(id);
        if (k == null) {
            throw new IllegalArgumentException("no 1D kernel preset \"" + id + "\"; presets: " + String.join(", ", KERNELS_1D.keySet()));
        }
        return Tensor.of(k, 1, 1, 1, k.length);
    }

    /** Input ids for menus. */
    public static final String[] INPUTS_2D = {"digit_edge", "checkerboard", "ramp", "square", "digit", "random"};
    public static final String[] INPUTS_1D = {"step", "pulse", "ramp", "template_match", "random"};

    /**
     * A 2D input preset as [1, h, w]; "random" uses the seed, values in [-1, 1] rounded to one
     * decimal; "digit" is a handwritten-looking 7 with soft edges (values in [0, 1], one decimal),
     * a small shape to shift in the pooling lab's translation experiment.
     */
    public static Tensor input2d(String id, int h, int w, long seed) {
        Tensor t = Tensor.zeros(1, h, w);
        float[] d = t.data();
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                d[y * w + x] = switch (id) {
                    case "digit_edge" -> x >= w / 2 ? 1f : 0f;
                    case "checkerboard" -> (x + y) % 2 == 0 ? 1f : 0f;
                    case "ramp" -> Math.round(10f * (x + y) / Math.max(1, h + w - 2)) / 10f;
                    case "square" -> (y >= h / 4 && y < h - h / 4 && x >= w / 4 && x < w - w / 4) ? 1f : 0f;
                    case "random" -> Math.round(rnd.nextDouble(-1, 1) * 10) / 10f;
                    case "digit" -> digitSeven(h, w, y, x);
                    default -> throw new IllegalArgumentException("no 2D input preset \"" + id + "\"; presets: "
                            + String.join(", ", INPUTS_2D));
                };
            }
        }
        return t;
    }

    /**
     * Pixel (y, x) of a 7 drawn in an h×w box: a bar across the top and a stroke down to the
     * lower middle, about a tenth of the side thick; 1 on the stroke, fading to 0 over one pixel.
     */
    private static float digitSeven(int h, int w, int y, int x) {
        double px = x + 0.5;
        double py = y + 0.5;
        double[][] strokes = {
            {0.22 * w, 0.2 * h, 0.78 * w, 0.2 * h},  // the top bar
            {0.78 * w, 0.2 * h, 0.42 * w, 0.86 * h}, // the downstroke
        };
        double d = Double.MAX_VALUE;
        for (double[] s : strokes) {
            d = Math.min(d, distanceToSegment(px, py, s[0], s[1], s[2], s[3]));
        }
        double radius = Math.max(0.5, 0.09 * Math.min(h, w));
        double v = Math.max(0, Math.min(1, radius + 0.5 - d));
        return Math.round(v * 10) / 10f;
    }

    private static double distanceToSegment(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
        return Math.hypot(px - ax - t * dx, py - ay - t * dy);
    }

    /**
     * A 1D signal preset as [1, 1, n]: a step, a pulse, a ramp, a signal that hides the
     * "template" kernel [1, 2, 1] at two places among noise, or seeded random values.
     */
    public static Tensor input1d(String id, int n, long seed) {
        Tensor t = Tensor.zeros(1, 1, n);
        float[] d = t.data();
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            d[i] = switch (id) {
                case "step" -> i >= n / 2 ? 1f : 0f;
                case "pulse" -> (i == n / 2) ? 1f : 0f;
                case "ramp" -> i;
                case "template_match", "random" -> Math.round(rnd.nextDouble(-0.5, 0.5) * 10) / 10f;
                default -> throw new IllegalArgumentException("no 1D input preset \"" + id + "\"; presets: "
                        + String.join(", ", INPUTS_1D));
            };
        }
        if (id.equals("template_match")) {
            float[] template = KERNELS_1D.get("template");
            for (int at : new int[] {n / 4, (3 * n) / 4 - template.length}) {
                for (int j = 0; j < template.length && at + j < n && at >= 0; j++) {
                    d[at + j] = template[j];
                }
            }
        }
        return t;
    }
}
