package org.convlab.lesson.exercise;

import java.util.List;
import java.util.SplittableRandom;

/** How one exercise parameter gets its value: fixed, a whole number from a range, or one of a list. */
public sealed interface ParamSpec {
    /** How many values it can take. */
    long size();

    /** The i-th possible value (0 ≤ i < size()), for checking every case. */
    Object valueAt(long i);

    default Object draw(SplittableRandom random) {
        return valueAt(random.nextLong(size()));
    }

    /** True when every value is a number (so the parameter may appear in expressions). */
    boolean numeric();

    record Fixed(Object value) implements ParamSpec {
        @Override
        public long size() {
            return 1;
        }

        @Override
        public Object valueAt(long i) {
            return value;
        }

        @Override
        public boolean numeric() {
            return value instanceof Number;
        }
    }

    /** Whole numbers lo..hi, both included. */
    record Range(long lo, long hi) implements ParamSpec {
        @Override
        public long size() {
            return hi - lo + 1;
        }

        @Override
        public Object valueAt(long i) {
            return lo + i;
        }

        @Override
        public boolean numeric() {
            return true;
        }
    }

    record Choose(List<Object> values) implements ParamSpec {
        @Override
        public long size() {
            return values.size();
        }

        @Override
        public Object valueAt(long i) {
            return values.get((int) i);
        }

        @Override
        public boolean numeric() {
            return values.stream().allMatch(v -> v instanceof Number);
        }
    }
}
