package org.convlab.ui.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;

/**
 * Catches errors nobody else caught, logs them to a file in the user's folder and shows a
 * dialog, so a bug in one lab never takes down the lecture. At most one dialog is open at a
 * time; further errors while it is open are only logged.
 */
public final class ErrorReporter implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = Logger.getLogger("org.convlab");

    private final Path logFile;
    private final boolean showDialogs;
    private final AtomicInteger reported = new AtomicInteger();
    private Alert open;

    public ErrorReporter(Path logDir, boolean showDialogs) {
        this.logFile = logDir.resolve("convlab.log");
        this.showDialogs = showDialogs;
        try {
            Files.createDirectories(logDir);
            FileHandler fh = new FileHandler(logFile.toString(), 1_000_000, 1, true);
            fh.setFormatter(new SimpleFormatter());
            LOG.addHandler(fh);
        } catch (IOException | SecurityException e) {
            System.err.println("ConvLab: cannot write the log " + logFile + ": " + e.getMessage());
        }
    }

    /** Handles uncaught errors on the FX thread and on every other thread. */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
        if (Platform.isFxApplicationThread()) {
            Thread.currentThread().setUncaughtExceptionHandler(this);
        }
    }

    /** How many errors were reported since start. */
    public int reportedCount() {
        return reported.get();
    }

    public Path logFile() {
        return logFile;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        reported.incrementAndGet();
        LOG.log(Level.SEVERE, "Uncaught error on thread " + thread.getName(), error);
        if (!showDialogs) {
            return;
        }
        if (Platform.isFxApplicationThread()) {
            showDialog(error);
        } else {
            Platform.runLater(() -> showDialog(error));
        }
    }

    private void showDialog(Throwable error) {
        if (open != null && open.isShowing()) {
            return;
        }
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle("ConvLab: something went wrong");
        alert.setHeaderText("Something went wrong, but ConvLab is still running.");
        String what = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        alert.setContentText(what + "\n\nThe details were written to " + logFile + ".");
        TextArea details = new TextArea(trace.toString());
        details.setEditable(false);
        alert.getDialogPane().setExpandableContent(details);
        open = alert;
        alert.show();
    }
}
