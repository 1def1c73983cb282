package org.convlab.ui.lesson;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.convlab.engine.Tensor;
import org.convlab.explain.ConvSetup;
import org.convlab.explain.PaddingMode;
import org.convlab.explain.PoolSetup;
import org.convlab.explain.PoolTrace;
import org.convlab.lesson.lab.LabState;
import org.convlab.ui.widgets.NumberFormats;
import org.convlab.ui.widgets.TensorGrid;

/**
 * An exercise's setup as the student needs it to answer: the input (each channel, padding drawn
 * hatched), the kernel (or the pooling window) and the other settings in words. Unlike the lab
 * it shows no output, which is what the student is asked for.
 */
final class SetupPreview {
    /** Beyond this many kernel planes only the first are drawn (and the rest counted). */
    private static final int MAX_KERNEL_PLANES = 8;

    private SetupPreview() {
    }

    /** The preview of {@code state}, or null when it has no setup to show. */
    static Node of(LabState state, int outputChannel) {
        if (state == null || state.spec() == null) {
            return null;
        }
        FlowPane grids = new FlowPane();
        grids.getStyleClass().add("setup-grids");
        grids.setAlignment(Pos.TOP_LEFT);
        String words;
        if (state.spec().conv() != null) {
            ConvSetup s = state.spec().conv();
            int[] pad = s.padding();
            addPlanes(grids, "Input x", s.input(), pad, s.oneD());
            Tensor k = s.kernel();
            int filter = Math.min(Math.max(0, outputChannel), k.dim(0) - 1);
            int shown = 0;
            for (int f = k.dim(0) == 1 ? 0 : filter; f < k.dim(0) && shown < MAX_KERNEL_PLANES; f++) {
                for (int c = 0; c < k.dim(1) && shown < MAX_KERNEL_PLANES; c++, shown++) {
                    String name = "Kernel w" + (k.dim(0) > 1 || k.dim(1) > 1 ? " [" + f + ", " + c + "]" : "");
                    grids.getChildren().add(plane(name, k.data(), (f * k.dim(1) + c) * k.dim(2) * k.dim(3), k.dim(2), k.dim(3),
                            new int[4], s.oneD()));
                }
                if (k.dim(0) > 1) {
                    break; // the filter of the asked channel is enough
                }
            }
            words = convWords(s);
        } else if (state.spec().pool() != null) {
            PoolSetup p = state.spec().pool();
            addPlanes(grids, "Input x", p.input(), new int[] {p.padH(), p.padH(), p.padW(), p.padW()}, false);
            words = poolWords(p);
        } else {
            return null;
        }
        Label caption = new Label(words);
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        caption.getStyleClass().add(LessonStyles.SETUP_CAPTION);
        VBox box = new VBox(Sideways.of(grids, true), caption);
        box.getStyleClass().add(LessonStyles.SETUP);
        box.setId("exercise-setup");
        return box;
    }

    private static void addPlanes(FlowPane grids, String name, Tensor t, int[] pad, boolean oneD) {
        int c = t.dim(0);
        int h = t.dim(1);
        int w = t.dim(2);
        for (int ch = 0; ch < c; ch++) {
            grids.getChildren().add(plane(c > 1 ? name + " channel " + ch : name, t.data(), ch * h * w, h, w, pad, oneD));
        }
    }

    private static Node plane(String name, float[] data, int offset, int rows, int cols, int[] pad, boolean oneD) {
        TensorGrid g = new TensorGrid();
        g.setValues(Arrays.copyOfRange(data, offset, offset + rows * cols), rows, cols);
        g.setPadding(pad[0], pad[1], pad[2], pad[3]);
        g.setShowIndices(rows > 1, true);
        Label title = new Label(name + "  " + (oneD ? "length " + cols : rows + "×" + cols));
        title.getStyleClass().add(LessonStyles.SETUP_CAPTION);
        VBox box = new VBox(title, g);
        box.getStyleClass().add("setup-plane");
        return box;
    }

    private static String convWords(ConvSetup s) {
        List<String> parts = new ArrayList<>();
        int[] p = s.padding();
        boolean allSame = p[0] == p[1] && p[1] == p[2] && p[2] == p[3];
        String pad = s.oneD() ? (p[2] == p[3] ? "" + p[2] : p[2] + " left, " + p[3] + " right")
                : allSame ? "" + p[0] : "top " + p[0] + ", bottom " + p[1] + ", left " + p[2] + ", right " + p[3];
        if (s.padW() != PaddingMode.EXPLICIT && s.padW() != PaddingMode.VALID) {
            pad += " (" + s.padW().name().toLowerCase(Locale.ROOT) + ")";
        }
        parts.add("padding " + pad);
        parts.add("stride " + pair(s.oneD(), s.strideH(), s.strideW()));
        if (s.dilationH() != 1 || s.dilationW() != 1) {
            parts.add("dilation " + pair(s.oneD(), s.dilationH(), s.dilationW()));
        }
        if (s.groups() != 1) {
            parts.add("groups " + s.groups());
        }
        if (s.bias() != null) {
            StringBuilder b = new StringBuilder("bias ");
            for (int i = 0; i < s.bias().length; i++) {
                b.append(i == 0 ? "" : ", ").append(NumberFormats.exact(s.bias()[i]));
            }
            parts.add(b.toString());
        }
        parts.add(s.flip() ? "true convolution (kernel flipped)" : "cross-correlation (kernel as written)");
        return String.join(" · ", parts);
    }

    private static String poolWords(PoolSetup p) {
        String kind = switch (p.kind()) {
            case MAX -> "max pooling";
            case AVG -> "average pooling (padding counts as 0)";
            case GLOBAL_AVG -> "global average pooling";
        };
        if (p.kind() == PoolTrace.Kind.GLOBAL_AVG) {
            return kind;
        }
        return kind + " · window " + p.kernelH() + "×" + p.kernelW() + " · stride " + p.strideH()
                + (p.strideH() == p.strideW() ? "" : "×" + p.strideW())
                + (p.padH() == 0 && p.padW() == 0 ? "" : " · padding " + p.padH() + (p.padH() == p.padW() ? "" : "×" + p.padW()));
    }

    private static String pair(boolean oneD, int h, int w) {
        return oneD || h == w ? "" + w : h + "×" + w;
    }
}
