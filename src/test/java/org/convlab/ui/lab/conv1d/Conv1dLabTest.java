package org.convlab.ui.lab.conv1d;

import static org.convlab.ui.lab.LabRobot.at;
import static org.convlab.ui.lab.LabRobot.grid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.convlab.explain.ConvSetup;
import org.convlab.explain.ConvTrace;
import org.convlab.explain.PaddingMode;
import org.convlab.ui.Workbench;
import org.convlab.ui.lab.CellRef;
import org.convlab.ui.snapshot.Snapshots;
import org.convlab.ui.widgets.Cell;
import org.convlab.ui.widgets.ConvArithmetic;
import org.convlab.ui.widgets.EquationView;
import org.convlab.ui.widgets.NumberFormats;
import org.convlab.ui.widgets.TensorGrid;
import org.convlab.ui.widgets.TensorGrid.Emphasis;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the 1D convolution lab in the app's own window as a person would: the controls, the
 * keyboard, the mouse on the strips and the matrix; every number checked against the engine's
 * trace. Animations take no time (the player's step time is 0).
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class Conv1dLabTest {
    private Workbench bench;
    private Conv1dLab lab;
    private Scene scene;

    @Start
    void start(Stage stage) {
        bench = Workbench.create();
        bench.model().open("conv1d");
        lab = (Conv1dLab) bench.lab("conv1d").orElseThrow();
        lab.player().stepMillisProperty().set(0);
        scene = new Scene(bench.shell().view(), 1280, 720);
        bench.shell().attach(scene);
        stage.setScene(scene);
        stage.show();
    }

    private Conv1dModel model() {
        return lab.model();
    }

    private static List<Float> values(TensorGrid g) {
        List<Float> v = new ArrayList<>();
        for (Cell c : g.allCells()) {
            v.add(g.value(c));
        }
        return v;
    }

    private static List<Float> list(float[] a) {
        List<Float> v = new ArrayList<>();
        for (float x : a) {
            v.add(x);
        }
        return v;
    }

    /** What the arithmetic panel must show for a step: where the window reads, then the trace's own lines. */
    private List<String> expectedArithmetic(ConvTrace.Step s) {
        List<String> lines = new ArrayList<>();
        lines.add(Conv1dText.window(s, model().setup().dilationW()));
        for (EquationView.Line l : ConvArithmetic.lines(s, true)) {
            lines.add((l.caption().isEmpty() ? "" : l.caption() + "  ") + l.text());
        }
        return lines;
    }

    private void apply(FxRobot robot, Map<String, ?> params) {
        robot.interact(() -> lab.apply(params));
    }

    /** Chooses an item of a combo box with the mouse: open it, click the item's text. */
    private static void choose(FxRobot robot, String comboId, String item) {
        robot.clickOn("#" + comboId);
        Node cell = robot.lookup(".combo-box-popup .list-cell").match(n -> item.equals(((ListCell<?>) n).getText())).query();
        robot.clickOn(cell);
    }

    private static void replaceText(FxRobot robot, String spinnerId, String text) {
        robot.doubleClickOn("#" + spinnerId + " .text-field");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(text).type(KeyCode.ENTER);
    }

    @Test
    void causalPaddingAndStrideTwoSteppedWithTheKeyboardShowTheEnginesNumbers(FxRobot robot) {
        choose(robot, "padding-mode", "causal");
        robot.clickOn("#stride .increment-arrow-button");
        ConvSetup s = model().setup();
        assertEquals(PaddingMode.CAUSAL, s.padW());
        assertEquals(2, s.strideW());
        assertEquals(List.of(2, 0), List.of(s.padding()[2], s.padding()[3]), "causal: k − 1 = 2 zeros before, none after");

        robot.clickOn("#lab-summary"); // hands the keys to the lab
        robot.type(KeyCode.RIGHT, 3);
        assertEquals(2, lab.player().index());
        ConvTrace t = model().trace();
        ConvTrace.Step step = t.step(2);
        assertEquals(expectedArithmetic(step), lab.arithmetic());
        assertTrue(lab.arithmetic().contains("out[0, 2] = " + NumberFormats.exact(t.output().data()[2])), lab.arithmetic().toString());
        assertEquals(list(t.output().data()), values(grid(robot, "output-grid-0")), "the output strip shows the engine's output");
        assertEquals(List.of(s.outputSizes().getFirst().pluggedIn()), lab.outputSizes());
        assertTrue(lab.outputSizes().getFirst().endsWith("= 6"), lab.outputSizes().toString());
        // the strip shows the window of step 2: samples 2, 3, 4 (out 2 starts at 2·2 − 2)
        assertEquals(List.of(new Cell(0, 2), new Cell(0, 3), new Cell(0, 4)), grid(robot, "input-grid-0").emphasis(Emphasis.WINDOW));
        assertTrue(robot.lookup("#player-label").queryAs(Label.class).getText().startsWith("Step 3/6"));

        // hovering another output shows its sum without moving the player
        TensorGrid out = grid(robot, "output-grid-0");
        robot.moveTo(at(out, new Cell(0, 0)));
        assertEquals(expectedArithmetic(t.step(0)), lab.arithmetic());
        assertEquals(2, lab.player().index());
        List<Cell> window = grid(robot, "input-grid-0").emphasis(Emphasis.WINDOW);
        assertEquals(List.of(new Cell(0, -2), new Cell(0, -1), new Cell(0, 0)), window, "output 0 reads the two padding zeros");
        assertTrue(lab.arithmetic().getFirst().contains("x[−2], x[−1] are padding"), lab.arithmetic().getFirst());
    }

    @Test
    void aSpinnerTakesOnlyDigitsSoNothingTypedFailsToParse(FxRobot robot) {
        Spinner<?> stride = robot.lookup("#stride").queryAs(Spinner.class);
        robot.doubleClickOn(stride.getEditor());
        robot.eraseText(4).write("x2!").type(KeyCode.ENTER);
        assertEquals("2", stride.getEditor().getText(), "letters and signs are not taken");
        assertEquals(2, model().setup().strideW());
        robot.eraseText(1).type(KeyCode.ENTER);
        assertEquals(2, model().setup().strideW(), "an empty field goes back to the value it had");
        assertEquals("2", stride.getEditor().getText());
    }

    @Test
    void theFlipSwitchFlipsTheKernelShownAndSaysSo(FxRobot robot) {
        apply(robot, Map.of("kernel", List.of(1, 2, 3), "input", List.of(0, 0, 1, 0, 0, 0)));
        TensorGrid k = grid(robot, "kernel-grid-0-0");
        Label statement = robot.lookup("#flip-statement").queryAs(Label.class);
        assertEquals(List.of(1f, 2f, 3f), values(k));
        assertTrue(statement.getText().startsWith("Cross-correlation"), statement.getText());

        robot.clickOn("#flip");
        assertTrue(model().setup().flip());
        assertEquals(List.of(3f, 2f, 1f), values(k), "the strip shows the kernel that slides");
        assertEquals("True convolution: the kernel is flipped before sliding — [1, 2, 3] becomes [3, 2, 1]", statement.getText());
        // an impulse at x[2] comes out as the kernel as written: that is what a true convolution does
        assertEquals(List.of(1f, 2f, 3f, 0f), list(model().trace().output().data()));
        assertEquals(List.of(1f, 2f, 3f, 0f), values(grid(robot, "output-grid-0")));

        robot.clickOn("#flip");
        assertEquals(List.of(1f, 2f, 3f), values(k));
        assertTrue(statement.getText().startsWith("Cross-correlation"));
    }

    @Test
    void theMatrixRowOfTheStepTimesThePaddedSignalIsTheOutput(FxRobot robot) throws Exception {
        apply(robot, Map.of("bias", 0.5, "padding", List.of(1, 2), "dilation", 2));
        robot.clickOn("Matrix view");
        robot.clickOn("#lab-summary");
        robot.type(KeyCode.RIGHT, 5);
        assertEquals(4, lab.player().index());
        ConvTrace.Step step = model().trace().step(4);
        TensorGrid m = grid(robot, "matrix-grid-0");
        TensorGrid x = grid(robot, "matrix-x-0");
        TensorGrid y = grid(robot, "matrix-y");
        List<Cell> row = m.emphasis(Emphasis.WINDOW);
        assertEquals(m.cols(), row.size(), "the whole row is highlighted");
        assertTrue(row.stream().allMatch(c -> c.row() == 4), "the highlighted row is the current step's: " + row);
        assertEquals(List.of(new Cell(4, 0)), y.emphasis(Emphasis.WINDOW));
        // row 4 of M times the padded signal (1 zero before, 2 after), plus the bias
        int[] pad = model().setup().padding();
        assertEquals(x.rows() + pad[2] + pad[3], m.cols());
        double sum = 0;
        for (int j = 0; j < m.cols(); j++) {
            Cell xc = new Cell(j - pad[2], 0);
            float xv = x.isPadding(xc) ? 0f : x.value(xc);
            sum += (double) m.value(new Cell(4, j)) * xv;
        }
        sum += grid(robot, "matrix-bias").value(new Cell(0, 0));
        assertEquals(step.value(), (float) sum, 1e-6);
        assertEquals(step.value(), y.value(new Cell(4, 0)));
        assertEquals(step.value(), model().trace().output().data()[4]);
        // the samples the row reads are the step's taps, two apart (dilation 2)
        assertEquals(step.taps().stream().map(tp -> new Cell(tp.ix(), 0)).toList(), x.emphasis(Emphasis.WINDOW));
        // and the strip shows the samples between them as skipped
        int first = step.taps().getFirst().ix();
        assertEquals(List.of(new Cell(0, first + 1), new Cell(0, first + 3)), grid(robot, "input-grid-0").emphasis(Emphasis.SKIPPED));
        writeShot(robot, "matrix-light-16.png");
        robot.interact(() -> {
            bench.model().themeProperty().set(org.convlab.ui.theme.Theme.DARK);
            bench.model().fontSizeProperty().set(24);
        });
        writeShot(robot, "matrix-dark-24.png");
        robot.interact(() -> bench.model().fontSizeProperty().set(16));
        writeShot(robot, "matrix-dark-16.png");
        robot.interact(() -> bench.model().themeProperty().set(org.convlab.ui.theme.Theme.LIGHT));
    }

    @Test
    void theParameterCountsCompareTheLayerWithADenseOne(FxRobot robot) {
        apply(robot, Map.of("bias", 1));
        robot.clickOn("Matrix view");
        assertEquals("This conv layer: 3 weights (+1 bias)", robot.lookup("#param-conv").queryAs(Label.class).getText());
        assertEquals("A dense layer mapping 12 inputs to 10 outputs: 120 weights (+10 biases)",
                robot.lookup("#param-dense").queryAs(Label.class).getText());
        apply(robot, Map.of("channels", 2, "filters", 3, "length", 8, "padding", "same"));
        assertEquals("This conv layer: 18 weights", robot.lookup("#param-conv").queryAs(Label.class).getText());
        assertEquals("A dense layer mapping 16 inputs to 24 outputs: 384 weights",
                robot.lookup("#param-dense").queryAs(Label.class).getText());
    }

    @Test
    void hoveringAnInputSampleHighlightsEveryOutputItFeeds(FxRobot robot) {
        apply(robot, Map.of("stride", 1, "padding", "same"));
        TensorGrid in = grid(robot, "input-grid-0");
        robot.moveTo(at(in, new Cell(0, 5)));
        List<ConvTrace.Reader> readers = model().trace().readersOf(0, 0, 5);
        assertEquals(3, readers.size());
        List<Cell> expected = readers.stream().map(r -> new Cell(0, r.ox())).toList();
        assertEquals(expected, grid(robot, "output-grid-0").emphasis(Emphasis.LINKED));
        assertEquals(List.of(new Cell(0, 4), new Cell(0, 5), new Cell(0, 6)).stream().sorted((a, b) -> a.col() - b.col()).toList(),
                expected.stream().sorted((a, b) -> a.col() - b.col()).toList());
        assertEquals(readers.stream().map(r -> new Cell(0, r.kx())).toList(), grid(robot, "kernel-grid-0-0").emphasis(Emphasis.LINKED));
        robot.moveTo("#lab-summary");
        assertTrue(grid(robot, "output-grid-0").emphasis(Emphasis.LINKED).isEmpty());
    }

    @Test
    void clickingAnOutputJumpsToItsStepAndPinsIt(FxRobot robot) {
        TensorGrid out = grid(robot, "output-grid-0");
        robot.clickOn(at(out, new Cell(0, 6)));
        assertEquals(6, lab.player().index());
        assertTrue(model().focus().isPinned());
        assertEquals(new Cell(0, 6), out.pinned());
        robot.moveTo(at(out, new Cell(0, 1)));
        assertEquals(expectedArithmetic(model().trace().step(6)), lab.arithmetic(), "the pinned step stays while hovering");
        // the template [1, 2, 1] sits at x[3..5] and x[6..8]: the output peaks there
        float[] y = model().trace().output().data();
        assertEquals(6f, y[3]);
        assertEquals(6f, y[6]);
    }

    @Test
    void anImpossibleSetupIsExplainedInTheBanner(FxRobot robot) {
        replaceText(robot, "length", "2");
        assertEquals(2, model().setup().input().dim(2));
        assertNull(model().trace());
        Node banner = robot.lookup("#problem-banner").query();
        assertTrue(banner.isVisible());
        List<String> problems = model().setup().problems();
        assertEquals(1, problems.size());
        String shown = lab.problems().getFirst();
        assertEquals(Character.toUpperCase(problems.getFirst().charAt(0)) + problems.getFirst().substring(1), shown);
        assertTrue(shown.startsWith("Output length would be 0"), shown);
        assertEquals(0, lab.player().count());
        assertTrue(lab.arithmetic().getFirst().startsWith("No output to explain"));
        replaceText(robot, "length", "12");
        assertFalse(banner.isVisible());
        assertNotNull(model().trace());
    }

    @Test
    void aSignalValueIsEditedInPlace(FxRobot robot) {
        TensorGrid in = grid(robot, "input-grid-0");
        robot.doubleClickOn(at(in, new Cell(0, 1)));
        assertTrue(in.isEditing());
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("−1.5").type(KeyCode.ENTER);
        assertEquals(-1.5f, model().setup().input().data()[1]);
        assertEquals(-1.5f, in.value(new Cell(0, 1)));
        assertEquals("edited", model().inputSourceProperty().get());
        assertEquals(list(model().trace().output().data()), values(grid(robot, "output-grid-0")));
        assertEquals(model().trace().step(0).value(), grid(robot, "output-grid-0").value(new Cell(0, 0)));
    }

    @Test
    void lessonsApplyLockAndHighlight(FxRobot robot) {
        apply(robot, Map.of("kernel", "difference", "input", "step", "step", 5));
        assertEquals(5, lab.player().index());
        assertEquals(expectedArithmetic(model().trace().step(5)), lab.arithmetic());
        robot.interact(() -> lab.lock(Set.of("kernel", "padding")));
        assertTrue(robot.lookup("#kernel-preset").query().isDisabled());
        assertTrue(robot.lookup("#padding-mode").query().isDisabled());
        assertFalse(robot.lookup("#stride").query().isDisabled());
        robot.interact(() -> lab.highlight(List.of(new CellRef(CellRef.INPUT, 0, 0, 6))));
        assertEquals(List.of(new Cell(0, 6)), grid(robot, "input-grid-0").emphasis(Emphasis.LESSON));
        assertTrue(lab.controls().containsAll(Set.of("input", "length", "kernel", "flip", "padding", "stride", "dilation")));
    }

    @Test
    void copyAsPyTorchPutsTheConv1dCallWithCausalPaddingOnTheClipboard(FxRobot robot) {
        apply(robot, Map.of("padding", "causal", "kernel", "difference", "input", List.of(1, 2, 4, 8)));
        robot.clickOn("#copy-pytorch");
        String[] text = new String[1];
        robot.interact(() -> text[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        assertNotNull(text[0]);
        assertTrue(text[0].contains("torch.nn.Conv1d(in_channels=1, out_channels=1, kernel_size=2, stride=1, padding=0"), text[0]);
        assertTrue(text[0].contains("x = F.pad(x, (1, 0))"), text[0]);
        assertTrue(robot.lookup("#lab-message").queryAs(Label.class).getText().startsWith("Copied "));
    }

    @Test
    void spacePlaysToTheEnd(FxRobot robot) throws Exception {
        robot.clickOn("#lab-summary");
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lab.player().index() == lab.player().count() - 1);
        assertFalse(lab.player().isPlaying());
        robot.type(KeyCode.HOME);
        assertEquals(0, lab.player().index());
        robot.type(KeyCode.ESCAPE);
        assertEquals(-1, lab.player().index());
    }

    /** A picture of the window, for a person to look at (target/conv1d-shots). */
    private void writeShot(FxRobot robot, String name) throws Exception {
        Path dir = Path.of("target", "conv1d-shots");
        Files.createDirectories(dir);
        javafx.scene.image.WritableImage[] shot = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> shot[0] = scene.snapshot(null));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> shot[0] = scene.snapshot(null)); // again, after the repaints the first one queued
        Snapshots.writePng(shot[0], dir.resolve(name));
    }
}
