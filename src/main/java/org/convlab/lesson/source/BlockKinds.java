package org.convlab.lesson.source;

import java.util.Set;

/** The fenced-block kinds a lesson knows: ```lab NAME, ```step and ```exercise. */
public final class BlockKinds {
    private BlockKinds() {
    }

    public static final String LAB = "lab";
    public static final String STEP = "step";
    public static final String EXERCISE = "exercise";
    public static final Set<String> ALL = Set.of(LAB, STEP, EXERCISE);

    public static boolean isKind(String word) {
        return ALL.contains(word);
    }
}
