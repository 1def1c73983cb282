package org.convlab.engine;

/**
 * The per-element arithmetic of {@link Adam} on a range of one parameter, in the order that class
 * states (double arithmetic, each result rounded to float when stored). {@link #scalar()} is the
 * source of truth; the Vector API twin, loaded only when the JVM has the jdk.incubator.vector
 * module (as {@link Gemms} loads the product), performs the same IEEE operations lane by lane and
 * gives the same bits.
 *
 * <p>Why a twin: C2 vectorizes the plain loop only when it starts at a literal 0 (a whole
 * parameter, 0.13 ms for LeNet-5's 61,706 values); started anywhere else it compiles it without
 * vectors, 2.4 times slower. Splitting the update over threads needs ranges, so ranges need
 * vectors of their own (docs/training-speed.md).
 */
interface AdamUpdate {
    /**
     * For i in from..to-1: grad = g + weightDecay·p; m = (float) (beta1·m + (1 - beta1)·grad);
     * v = (float) (beta2·v + ((1 - beta2)·grad)·grad); p = (float) (p - (stepSize·m) / (sqrt(v) / sqrtCorrection2 + eps)),
     * with m and v the stored floats. Reads g; reads and writes p, m and v.
     */
    void update(float[] p, float[] g, float[] m, float[] v, int from, int to, double beta1, double beta2, double eps,
                double weightDecay, double stepSize, double sqrtCorrection2);

    /** True for the Vector API implementation. */
    boolean vectorized();

    /** The plain loop. */
    static AdamUpdate scalar() {
        return ScalarAdamUpdate.INSTANCE;
    }

    /** The Vector API twin when allowed and the module is present, else the plain loop (same bits). */
    static AdamUpdate best(boolean allowVectorApi) {
        if (allowVectorApi && Gemms.vectorApiPresent()) {
            try {
                return (AdamUpdate) Class.forName("org.convlab.engine.VectorAdamUpdate").getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException | LinkageError e) {
                return scalar();
            }
        }
        return scalar();
    }

    /** The source of truth. */
    final class ScalarAdamUpdate implements AdamUpdate {
        static final ScalarAdamUpdate INSTANCE = new ScalarAdamUpdate();

        private ScalarAdamUpdate() {
        }

        @Override
        public void update(float[] p, float[] g, float[] m, float[] v, int from, int to, double beta1, double beta2,
                           double eps, double weightDecay, double stepSize, double sqrtCorrection2) {
            if (from == 0 && to == p.length) { // the one loop shape C2 vectorizes
                for (int i = 0; i < p.length; i++) {
                    element(p, g, m, v, i, beta1, beta2, eps, weightDecay, stepSize, sqrtCorrection2);
                }
            } else {
                for (int i = from; i < to; i++) {
                    element(p, g, m, v, i, beta1, beta2, eps, weightDecay, stepSize, sqrtCorrection2);
                }
            }
        }

        private static void element(float[] p, float[] g, float[] m, float[] v, int i, double beta1, double beta2,
                                    double eps, double weightDecay, double stepSize, double sqrtCorrection2) {
            double grad = g[i] + weightDecay * p[i];
            m[i] = (float) (beta1 * m[i] + (1 - beta1) * grad);
            v[i] = (float) (beta2 * v[i] + (1 - beta2) * grad * grad);
            double denom = Math.sqrt(v[i]) / sqrtCorrection2 + eps;
            p[i] = (float) (p[i] - stepSize * m[i] / denom);
        }

        @Override
        public boolean vectorized() {
            return false;
        }
    }
}
