package org.convlab.engine;

/**
 * Picks the {@link Gemm} implementation. The Vector API lives in an incubator module that the
 * JVM resolves only when asked ({@code --add-modules jdk.incubator.vector}), and asking prints
 * a start-up warning, so the launcher adds it only for the commands that train or benchmark.
 * {@link VectorGemm} is loaded by name, and only when the module is present, so no other
 * command ever touches it.
 */
final class Gemms {
    private static final String VECTOR_MODULE = "jdk.incubator.vector";

    private Gemms() {
    }

    /** True when the JVM was started with the Vector API module. */
    static boolean vectorApiPresent() {
        return ModuleLayer.boot().findModule(VECTOR_MODULE).isPresent();
    }

    /** The vector implementation when allowed and present, else the scalar one (same results, bitwise). */
    static Gemm best(boolean allowVectorApi) {
        if (allowVectorApi && vectorApiPresent()) {
            try {
                return (Gemm) Class.forName("org.convlab.engine.VectorGemm").getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException | LinkageError e) {
                return ScalarGemm.INSTANCE; // the module is there but unusable: the scalar path gives the same bits
            }
        }
        return ScalarGemm.INSTANCE;
    }
}
