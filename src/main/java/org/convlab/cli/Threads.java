package org.convlab.cli;

/** The {@code --threads} option that training and benchmarking share. */
final class Threads {
    /** More threads than this is a typo, not a machine. */
    static final int MAX = 256;

    private Threads() {
    }

    /** The option's value, or all cores when it was not given; a count outside 1 to 256 is a user error. */
    static int resolve(Integer option) {
        int n = option == null ? Runtime.getRuntime().availableProcessors() : option;
        if (n < 1 || n > MAX) {
            throw new UserError("--threads must be between 1 and " + MAX + ", not " + n);
        }
        return n;
    }
}
