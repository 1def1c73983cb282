package org.convlab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Compares ConvOps with a naive float64 convolution written differently: it builds the
 * zero-padded input explicitly, loops per output channel over whole weight windows, gathers
 * the weight gradient per weight element and scatters the input gradient into a padded buffer
 * that is cropped at the end. Random configurations; relative error 1e-5 per element.
 */
class ConvFloat64ReferenceTest {
    private static final double REL_TOL = 1e-5;

    @Test
    void forwardAndBackwardMatchAFloat64ReferenceOnRandomConfigurations() {
        Random rnd = new Random(20240611);
        for (int trial = 0; trial < 60; trial++) {
            int groups = 1 + rnd.nextInt(3);
            int cin = groups * (1 + rnd.nextInt(3));
            int cout = groups * (1 + rnd.nextInt(3));
            int kh = 1 + rnd.nextInt(4);
            int kw = 1 + rnd.nextInt(4);
            Conv2dConfig cfg = new Conv2dConfig(1 + rnd.nextInt(3), 1 + rnd.nextInt(3),
                    rnd.nextInt(3), rnd.nextInt(3), rnd.nextInt(3), rnd.nextInt(3),
                    1 + rnd.nextInt(3), 1 + rnd.nextInt(3), groups);
            int n = 1 + rnd.nextInt(2);
            // big enough that the dilated kernel fits without padding, plus a random odd or even extra
            int h = cfg.dilationH() * (kh - 1) + 1 + rnd.nextInt(5);
            int w = cfg.dilationW() * (kw - 1) + 1 + rnd.nextInt(5);
            boolean hasBias = rnd.nextBoolean();
            String label = "trial " + trial + ": input [" + n + ", " + cin + ", " + h + ", " + w + "], kernel "
                    + kh + "x" + kw + ", cout " + cout + ", " + cfg;

            Tensor x = GradCheck.random(rnd, n, cin, h, w);
            Tensor wt = GradCheck.random(rnd, cout, cin / groups, kh, kw);
            Tensor b = hasBias ? GradCheck.random(rnd, cout) : null;
            Reference ref = new Reference(x, wt, b, cfg);

            Tensor out = ConvOps.conv2d(x, wt, b, cfg);
            assertArrayEquals(new int[] {n, cout, ref.outH, ref.outW}, out.shape(), label);
            assertClose(label + ", output", ref.forward(), out.data());

            Tensor g = GradCheck.random(rnd, out.shape());
            ConvOps.ConvGrads grads = ConvOps.conv2dBackward(x, wt, hasBias, g, cfg);
            assertClose(label + ", weight gradient", ref.weightGradient(g), grads.weight().data());
            assertClose(label + ", input gradient", ref.inputGradient(g), grads.input().data());
            if (hasBias) {
                assertClose(label + ", bias gradient", ref.biasGradient(g), grads.bias().data());
            }
        }
    }

    private static void assertClose(String what, double[] expected, float[] actual) {
        if (expected.length != actual.length) {
            fail(what + ": " + actual.length + " elements, expected " + expected.length);
        }
        for (int i = 0; i < expected.length; i++) {
            if (Math.abs(actual[i] - expected[i]) > REL_TOL * Math.abs(expected[i]) + 1e-12) {
                fail(what + "[" + i + "]: " + actual[i] + " but float64 reference gives " + expected[i]);
            }
        }
    }

    /** The naive float64 convolution and its gradients, by explicit padding. */
    private static final class Reference {
        final int n, cin, h, w, cout, kh, kw, groups, ph, pw, outH, outW;
        final Conv2dConfig cfg;
        final double[][][][] padded; // [N][Cin][padTop + H + padBottom][padLeft + W + padRight]
        final double[][][][] weight; // [Cout][Cin/groups][kh][kw]
        final double[] bias;         // [Cout] or null

        Reference(Tensor x, Tensor wt, Tensor b, Conv2dConfig cfg) {
            int[] s = x.shape();
            int[] k = wt.shape();
            n = s[0]; cin = s[1]; h = s[2]; w = s[3];
            cout = k[0]; kh = k[2]; kw = k[3];
            this.cfg = cfg;
            groups = cfg.groups();
            ph = h + cfg.padTop() + cfg.padBottom();
            pw = w + cfg.padLeft() + cfg.padRight();
            // the last window must start at or before ph - (dilated kernel height)
            outH = (ph - (cfg.dilationH() * (kh - 1) + 1)) / cfg.strideH() + 1;
            outW = (pw - (cfg.dilationW() * (kw - 1) + 1)) / cfg.strideW() + 1;
            padded = new double[n][cin][ph][pw];
            for (int a = 0; a < n; a++) {
                for (int c = 0; c < cin; c++) {
                    for (int y = 0; y < h; y++) {
                        for (int z = 0; z < w; z++) {
                            padded[a][c][y + cfg.padTop()][z + cfg.padLeft()] = x.get(a, c, y, z);
                        }
                    }
                }
            }
            weight = new double[cout][k[1]][kh][kw];
            for (int o = 0; o < cout; o++) {
                for (int c = 0; c < k[1]; c++) {
                    for (int y = 0; y < kh; y++) {
                        for (int z = 0; z < kw; z++) {
                            weight[o][c][y][z] = wt.get(o, c, y, z);
                        }
                    }
                }
            }
            bias = b == null ? null : new double[cout];
            for (int o = 0; b != null && o < cout; o++) {
                bias[o] = b.get(o);
            }
        }

        /** The input channel that channel {@code c} of output channel {@code o}'s weight reads. */
        int inputChannel(int o, int c) {
            return (o / (cout / groups)) * (cin / groups) + c;
        }

        double[] forward() {
            double[] out = new double[n * cout * outH * outW];
            int i = 0;
            for (int a = 0; a < n; a++) {
                for (int o = 0; o < cout; o++) {
                    for (int y = 0; y < outH; y++) {
                        for (int z = 0; z < outW; z++) {
                            double s = bias == null ? 0 : bias[o];
                            for (int c = 0; c < cin / groups; c++) {
                                double[][] plane = padded[a][inputChannel(o, c)];
                                for (int p = 0; p < kh; p++) {
                                    for (int q = 0; q < kw; q++) {
                                        s += weight[o][c][p][q]
                                                * plane[y * cfg.strideH() + p * cfg.dilationH()][z * cfg.strideW() + q * cfg.dilationW()];
                                    }
                                }
                            }
                            out[i++] = s;
                        }
                    }
                }
            }
            return out;
        }

        double[] weightGradient(Tensor g) {
            double[] gw = new double[cout * (cin / groups) * kh * kw];
            int i = 0;
            for (int o = 0; o < cout; o++) {
                for (int c = 0; c < cin / groups; c++) {
                    for (int p = 0; p < kh; p++) {
                        for (int q = 0; q < kw; q++) {
                            double s = 0;
                            for (int a = 0; a < n; a++) {
                                for (int y = 0; y < outH; y++) {
                                    for (int z = 0; z < outW; z++) {
                                        s += g.get(a, o, y, z) * padded[a][inputChannel(o, c)]
                                                [y * cfg.strideH() + p * cfg.dilationH()][z * cfg.strideW() + q * cfg.dilationW()];
                                    }
                                }
                            }
                            gw[i++] = s;
                        }
                    }
                }
            }
            return gw;
        }

        double[] inputGradient(Tensor g) {
            double[][][][] gPadded = new double[n][cin][ph][pw];
            for (int a = 0; a < n; a++) {
                for (int o = 0; o < cout; o++) {
                    for (int y = 0; y < outH; y++) {
                        for (int z = 0; z < outW; z++) {
                            for (int c = 0; c < cin / groups; c++) {
                                for (int p = 0; p < kh; p++) {
                                    for (int q = 0; q < kw; q++) {
                                        gPadded[a][inputChannel(o, c)][y * cfg.strideH() + p * cfg.dilationH()]
                                                [z * cfg.strideW() + q * cfg.dilationW()] += g.get(a, o, y, z) * weight[o][c][p][q];
                                    }
                                }
                            }
                        }
                    }
                }
            }
            double[] gx = new double[n * cin * h * w]; // the crop: padding positions are not inputs
            int i = 0;
            for (int a = 0; a < n; a++) {
                for (int c = 0; c < cin; c++) {
                    for (int y = 0; y < h; y++) {
                        for (int z = 0; z < w; z++) {
                            gx[i++] = gPadded[a][c][y + cfg.padTop()][z + cfg.padLeft()];
                        }
                    }
                }
            }
            return gx;
        }

        double[] biasGradient(Tensor g) {
            double[] gb = new double[cout];
            for (int a = 0; a < n; a++) {
                for (int o = 0; o < cout; o++) {
                    for (int y = 0; y < outH; y++) {
                        for (int z = 0; z < outW; z++) {
                            gb[o] += g.get(a, o, y, z);
                        }
                    }
                }
            }
            return gb;
        }
    }
}
