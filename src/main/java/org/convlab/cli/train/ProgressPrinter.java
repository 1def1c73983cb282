package org.convlab.cli.train;

import java.io.PrintWriter;
import java.util.Locale;
import org.convlab.train.EpochResult;
import org.convlab.train.TrainingListener;
import org.convlab.train.TrainingSnapshot;

/**
 * Prints a training run's progress. On a terminal one line is redrawn with a carriage return;
 * otherwise (a pipe, a file, a test) plain lines are printed, one per quarter of an epoch.
 * Every finished epoch gets a line of its own either way, as does the end of the run.
 */
public final class ProgressPrinter implements TrainingListener {
    private static final int BAR_WIDTH = 24;

    private final PrintWriter out;
    private final boolean terminal;
    private int lastQuarter; // quarters of the current epoch already reported in plain mode
    private int lastEpoch;
    private int barLength;   // characters of the bar line on screen, to blank it out

    public ProgressPrinter(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public synchronized void onSnapshot(TrainingSnapshot s) {
        if (s.epoch() != lastEpoch) {
            lastEpoch = s.epoch();
            lastQuarter = 0;
        }
        switch (s.state()) {
            case RUNNING -> {
                if (s.batch() == s.batchesPerEpoch() && s.lastEpoch() != null && s.lastEpoch().epoch() == s.epoch()) {
                    line(epochLine(s.lastEpoch(), s.epochs()));
                } else if (s.batch() > 0) {
                    progress(s);
                }
            }
            case EVALUATING -> {
                if (terminal) {
                    bar(s.message() + "…");
                }
            }
            case PAUSED, FINISHED -> line(s.message());
            case CANCELLED -> line("stopped: " + s.message());
            case DIVERGED, FAILED -> clearBar(); // the command reports these as errors
        }
        out.flush();
    }

    private void progress(TrainingSnapshot s) {
        String figures = String.format(Locale.ROOT, "epoch %d/%d  batch %d/%d  loss %.4f  accuracy %.1f%%  %,.0f images/s",
                s.epoch(), s.epochs(), s.batch(), s.batchesPerEpoch(), s.loss(), 100 * s.accuracy(), s.imagesPerSecond());
        if (terminal) {
            int filled = (int) ((long) BAR_WIDTH * s.batch() / s.batchesPerEpoch());
            bar("[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "]  " + figures);
            return;
        }
        int quarter = 4 * s.batch() / s.batchesPerEpoch();
        if (quarter > lastQuarter && s.batch() < s.batchesPerEpoch()) {
            lastQuarter = quarter;
            out.println(figures);
        }
    }

    /** "epoch 1/3: loss 0.5127, train accuracy 84.3%, test accuracy 93.3%, 594 images/s, 13.5 s". */
    static String epochLine(EpochResult e, int epochs) {
        return String.format(Locale.ROOT, "epoch %d/%d: loss %.4f, train accuracy %.1f%%, test accuracy %s, %,.0f images/s, %.1f s",
                e.epoch(), epochs, e.trainLoss(), 100 * e.trainAccuracy(),
                Double.isNaN(e.testAccuracy()) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * e.testAccuracy()),
                e.imagesPerSecond(), e.trainSeconds());
    }

    private void bar(String text) {
        String padded = text.length() < barLength ? text + " ".repeat(barLength - text.length()) : text;
        out.print("\r" + padded);
        barLength = text.length();
    }

    private void line(String text) {
        clearBar();
        out.println(text);
    }

    private void clearBar() {
        if (terminal && barLength > 0) {
            out.print("\r" + " ".repeat(barLength) + "\r");
            barLength = 0;
        }
    }

    /** Whether standard output is an interactive terminal, where a redrawn bar makes sense. */
    public static boolean stdoutIsTerminal() {
        java.io.Console console = System.console();
        return console != null && console.isTerminal();
    }
}
