package org.convlab.data;

import org.convlab.engine.Tensor;

/**
 * Draws one {@link ShapeKind} into an image, anti-aliased: each pixel's value is the share of
 * its 4×4 sample points that fall inside the shape, times the intensity.
 *
 * <p>Positions and sizes are whole pixels, and a pixel's value depends only on its place
 * relative to the shape, so moving the shape one pixel right moves every value exactly one
 * column right: what a translation-invariance lab needs to show.
 */
public final class ShapeRenderer {
    private static final int SAMPLES = 4; // per pixel side

    private ShapeRenderer() {
    }

    /**
     * A new image [1, 1, height, width] (a batch of one) holding the shape at full intensity on
     * black. Parts outside the image are cut off.
     *
     * @param left the column of the bounding box's left edge; may be negative or past the edge
     * @param top  the row of the bounding box's top edge
     * @param size the side of the bounding box in pixels, at least 1
     */
    public static Tensor render(ShapeKind kind, int left, int top, int size, int height, int width) {
        Tensor image = Tensor.zeros(1, 1, height, width);
        draw(kind, left, top, size, 1f, image.data(), 0, height, width);
        return image;
    }

    /**
     * Draws into an existing row-major height×width image starting at {@code offset} of
     * {@code image}, keeping the brighter of the old and the new value at each pixel.
     *
     * @param intensity the value of a fully covered pixel, in [0, 1]
     * @param image     the image storage (written)
     */
    public static void draw(ShapeKind kind, int left, int top, int size, float intensity,
                            float[] image, int offset, int height, int width) {
        if (size < 1) {
            throw new IllegalArgumentException("shape size must be at least 1 pixel, not " + size);
        }
        if (offset < 0 || offset + height * width > image.length) {
            throw new IllegalArgumentException("a " + height + "×" + width + " image at offset " + offset
                    + " does not fit in storage of length " + image.length);
        }
        int rowStart = Math.max(0, top);
        int rowEnd = Math.min(height, top + size);
        int colStart = Math.max(0, left);
        int colEnd = Math.min(width, left + size);
        for (int row = rowStart; row < rowEnd; row++) {
            for (int col = colStart; col < colEnd; col++) {
                float value = intensity * coverage(kind, col - left, row - top, size);
                int at = offset + row * width + col;
                image[at] = Math.max(image[at], value);
            }
        }
    }

    /** Share of the pixel at (x, y) of the box, in box pixels, that lies inside the shape. */
    private static float coverage(ShapeKind kind, int x, int y, int size) {
        int inside = 0;
        for (int sy = 0; sy < SAMPLES; sy++) {
            double v = (y + (sy + 0.5) / SAMPLES) / size;
            for (int sx = 0; sx < SAMPLES; sx++) {
                double u = (x + (sx + 0.5) / SAMPLES) / size;
                if (kind.covers(u, v)) {
                    inside++;
                }
            }
        }
        return inside / (float) (SAMPLES * SAMPLES);
    }
}
