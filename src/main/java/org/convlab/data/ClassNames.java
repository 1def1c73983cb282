package org.convlab.data;

import java.util.ArrayList;
import java.util.List;

/** Class names of the data sets ConvLab knows, indexed by label. */
public final class ClassNames {
    /** MNIST: the digits "0" to "9". */
    public static final List<String> DIGITS = numbered(10);

    /** Fashion-MNIST (Zalando), in label order. */
    public static final List<String> FASHION_MNIST = List.of(
            "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
            "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");

    private ClassNames() {
    }

    /** "0", "1", ... up to {@code count - 1}: for a data set whose classes have no names. */
    public static List<String> numbered(int count) {
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            names.add(Integer.toString(i));
        }
        return List.copyOf(names);
    }
}
