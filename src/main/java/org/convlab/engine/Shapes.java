package org.convlab.engine;

/** Small helpers for shapes given as int arrays. */
public final class Shapes {
    private Shapes() {
    }

    /** Product of the dimensions; rejects negative dimensions and sizes beyond an int. */
    public static int size(int... shape) {
        long n = 1;
        for (int d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("negative dimension in shape " + describe(shape));
            }
            n *= d;
            if (n > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("shape " + describe(shape) + " has more than 2^31 elements");
            }
        }
        return (int) n;
    }

    /** "[2, 3, 4]". */
    public static String describe(int... shape) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < shape.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(shape[i]);
        }
        return sb.append(']').toString();
    }
}
