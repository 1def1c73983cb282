package org.convlab.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The elements of an optimizer's parameters cut into ranges of at most {@link Optimizer#GRAIN},
 * fixed when the optimizer is built, so one update is one job on a pool: LeNet-5's 61,706 values
 * make 21 ranges (its ten parameters as ten jobs lost more to waking a helper than they gained).
 * Every element is updated on its own, so no split can change a bit.
 */
final class ParamRanges {
    /** Updates elements from..to-1 of parameter {@code param}. */
    @FunctionalInterface
    interface Update {
        void run(int param, int from, int to);
    }

    private final int[] param; // [ranges]
    private final int[] from;  // [ranges]
    private final int[] to;    // [ranges]

    ParamRanges(List<Param> params) {
        List<int[]> ranges = new ArrayList<>();
        for (int k = 0; k < params.size(); k++) {
            int size = params.get(k).value().size();
            for (int start = 0; start < size; start += Optimizer.GRAIN) {
                ranges.add(new int[] {k, start, Math.min(size, start + Optimizer.GRAIN)});
            }
        }
        param = ranges.stream().mapToInt(r -> r[0]).toArray();
        from = ranges.stream().mapToInt(r -> r[1]).toArray();
        to = ranges.stream().mapToInt(r -> r[2]).toArray();
    }

    /** Runs {@code update} on every range: on {@code pool} as one job, or in order on the caller when pool is null. */
    void run(EnginePool pool, Update update) {
        if (pool == null) {
            for (int r = 0; r < param.length; r++) {
                update.run(param[r], from[r], to[r]);
            }
        } else {
            pool.run(param.length, (r, worker) -> update.run(param[r], from[r], to[r]));
        }
    }
}
