package org.convlab.ui.lab.pool;

import static org.convlab.ui.lab.LabRobot.at;
import static org.convlab.ui.lab.LabRobot.decrement;
import static org.convlab.ui.lab.LabRobot.grid;
import static org.convlab.ui.lab.LabRobot.increment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.convlab.engine.PoolConfig;
import org.convlab.engine.PoolOps;
import org.convlab.engine.Tensor;
import org.convlab.explain.LabParamException;
import org.convlab.explain.PoolSetup;
import org.convlab.explain.Shift;
import org.convlab.ui.lab.CellRef;
import org.convlab.ui.lab.TorchCode;
import org.convlab.ui.theme.Theme;
import org.convlab.ui.widgets.Cell;
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
 * Drives the pooling lab as a person would, and checks every number it shows against the
 * engine (PoolOps) and Shift, computed here independently of the lab.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PoolLabTest {
    private PoolLab lab;

    @Start
    void start(Stage stage) {
        lab = new PoolLab();
        lab.player().stepMillisProperty().set(0); // no animation in tests
        Application.setUserAgentStylesheet(Theme.LIGHT.userAgentStylesheet());
        Scene scene = new Scene((Parent) lab.view(), 1000, 1000); // the Headless glass screen is 1000×1000
        scene.getStylesheets().add(Theme.APP_STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    // --- helpers

    /** Gives the keyboard to the lab, as a click on an empty part of it does. */
    private static void focusLab(FxRobot robot) {
        robot.clickOn("#lab-summary");
    }

    private PoolSetup setup() {
        return lab.model().setup();
    }

    private Tensor input4d() {
        int[] s = setup().input().shape();
        return setup().input().reshape(1, s[0], s[1], s[2]);
    }

    private static void assertGridShows(Tensor expected, int channel, TensorGrid g) {
        int[] s = expected.shape(); // [1, C, H, W]
        assertEquals(s[2], g.rows());
        assertEquals(s[3], g.cols());
        for (int y = 0; y < s[2]; y++) {
            for (int x = 0; x < s[3]; x++) {
                assertEquals(expected.get(0, channel, y, x), g.value(new Cell(y, x)), "output " + channel + "," + y + "," + x);
            }
        }
    }

    private String arithmetic() {
        return String.join("\n", lab.arithmetic());
    }

    private static Set<Cell> window(int oy, int ox, int k, int s, int p) {
        Set<Cell> cells = new HashSet<>();
        for (int ky = 0; ky < k; ky++) {
            for (int kx = 0; kx < k; kx++) {
                cells.add(new Cell(oy * s - p + ky, ox * s - p + kx));
            }
        }
        return cells;
    }

    // --- tests

    @Test
    void averageWithPaddingAndStrideFromTheControlsThenKeyboardStepsShowTheEnginesNumbers(FxRobot robot) {
        robot.clickOn("#kind-avg");
        increment(robot, "window-h", 1);
        increment(robot, "window-w", 1);
        assertEquals(3, setup().strideW(), "the stride follows the window while \"Stride = window\" is ticked");
        increment(robot, "pad-h", 1);
        increment(robot, "pad-w", 1);
        decrement(robot, "stride-h", 1);
        decrement(robot, "stride-w", 1);
        assertEquals(List.of(3, 3, 2, 2, 1, 1), List.of(setup().kernelH(), setup().kernelW(), setup().strideH(), setup().strideW(),
                setup().padH(), setup().padW()));
        assertFalse(robot.lookup("#stride-follows").queryAs(javafx.scene.control.CheckBox.class).isSelected());

        focusLab(robot);
        robot.type(KeyCode.RIGHT, 3);
        assertEquals(2, lab.player().index());

        Tensor x = setup().input(); // [1, 6, 6]
        Tensor out = PoolOps.avgPool2d(input4d(), new PoolConfig(3, 3, 2, 2, 1, 1));
        assertEquals(3, out.dim(2), "floor((6 + 2 - 3) / 2) + 1");
        assertGridShows(out, 0, grid(robot, "output-grid-0"));

        // step 2 computes out[0, 0, 2]: its window starts at row 0·2 − 1, column 2·2 − 1
        String text = arithmetic();
        StringBuilder terms = new StringBuilder("(");
        double sum = 0;
        int pads = 0;
        for (int ky = 0; ky < 3; ky++) {
            for (int kx = 0; kx < 3; kx++) {
                int iy = -1 + ky;
                int ix = 3 + kx;
                boolean pad = iy < 0 || ix < 0 || iy >= 6 || ix >= 6;
                float v = pad ? 0 : x.get(0, iy, ix);
                sum += v;
                pads += pad ? 1 : 0;
                terms.append(ky + kx == 0 ? NumberFormats.exact(v) : " + " + NumberFormats.factor(v));
            }
        }
        terms.append(") / 9");
        assertTrue(text.contains(terms), terms + " in\n" + text);
        assertTrue(text.contains("= " + NumberFormats.exact(sum) + " / 9"), text);
        assertTrue(text.contains("out[0, 0, 2] = " + NumberFormats.exact(out.get(0, 0, 0, 2))), text);
        assertTrue(text.contains(pads + " of the 9 cells are padding: they add 0 but still count in the divisor 9 "
                + "(count_include_pad=True"), text);
        assertEquals(window(0, 2, 3, 2, 1), Set.copyOf(grid(robot, "input-grid-0").emphasis(Emphasis.WINDOW)));
        // both axes have the same formula here, so the compact view shows it once for "height, width"
        assertEquals("⌊(6 + 2·1 − 1·(3 − 1) − 1) / 2⌋ + 1 = 3", robot.lookup("#size-height-width").queryAs(Label.class).getText());
        assertEquals(List.of(new Cell(0, 2)), grid(robot, "output-grid-0").emphasis(Emphasis.WINDOW));

        // hovering a cell shows that output instead
        robot.moveTo(at(grid(robot, "output-grid-0"), new Cell(2, 1)));
        assertTrue(arithmetic().contains("out[0, 2, 1] = " + NumberFormats.exact(out.get(0, 0, 2, 1))), arithmetic());
        assertEquals(window(2, 1, 3, 2, 1), Set.copyOf(grid(robot, "input-grid-0").emphasis(Emphasis.WINDOW)));
        robot.moveTo("#lab-summary");
        robot.type(KeyCode.END);
        assertEquals(8, lab.player().index());
        robot.type(KeyCode.HOME);
        assertEquals(0, lab.player().index());
        robot.type(KeyCode.ESCAPE);
        assertEquals(-1, lab.player().index());
    }

    @Test
    void maxPoolingMarksTheWinnerTheEngineChoseAndPadsWithMinusInfinity(FxRobot robot) {
        TensorGrid output = grid(robot, "output-grid-0");
        robot.moveTo(at(output, new Cell(1, 2)));
        PoolOps.MaxPoolResult r = PoolOps.maxPool2d(input4d(), PoolConfig.of(2));
        int o = 1 * 3 + 2;
        int winner = r.argmax()[o]; // flat index into [1, 1, 6, 6]
        Cell w = new Cell(winner / 6, winner % 6);
        TensorGrid input = grid(robot, "input-grid-0");
        assertEquals(List.of(w), input.emphasis(Emphasis.PICKED));
        assertEquals(window(1, 2, 2, 2, 0), Set.copyOf(input.emphasis(Emphasis.WINDOW)));
        String text = arithmetic();
        StringBuilder max = new StringBuilder("max(");
        for (Cell c : List.of(new Cell(2, 4), new Cell(2, 5), new Cell(3, 4), new Cell(3, 5))) {
            max.append(max.length() > 4 ? ", " : "").append(NumberFormats.exact(setup().input().get(0, c.row(), c.col())));
        }
        assertTrue(text.contains(max + ")"), max + " in\n" + text);
        String v = NumberFormats.exact(r.output().get(0, 0, 1, 2));
        assertTrue(text.contains("out[0, 1, 2] = " + v), text);
        assertTrue(text.contains("winner: x[0, " + w.row() + ", " + w.col() + "] = " + v), text);
        assertEquals(r.output().get(0, 0, 1, 2), input.value(w));

        robot.moveTo("#lab-summary"); // a hovered output would be shown instead of the step
        robot.interact(() -> lab.apply(Map.of("window", 3, "stride", 2, "padding", 1, "step", 0)));
        assertEquals(NumberFormats.MINUS + "∞", input.paddingLabel(), "max pooling pads with minus infinity");
        assertTrue(arithmetic().contains("max(" + NumberFormats.MINUS + "∞, " + NumberFormats.MINUS + "∞, " + NumberFormats.MINUS + "∞, "
                + NumberFormats.MINUS + "∞, "), arithmetic());
        assertTrue(arithmetic().contains("5 of the 9 cells are padding: max pooling pads with " + NumberFormats.MINUS + "∞"), arithmetic());
        assertGridShows(PoolOps.maxPool2d(input4d(), new PoolConfig(3, 3, 2, 2, 1, 1)).output(), 0, grid(robot, "output-grid-0"));
    }

    @Test
    void globalAveragePoolingGivesOneValuePerChannel(FxRobot robot) {
        increment(robot, "channels", 2);
        robot.clickOn("#kind-global");
        Tensor out = PoolOps.globalAvgPool(input4d()); // [1, 3]
        for (int c = 0; c < 3; c++) {
            TensorGrid g = grid(robot, "output-grid-" + c);
            assertEquals(1, g.rows());
            assertEquals(1, g.cols());
            assertEquals(out.get(0, c), g.value(new Cell(0, 0)), "channel " + c);
        }
        assertTrue(robot.lookup("#window-h").query().isDisabled(), "no window for global pooling");
        assertTrue(robot.lookup("#global-note").query().isVisible());
        focusLab(robot);
        robot.type(KeyCode.RIGHT, 2);
        double sum = 0;
        for (int y = 0; y < 6; y++) {
            for (int x = 0; x < 6; x++) {
                sum += setup().input().get(1, y, x);
            }
        }
        String text = arithmetic();
        assertTrue(text.contains(") / 36"), text);
        assertTrue(text.contains("= " + NumberFormats.exact(sum) + " / 36"), text);
        assertTrue(text.contains("out[1] = " + NumberFormats.exact(out.get(0, 1))), text);
        assertEquals(36, grid(robot, "input-grid-1").emphasis(Emphasis.WINDOW).size(), "the whole channel is the window");
        assertTrue(lab.arithmetic().get(0).contains("… (16 more) …"), "36 terms are shortened to 10 + 10: " + text);
    }

    @Test
    void hoveringAnInputHighlightsEveryOutputWhoseWindowHoldsIt(FxRobot robot) {
        robot.interact(() -> lab.apply(Map.of("window", 3, "stride", 1, "padding", 1)));
        robot.moveTo(at(grid(robot, "input-grid-0"), new Cell(0, 3)));
        // window 3, stride 1, padding 1: output (oy, ox) reads rows oy − 1 … oy + 1
        Set<Cell> outputs = new HashSet<>();
        for (int oy = 0; oy < 6; oy++) {
            for (int ox = 0; ox < 6; ox++) {
                if (Math.abs(oy - 0) <= 1 && Math.abs(ox - 3) <= 1) {
                    outputs.add(new Cell(oy, ox));
                }
            }
        }
        assertEquals(6, outputs.size());
        assertEquals(outputs, Set.copyOf(grid(robot, "output-grid-0").emphasis(Emphasis.LINKED)));
        robot.moveTo(at(grid(robot, "input-grid-0"), new Cell(-1, -1)));
        assertEquals(Set.of(new Cell(0, 0)), Set.copyOf(grid(robot, "output-grid-0").emphasis(Emphasis.LINKED)),
                "a padding cell feeds the outputs whose window reaches it");
    }

    @Test
    void clickingAnOutputJumpsToItsStepAndPinsIt(FxRobot robot) {
        TensorGrid output = grid(robot, "output-grid-0");
        robot.clickOn(at(output, new Cell(2, 1)));
        assertEquals(7, lab.player().index(), "row 2, column 1 of a 3×3 map");
        assertTrue(lab.model().focus().isPinned());
        assertEquals(new Cell(2, 1), output.pinned());
        robot.moveTo(at(output, new Cell(0, 0)));
        assertTrue(arithmetic().contains("out[0, 2, 1] ="), "hover does not replace a pinned step:\n" + arithmetic());
        robot.type(KeyCode.RIGHT);
        assertEquals(new Cell(2, 2), output.pinned(), "the pin follows the step");
        robot.clickOn(at(output, new Cell(2, 2)));
        assertFalse(lab.model().focus().isPinned(), "clicking the pinned output unpins it");
        assertEquals(null, output.pinned());
    }

    @Test
    void shiftExperimentMovesTheInputWithShiftArrowsAndCountsChangedOutputs(FxRobot robot) {
        robot.clickOn("#tab-shift");
        assertEquals("digit", lab.model().inputSourceProperty().get(), "random numbers make a poor experiment: the digit is loaded");
        assertTrue(robot.lookup("#shift-note").queryAs(Label.class).getText().contains("digit"));
        assertTrue(robot.lookup("#shift-keys").query().isVisible());
        Tensor input = setup().input().copy();
        assertEquals(8, input.dim(1));
        PoolConfig cfg = PoolConfig.of(2);
        Tensor pooled = PoolOps.maxPool2d(input.reshape(1, 1, 8, 8), cfg).output();
        assertTrue(lab.shiftResult().startsWith("Not shifted: 0 of 16 pooled outputs changed"), lab.shiftResult());

        robot.clickOn("#shift-result"); // the keyboard to the lab
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        Tensor moved = Shift.shifted(input, 0, 1);
        TensorGrid movedGrid = grid(robot, "shift-moved-0");
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                assertEquals(moved.get(0, y, x), movedGrid.value(new Cell(y, x)), "moved input " + y + "," + x);
            }
        }
        Tensor pooledMoved = PoolOps.maxPool2d(moved.reshape(1, 1, 8, 8), cfg).output();
        int changed = Shift.countChanged(pooled, pooledMoved);
        assertEquals("Shifted 1 px right: " + changed + " of 16 pooled outputs changed", lab.shiftResult());
        assertGridShows(pooledMoved, 0, grid(robot, "shift-pooled-moved-0"));
        Set<Cell> expectedMarks = new HashSet<>();
        for (int i = 0; i < 16; i++) {
            if (pooled.data()[i] != pooledMoved.data()[i]) {
                expectedMarks.add(new Cell(i / 4, i % 4));
            }
        }
        assertEquals(expectedMarks, Set.copyOf(grid(robot, "shift-pooled-moved-0").emphasis(Emphasis.LINKED)));
        assertEquals(-1, lab.player().index(), "Shift + → moves the input and does not step");

        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN, 2).type(KeyCode.LEFT, 3).release(KeyCode.SHIFT);
        Tensor moved2 = Shift.shifted(input, 2, -2);
        int changed2 = Shift.countChanged(pooled, PoolOps.maxPool2d(moved2.reshape(1, 1, 8, 8), cfg).output());
        assertEquals("Shifted 2 px left and 2 px down: " + changed2 + " of 16 pooled outputs changed", lab.shiftResult());
        assertTrue(robot.lookup("#shift-input-changes").queryAs(Label.class).getText()
                .contains(Shift.countChanged(input, moved2) + " of 64 pixels changed"));

        robot.type(KeyCode.RIGHT);
        assertEquals(0, lab.player().index(), "→ alone still steps the player");
        assertEquals(window(0, 0, 2, 2, 0), Set.copyOf(grid(robot, "shift-moved-0").emphasis(Emphasis.WINDOW)));
        robot.type(KeyCode.DIGIT0);
        assertTrue(lab.shiftResult().startsWith("Not shifted: 0 of 16"), lab.shiftResult());

        robot.clickOn("#shift-right");
        assertTrue(lab.shiftResult().startsWith("Shifted 1 px right"), "the buttons move it too");
        robot.clickOn("#tab-steps");
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        assertTrue(lab.shiftResult().startsWith("Shifted 1 px right:"), "Shift + arrows move the input only while the experiment is open");
    }

    @Test
    void anInvalidSetupIsExplainedInPlace(FxRobot robot) {
        increment(robot, "pad-h", 2);
        Node banner = robot.lookup("#problem-banner").query();
        assertTrue(banner.isVisible());
        String text = robot.lookup(".problem-text").queryAs(Label.class).getText();
        assertTrue(text.startsWith("Padding can be at most half the window (1×1 here)"), text);
        assertEquals(0, lab.player().count());
        assertTrue(robot.lookup("#output-grid-0").tryQuery().isEmpty());
        assertTrue(arithmetic().contains("the setup has a problem"), arithmetic());
        decrement(robot, "pad-h", 1);
        assertFalse(banner.isVisible());
        assertEquals(12, lab.player().count(), "⌊(6 + 2 − 2) / 2⌋ + 1 = 4 rows, 3 columns");

        robot.interact(() -> lab.apply(Map.of("window", 5, "input_size", 4)));
        text = robot.lookup(".problem-text").queryAs(Label.class).getText();
        assertTrue(text.startsWith("Output height would be 0: ⌊(4 + 2·0 − 1·(5 − 1) − 1) / 5⌋ + 1 = 0"), text);
        assertTrue(robot.lookup(".size-axis-invalid").queryAs(Label.class).getText().endsWith("= 0"));
    }

    @Test
    void editingAnInputCellRecomputesTheOutputAsTheEngineDoes(FxRobot robot) {
        TensorGrid input = grid(robot, "input-grid-0");
        robot.doubleClickOn(at(input, new Cell(0, 0)));
        robot.write("5").type(KeyCode.ENTER);
        assertEquals(5f, setup().input().get(0, 0, 0));
        assertEquals("edited", lab.model().inputSourceProperty().get());
        assertEquals(5f, grid(robot, "output-grid-0").value(new Cell(0, 0)), "the new maximum");
        assertGridShows(PoolOps.maxPool2d(input4d(), PoolConfig.of(2)).output(), 0, grid(robot, "output-grid-0"));
    }

    @Test
    void lessonsApplyParametersLockControlsAndHighlightCells(FxRobot robot) {
        robot.interact(() -> lab.apply(Map.of("kind", "avg", "window", 3, "step", 3)));
        assertEquals(3, lab.player().index());
        assertEquals(3, setup().strideW(), "stride defaults to the window");
        LabParamException bad = assertThrows(LabParamException.class, () -> lab.apply(Map.of("windw", 2)));
        assertEquals("windw", bad.key());
        assertEquals(3, setup().kernelW(), "a bad parameter changes nothing");
        robot.interact(() -> lab.lock(Set.of("padding", "kind", "input")));
        assertTrue(robot.lookup("#pad-h").query().isDisabled());
        assertTrue(robot.lookup("#kind-max").query().isDisabled());
        assertFalse(robot.lookup("#stride-h").query().isDisabled());
        robot.doubleClickOn(at(grid(robot, "input-grid-0"), new Cell(0, 0)));
        assertFalse(grid(robot, "input-grid-0").isEditing(), "a locked input is not editable");
        robot.interact(() -> lab.lock(Set.of()));
        assertFalse(robot.lookup("#pad-h").query().isDisabled());
        robot.interact(() -> lab.highlight(List.of(new CellRef(CellRef.OUTPUT, 0, 1, 1), new CellRef(CellRef.INPUT, 0, 2, 3))));
        assertEquals(List.of(new Cell(1, 1)), grid(robot, "output-grid-0").emphasis(Emphasis.LESSON));
        assertEquals(List.of(new Cell(2, 3)), grid(robot, "input-grid-0").emphasis(Emphasis.LESSON));
        assertTrue(lab.controls().containsAll(Set.of("kind", "window", "stride", "padding", "input", "input_size", "channels", "player")));
        assertThrows(LabParamException.class, () -> lab.lock(Set.of("kernel")));
    }

    @Test
    void copyAsPyTorchPutsTheLayerAndInputOnTheClipboard(FxRobot robot) {
        robot.clickOn("#kind-avg");
        robot.clickOn("#copy-pytorch");
        String[] clip = new String[1];
        robot.interact(() -> clip[0] = Clipboard.getSystemClipboard().getString());
        assertEquals(TorchCode.pool(setup()), clip[0]);
        assertTrue(clip[0].contains("count_include_pad=True"), clip[0]);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void spacePlaysToTheEndWhenTheStepTimeIsZero(FxRobot robot) {
        focusLab(robot);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(100);
        assertEquals(lab.player().count() - 1, lab.player().index());
        assertFalse(lab.player().isPlaying());
    }
}
