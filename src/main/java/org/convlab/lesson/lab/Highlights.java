package org.convlab.lesson.lab;

import java.util.List;

/** Cells a step draws attention to, per grid; all already checked against the lab's shapes. */
public record Highlights(List<PlaneCell> input, List<KernelCell> kernel, List<PlaneCell> output) {
    public static final Highlights NONE = new Highlights(List.of(), List.of(), List.of());

    public Highlights {
        input = List.copyOf(input);
        kernel = List.copyOf(kernel);
        output = List.copyOf(output);
    }

    public boolean isEmpty() {
        return input.isEmpty() && kernel.isEmpty() && output.isEmpty();
    }
}
