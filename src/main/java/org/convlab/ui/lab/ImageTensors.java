package org.convlab.ui.lab;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import org.convlab.engine.Tensor;

/**
 * Pictures as lab inputs: a file read with JavaFX's {@link Image}, cropped at the centre to the
 * wanted aspect ratio, averaged down to the wanted size (every source pixel counts by how much
 * of it falls in a target pixel) and turned into a tensor of grey levels or RGB channels in
 * [0, 1].
 */
public final class ImageTensors {
    private ImageTensors() {
    }

    /** Reads an image file; throws IOException with the file's name when it is not a picture JavaFX reads. */
    public static Image read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            Image img = new Image(in);
            if (img.isError() || img.getWidth() < 1) {
                throw new IOException(file.getFileName() + " is not an image JavaFX can read (PNG, JPEG, GIF or BMP)"
                        + (img.getException() == null ? "" : ": " + img.getException().getMessage()));
            }
            return img;
        }
    }

    /** The image as [1, h, w] grey levels (ITU-R BT.601 luma) or [3, h, w] RGB, values in [0, 1]. */
    public static Tensor toTensor(Image img, int h, int w, boolean rgb) {
        int sw = (int) img.getWidth();
        int sh = (int) img.getHeight();
        int[] argb = new int[sw * sh];
        PixelReader r = img.getPixelReader();
        r.getPixels(0, 0, sw, sh, PixelFormat.getIntArgbInstance(), argb, 0, sw);
        return toTensor(argb, sh, sw, h, w, rgb);
    }

    /** As {@link #toTensor(Image, int, int, boolean)}, from ARGB pixels [sh × sw]. */
    public static Tensor toTensor(int[] argb, int sh, int sw, int h, int w, boolean rgb) {
        // crop the centre to the target's aspect ratio
        int cw = sw;
        int ch = sh;
        if ((long) sw * h > (long) sh * w) {
            cw = Math.max(1, (int) Math.round((double) sh * w / h));
        } else {
            ch = Math.max(1, (int) Math.round((double) sw * h / w));
        }
        int x0 = (sw - cw) / 2;
        int y0 = (sh - ch) / 2;
        int channels = rgb ? 3 : 1;
        Tensor out = Tensor.zeros(channels, h, w);
        float[] plane = new float[ch * cw];
        for (int c = 0; c < channels; c++) {
            for (int y = 0; y < ch; y++) {
                for (int x = 0; x < cw; x++) {
                    int p = argb[(y0 + y) * sw + x0 + x];
                    float red = (p >> 16 & 0xff) / 255f;
                    float green = (p >> 8 & 0xff) / 255f;
                    float blue = (p & 0xff) / 255f;
                    plane[y * cw + x] = !rgb ? 0.299f * red + 0.587f * green + 0.114f * blue
                            : c == 0 ? red : c == 1 ? green : blue;
                }
            }
            float[] small = areaAverage(plane, ch, cw, h, w);
            System.arraycopy(small, 0, out.data(), c * h * w, h * w);
        }
        return out;
    }

    /**
     * Resizes a plane [sh × sw] to [dh × dw] by area averaging: each target pixel is the mean of
     * the source area it covers, partial pixels weighted by the part covered.
     */
    public static float[] areaAverage(float[] src, int sh, int sw, int dh, int dw) {
        float[] rows = new float[sh * dw]; // horizontal pass
        double[][] wx = weights(sw, dw);
        for (int y = 0; y < sh; y++) {
            for (int x = 0; x < dw; x++) {
                double s = 0;
                int from = (int) wx[x][0];
                for (int i = 1; i < wx[x].length; i++) {
                    s += wx[x][i] * src[y * sw + from + i - 1];
                }
                rows[y * dw + x] = (float) s;
            }
        }
        float[] out = new float[dh * dw]; // vertical pass
        double[][] wy = weights(sh, dh);
        for (int y = 0; y < dh; y++) {
            int from = (int) wy[y][0];
            for (int x = 0; x < dw; x++) {
                double s = 0;
                for (int i = 1; i < wy[y].length; i++) {
                    s += wy[y][i] * rows[(from + i - 1) * dw + x];
                }
                out[y * dw + x] = (float) s;
            }
        }
        return out;
    }

    /** For each target index: {first source index, weight of it, weight of the next, …}, weights summing to 1. */
    private static double[][] weights(int n, int m) {
        double[][] w = new double[m][];
        double scale = (double) n / m;
        for (int j = 0; j < m; j++) {
            double a = j * scale;
            double b = (j + 1) * scale;
            int first = (int) Math.floor(a);
            int last = Math.min(n - 1, (int) Math.ceil(b) - 1);
            w[j] = new double[last - first + 2];
            w[j][0] = first;
            for (int i = first; i <= last; i++) {
                double overlap = Math.min(b, i + 1) - Math.max(a, i);
                w[j][i - first + 1] = overlap / scale;
            }
        }
        return w;
    }
}
