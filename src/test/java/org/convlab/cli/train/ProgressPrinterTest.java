package org.convlab.cli.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.convlab.train.EpochResult;
import org.convlab.train.TrainingSnapshot;
import org.convlab.train.TrainingState;
import org.junit.jupiter.api.Test;

class ProgressPrinterTest {
    private static final EpochResult FIRST = new EpochResult(1, 0.5127, 0.84275, 0.2, 0.9325, 594.5, 13.46);

    private static TrainingSnapshot at(TrainingState state, String message, int batch, List<EpochResult> history) {
        return new TrainingSnapshot(state, message, 1, 3, batch, 250, batch * 32L, 1, 0.6, 0.8, 0.5, 1e-3, 600,
                List.of(), history);
    }

    private static String print(boolean terminal, TrainingSnapshot... snapshots) {
        StringWriter text = new StringWriter();
        ProgressPrinter printer = new ProgressPrinter(new PrintWriter(text), terminal);
        for (TrainingSnapshot s : snapshots) {
            printer.onSnapshot(s);
        }
        return text.toString();
    }

    @Test
    void aTerminalGetsOneRedrawnLineThenTheEpochLine() {
        String out = print(true, at(TrainingState.RUNNING, "", 125, List.of()), at(TrainingState.RUNNING, "", 126, List.of()),
                at(TrainingState.RUNNING, "epoch 1 of 3 done", 250, List.of(FIRST)));
        assertTrue(out.startsWith("\r[############............]  epoch 1/3  batch 125/250  loss 0.6000  accuracy 80.0%  "
                + "600 images/s"), out);
        assertEquals(2, out.chars().filter(c -> c == '\n').count() + 1);
        assertTrue(out.endsWith("epoch 1/3: loss 0.5127, train accuracy 84.3%, test accuracy 93.3%, 595 images/s, 13.5 s"
                + System.lineSeparator()), out);
    }

    @Test
    void elsewhereProgressIsPlainLinesOncePerQuarter() {
        TrainingSnapshot[] snapshots = new TrainingSnapshot[250];
        for (int b = 1; b <= 250; b++) {
            snapshots[b - 1] = at(TrainingState.RUNNING, "", b, List.of());
        }
        String out = print(false, snapshots);
        assertEquals(3, out.lines().count(), out); // at 1/4, 1/2 and 3/4; the epoch line follows at the end
        assertTrue(out.lines().allMatch(l -> l.startsWith("epoch 1/3  batch ")), out);
        assertTrue(!out.contains("\r"));
    }

    @Test
    void pausesAndTheEndAreLinesOfTheirOwn() {
        String out = print(false, at(TrainingState.PAUSED, "paused at epoch 1 of 3 after batch 5 of 250", 5, List.of()),
                at(TrainingState.CANCELLED, "cancelled at epoch 1 of 3 after batch 5 of 250", 5, List.of()));
        assertEquals(List.of("paused at epoch 1 of 3 after batch 5 of 250",
                "stopped: cancelled at epoch 1 of 3 after batch 5 of 250"), out.lines().toList());
    }
}
