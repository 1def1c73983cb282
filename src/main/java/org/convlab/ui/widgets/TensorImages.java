package org.convlab.ui.widgets;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** Plane of values → picture, one pixel per value, coloured by a {@link ColorScale}. */
public final class TensorImages {
    private TensorImages() {
    }

    /** values [h × w], row-major. */
    public static WritableImage toImage(float[] values, int h, int w, ColorScale scale) {
        int[] argb = new int[h * w];
        for (int i = 0; i < argb.length; i++) {
            argb[i] = scale.argb(values[i]);
        }
        WritableImage img = new WritableImage(w, h);
        img.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return img;
    }
}
