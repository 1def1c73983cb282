package org.convlab.explain;

import org.convlab.engine.Tensor;

/** Moving an image by whole pixels, for the translation-invariance experiment. */
public final class Shift {
    private Shift() {
    }

    /**
     * Input [C, H, W] moved {@code dy} rows down and {@code dx} columns right; pixels that move in
     * from outside are zero, pixels that move out are lost. Returns a new tensor.
     */
    public static Tensor shifted(Tensor input, int dy, int dx) {
        int[] s = input.shape();
        Tensor out = Tensor.zeros(s);
        float[] src = input.data();
        float[] dst = out.data();
        for (int c = 0; c < s[0]; c++) {
            for (int y = 0; y < s[1]; y++) {
                int sy = y - dy;
                if (sy < 0 || sy >= s[1]) {
                    continue;
                }
                for (int x = 0; x < s[2]; x++) {
                    int sx = x - dx;
                    if (sx >= 0 && sx < s[2]) {
                        dst[(c * s[1] + y) * s[2] + x] = src[(c * s[1] + sy) * s[2] + sx];
                    }
                }
            }
        }
        return out;
    }

    /** How many elements of two same-shaped tensors differ. */
    public static int countChanged(Tensor a, Tensor b) {
        if (!a.hasShape(b.shape())) {
            throw new IllegalArgumentException("cannot compare " + a + " with " + b);
        }
        int n = 0;
        float[] x = a.data();
        float[] y = b.data();
        for (int i = 0; i < x.length; i++) {
            if (Float.compare(x[i], y[i]) != 0) {
                n++;
            }
        }
        return n;
    }

    /** The flat indices (row-major) of the elements that differ, by the same rule as {@link #countChanged}. */
    public static int[] changedIndices(Tensor a, Tensor b) {
        if (!a.hasShape(b.shape())) {
            throw new IllegalArgumentException("cannot compare " + a + " with " + b);
        }
        float[] x = a.data();
        float[] y = b.data();
        return java.util.stream.IntStream.range(0, x.length).filter(i -> Float.compare(x[i], y[i]) != 0).toArray();
    }
}
