package org.convlab.lesson.exercise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * An exercise's parameters in written order, and how to draw them. A student's values come from
 * one seed (see {@link StudentSeed}), drawn in order, so they are the same every time that
 * student opens the exercise. For checking a lesson, {@link #samples} lists every combination
 * when there are few, else the smallest, the largest and random ones.
 */
public record ParamSpace(Map<String, ParamSpec> specs) {
    public static final ParamSpace NONE = new ParamSpace(Map.of());

    public ParamSpace {
        specs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(specs));
    }

    public Set<String> names() {
        return specs.keySet();
    }

    /** True when some parameter varies between students. */
    public boolean random() {
        return combinations() > 1;
    }

    /** Number of different draws (saturates at Long.MAX_VALUE). */
    public long combinations() {
        long n = 1;
        for (ParamSpec s : specs.values()) {
            try {
                n = Math.multiplyExact(n, s.size());
            } catch (ArithmeticException e) {
                return Long.MAX_VALUE;
            }
        }
        return n;
    }

    /** The values for one seed. */
    public Map<String, Object> draw(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, Object> out = new LinkedHashMap<>();
        for (var e : specs.entrySet()) {
            out.put(e.getKey(), e.getValue().draw(random));
        }
        return out;
    }

    /** Up to {@code max} draws that cover the space: all of it when small, else corners and random draws. */
    public List<Map<String, Object>> samples(int max) {
        List<Map<String, Object>> out = new ArrayList<>();
        long total = combinations();
        if (total <= max) {
            for (long i = 0; i < total; i++) {
                out.add(nth(i));
            }
            return out;
        }
        out.add(corner(false));
        out.add(corner(true));
        SplittableRandom random = new SplittableRandom(0x5EED);
        while (out.size() < max) {
            out.add(draw(random.nextLong()));
        }
        return out;
    }

    private Map<String, Object> nth(long index) {
        Map<String, Object> out = new LinkedHashMap<>();
        long rest = index;
        for (var e : specs.entrySet()) {
            long size = e.getValue().size();
            out.put(e.getKey(), e.getValue().valueAt(rest % size));
            rest /= size;
        }
        return out;
    }

    private Map<String, Object> corner(boolean last) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (var e : specs.entrySet()) {
            out.put(e.getKey(), e.getValue().valueAt(last ? e.getValue().size() - 1 : 0));
        }
        return out;
    }
}
