package org.convlab.engine;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Vector API twin of {@link AdamUpdate#scalar()}: lanes run over elements, each lane doing
 * the scalar chain's IEEE operations in the same order (float to double exactly, double to float
 * rounded to nearest as a Java cast), so the two give the same bits on any vector width. Floats
 * are loaded as many as there are double lanes. Loaded only when the jdk.incubator.vector module
 * is in the boot layer ({@link AdamUpdate#best}). As in {@link VectorGemm}, everything stays in
 * one method so C2 keeps every vector in registers.
 */
final class VectorAdamUpdate implements AdamUpdate {
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED.withShape(
            VectorShape.forBitSize(D.vectorBitSize() / 2));
    private static final int L = D.length();

    @Override
    public void update(float[] p, float[] g, float[] m, float[] v, int from, int to, double beta1, double beta2,
                       double eps, double weightDecay, double stepSize, double sqrtCorrection2) {
        double oneMinusBeta1 = 1 - beta1;
        double oneMinusBeta2 = 1 - beta2;
        int i = from;
        for (; i + L <= to; i += L) {
            DoubleVector pd = (DoubleVector) FloatVector.fromArray(F, p, i).convertShape(VectorOperators.F2D, D, 0);
            DoubleVector gd = (DoubleVector) FloatVector.fromArray(F, g, i).convertShape(VectorOperators.F2D, D, 0);
            DoubleVector md = (DoubleVector) FloatVector.fromArray(F, m, i).convertShape(VectorOperators.F2D, D, 0);
            DoubleVector vd = (DoubleVector) FloatVector.fromArray(F, v, i).convertShape(VectorOperators.F2D, D, 0);
            DoubleVector grad = gd.add(pd.mul(weightDecay));
            FloatVector mf = (FloatVector) md.mul(beta1).add(grad.mul(oneMinusBeta1)).convertShape(VectorOperators.D2F, F, 0);
            FloatVector vf = (FloatVector) vd.mul(beta2).add(grad.mul(oneMinusBeta2).mul(grad))
                    .convertShape(VectorOperators.D2F, F, 0);
            mf.intoArray(m, i);
            vf.intoArray(v, i);
            DoubleVector denom = ((DoubleVector) vf.convertShape(VectorOperators.F2D, D, 0)).sqrt().div(sqrtCorrection2).add(eps);
            DoubleVector step = ((DoubleVector) mf.convertShape(VectorOperators.F2D, D, 0)).mul(stepSize).div(denom);
            ((FloatVector) pd.sub(step).convertShape(VectorOperators.D2F, F, 0)).intoArray(p, i);
        }
        AdamUpdate.scalar().update(p, g, m, v, i, to, beta1, beta2, eps, weightDecay, stepSize, sqrtCorrection2);
    }

    @Override
    public boolean vectorized() {
        return true;
    }
}
