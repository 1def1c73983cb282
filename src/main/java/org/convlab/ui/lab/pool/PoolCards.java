package org.convlab.ui.lab.pool;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.convlab.engine.Tensor;
import org.convlab.explain.PoolSetup;
import org.convlab.explain.PoolTrace;
import org.convlab.ui.widgets.ColorScale;
import org.convlab.ui.widgets.Palette;
import org.convlab.ui.widgets.TensorGrid;

/** Small builders the pooling lab's two tabs share: titled sections, planes, colours, the operation in words. */
final class PoolCards {
    private PoolCards() {
    }

    /** The colour scale of a lab input and everything pooled from it: grey for pictures, diverging for signed values. */
    static ColorScale scale(Tensor input) {
        return ColorScale.forValues(input.data(), Palette.GRAY);
    }

    /** Style class of grids drawn in grey levels: their window and winner are outlined in colour, which grey never hides. */
    static final String PICTURE = "picture-grid";

    /** Gives a grid the lab's colour scale, and outlines in colour when the scale is grey. */
    static void colour(TensorGrid g, ColorScale scale) {
        g.setScale(scale);
        boolean grey = scale.palette() == Palette.GRAY;
        if (grey != g.getStyleClass().contains(PICTURE)) {
            if (grey) {
                g.getStyleClass().add(PICTURE);
            } else {
                g.getStyleClass().remove(PICTURE);
            }
        }
    }

    /** "max pool 2×2, stride 2, padding 1", "global average pool". */
    static String operation(PoolSetup s) {
        if (s.kind() == PoolTrace.Kind.GLOBAL_AVG) {
            return "global average pool";
        }
        String kind = s.kind() == PoolTrace.Kind.MAX ? "max pool " : "average pool ";
        String pad = s.padH() == 0 && s.padW() == 0 ? "" : ", padding " + pair(s.padH(), s.padW());
        return kind + s.kernelH() + "×" + s.kernelW() + ", stride " + pair(s.strideH(), s.strideW()) + pad;
    }

    /** "2" when both are equal, else "1×2" (height × width). */
    static String pair(int h, int w) {
        return h == w ? Integer.toString(h) : h + "×" + w;
    }

    static float[] plane(Tensor t, int i) {
        int[] s = t.shape();
        int n = s[s.length - 2] * s[s.length - 1];
        float[] out = new float[n];
        System.arraycopy(t.data(), i * n, out, 0, n);
        return out;
    }

    static Node section(Label title, Node... content) {
        VBox box = new VBox(title);
        box.getChildren().addAll(content);
        box.getStyleClass().add("grid-section");
        return box;
    }

    static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("grid-caption");
        return l;
    }

    static Label title() {
        Label l = new Label();
        l.getStyleClass().add("grid-title");
        return l;
    }
}
