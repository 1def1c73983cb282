package org.convlab.cli.bench;

import org.convlab.engine.Conv2dConfig;

/**
 * A convolution to benchmark, written {@code N,Cin,H,W->Cout,k,stride,pad}: batch, input
 * channels, height, width, then output channels, square kernel, stride and symmetric padding.
 */
public record ConvShape(int batch, int cin, int h, int w, int cout, int k, int stride, int pad) {

    /** Parses "64,1,28,28->6,5,1,2"; throws IllegalArgumentException saying what is wrong. */
    public static ConvShape parse(String text) {
        String[] sides = text.replace(" ", "").split("->", -1);
        String expected = "a shape is written N,Cin,H,W->Cout,k,stride,pad (for example 32,3,32,32->32,3,1,1), not \""
                + text + "\"";
        if (sides.length != 2) {
            throw new IllegalArgumentException(expected);
        }
        String[] in = sides[0].split(",", -1);
        String[] out = sides[1].split(",", -1);
        if (in.length != 4 || out.length != 4) {
            throw new IllegalArgumentException(expected);
        }
        try {
            ConvShape s = new ConvShape(Integer.parseInt(in[0]), Integer.parseInt(in[1]), Integer.parseInt(in[2]),
                    Integer.parseInt(in[3]), Integer.parseInt(out[0]), Integer.parseInt(out[1]),
                    Integer.parseInt(out[2]), Integer.parseInt(out[3]));
            if (s.batch < 1 || s.cin < 1 || s.h < 1 || s.w < 1 || s.cout < 1 || s.k < 1 || s.stride < 1 || s.pad < 0) {
                throw new IllegalArgumentException("in \"" + text + "\" every number must be at least 1 (padding at least 0)");
            }
            if (s.outH() < 1 || s.outW() < 1) {
                throw new IllegalArgumentException("in \"" + text + "\" the kernel is larger than the padded input");
            }
            return s;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(expected, e);
        }
    }

    public Conv2dConfig config() {
        return Conv2dConfig.of(stride, pad, 1, 1);
    }

    public int outH() {
        return config().outHeight(h, k);
    }

    public int outW() {
        return config().outWidth(w, k);
    }

    /** Floating-point operations of one forward pass: 2 per multiply-add. */
    public double forwardFlops() {
        return 2.0 * batch * cout * outH() * outW() * cin * k * k;
    }

    @Override
    public String toString() {
        return batch + "," + cin + "," + h + "," + w + "->" + cout + "," + k + "," + stride + "," + pad;
    }
}
