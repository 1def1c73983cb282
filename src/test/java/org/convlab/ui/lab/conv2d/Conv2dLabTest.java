package org.convlab.ui.lab.conv2d;

import static org.convlab.ui.lab.LabRobot.at;
import static org.convlab.ui.lab.LabRobot.decrement;
import static org.convlab.ui.lab.LabRobot.grid;
import static org.convlab.ui.lab.LabRobot.increment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.convlab.engine.Conv2dConfig;
import org.convlab.engine.ConvOps;
import org.convlab.engine.Tensor;
import org.convlab.explain.ConvSetup;
import org.convlab.explain.LabParamException;
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
 * Drives the 2D convolution lab as a person would, and checks every number it shows against the
 * engine (ConvOps) computed here independently of the lab.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class Conv2dLabTest {
    private Conv2dLab lab;

    @Start
    void start(Stage stage) {
        lab = new Conv2dLab();
        lab.player().stepMillisProperty().set(0); // no animation in tests
        Application.setUserAgentStylesheet(Theme.LIGHT.userAgentStylesheet());
        Scene scene = new Scene((javafx.scene.Parent) lab.view(), 1280, 800);
        scene.getStylesheets().add(Theme.APP_STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    // --- helpers

    private ConvSetup setup() {
        return lab.model().setup();
    }

    /** The engine's output for the lab's current numbers, [Cout, Ho, Wo]. */
    private static Tensor engine(ConvSetup s, Conv2dConfig cfg) {
        int[] in = s.input().shape();
        Tensor b = s.bias() == null ? null : Tensor.wrap(s.bias(), s.bias().length);
        Tensor out = ConvOps.conv2d(s.input().reshape(1, in[0], in[1], in[2]), s.kernel(), b, cfg);
        return out.reshape(out.dim(1), out.dim(2), out.dim(3));
    }

    private static void assertGridShows(Tensor expected, int channel, TensorGrid g) {
        int h = expected.dim(1);
        int w = expected.dim(2);
        assertEquals(h, g.rows());
        assertEquals(w, g.cols());
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                assertEquals(expected.get(channel, y, x), g.value(new Cell(y, x)), "output " + channel + "," + y + "," + x);
            }
        }
    }

    private String arithmetic() {
        return String.join("\n", lab.arithmetic());
    }

    // --- tests

    @Test
    void paddingAndStrideFromTheControlsThenKeyboardStepsShowTheEnginesNumbers(FxRobot robot) {
        increment(robot, "pad-all", 1);
        increment(robot, "stride-h", 1);
        increment(robot, "stride-w", 1);
        assertEquals(List.of(1, 1, 1, 1), List.of(setup().padding()[0], setup().padding()[1], setup().padding()[2], setup().padding()[3]));
        assertEquals(2, setup().strideH());
        assertEquals(2, setup().strideW());

        robot.clickOn("#input-title"); // hands the keyboard to the lab
        robot.type(KeyCode.RIGHT, 3);
        assertEquals(2, lab.player().index());

        Tensor out = engine(setup(), new Conv2dConfig(2, 2, 1, 1, 1, 1, 1, 1, 1));
        assertEquals(4, out.dim(1), "floor((7 + 2 - 2 - 1) / 2) + 1");
        assertGridShows(out, 0, grid(robot, "output-grid-0"));

        // step 2 computes out[0, 0, 2]: its window starts at row 0·2 − 1, column 2·2 − 1
        String text = arithmetic();
        assertTrue(text.contains("out[0, 0, 2] = " + NumberFormats.exact(out.get(0, 0, 2))), text);
        Tensor x = setup().input();
        Tensor w = setup().kernel();
        List<Cell> window = new ArrayList<>();
        for (int ky = 0; ky < 3; ky++) {
            for (int kx = 0; kx < 3; kx++) {
                int iy = -1 + ky;
                int ix = 3 + kx;
                boolean pad = iy < 0 || ix < 0 || iy >= 7 || ix >= 7;
                float xv = pad ? 0 : x.get(0, iy, ix);
                String term = NumberFormats.factor(w.get(0, 0, ky, kx)) + "·" + NumberFormats.factor(xv);
                assertTrue(text.contains(term), "term " + term + " in\n" + text);
                window.add(new Cell(iy, ix));
            }
        }
        assertEquals(Set.copyOf(window), Set.copyOf(grid(robot, "input-grid-0").emphasis(Emphasis.WINDOW)));
        assertEquals("⌊(7 + 2·1 − 1·(3 − 1) − 1) / 2⌋ + 1 = 4", robot.lookup("#size-height-width").queryAs(Label.class).getText());
        // the outputs computed so far are revealed: steps 0, 1, 2
        robot.type(KeyCode.LEFT);
        assertEquals(1, lab.player().index());
        robot.type(KeyCode.END);
        assertEquals(15, lab.player().index());
        robot.type(KeyCode.HOME);
        assertEquals(0, lab.player().index());
        robot.type(KeyCode.ESCAPE);
        assertEquals(-1, lab.player().index());
    }

    @Test
    void typingIntoASpinnerTakesNumbersOnly(FxRobot robot) {
        robot.doubleClickOn("#stride-h .text-field");
        robot.write("x3").type(KeyCode.ENTER);
        assertEquals(3, setup().strideH(), "the letter was not taken, the digit was");
        robot.doubleClickOn("#stride-h .text-field").type(KeyCode.BACK_SPACE).type(KeyCode.ENTER);
        assertEquals(3, setup().strideH(), "an empty field keeps the value");
        robot.doubleClickOn("#stride-h .text-field").write("99").type(KeyCode.ENTER);
        assertEquals(16, setup().strideH(), "beyond the spinner's range: its largest value");
        assertTrue(robot.lookup("#problem-banner").query().isVisible() || lab.player().count() > 0);
    }

    @Test
    void spacePlaysToTheEndWhenTheStepTimeIsZero(FxRobot robot) {
        robot.clickOn("#input-title");
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(100);
        assertEquals(lab.player().count() - 1, lab.player().index());
        assertFalse(lab.player().isPlaying());
    }

    @Test
    void hoveringAnOutputShowsItsWindowAndItsArithmetic(FxRobot robot) {
        TensorGrid output = grid(robot, "output-grid-0");
        robot.moveTo(at(output, new Cell(2, 1)));
        Tensor out = engine(setup(), Conv2dConfig.defaults());
        String text = arithmetic();
        assertTrue(text.contains("out[0, 2, 1] = " + NumberFormats.exact(out.get(0, 2, 1))), text);
        Set<Cell> window = new HashSet<>();
        for (int ky = 0; ky < 3; ky++) {
            for (int kx = 0; kx < 3; kx++) {
                window.add(new Cell(2 + ky, 1 + kx));
            }
        }
        assertEquals(window, Set.copyOf(grid(robot, "input-grid-0").emphasis(Emphasis.WINDOW)));
        assertEquals(9, grid(robot, "kernel-grid-0-0").emphasis(Emphasis.WINDOW).size());
        robot.moveTo("#input-title");
        assertTrue(arithmetic().startsWith("Point at an output cell"), arithmetic());
        assertEquals(List.of(), grid(robot, "input-grid-0").emphasis(Emphasis.WINDOW));
    }

    @Test
    void hoveringAnInputHighlightsEveryOutputItFeedsAndTheTapsThrough(FxRobot robot) {
        robot.interact(() -> lab.apply(Map.of("stride", 2, "padding", 1)));
        robot.moveTo(at(grid(robot, "input-grid-0"), new Cell(3, 2)));
        // stride 2, padding 1, 3×3: output (oy, ox) reads input rows 2·oy − 1 … 2·oy + 1
        Set<Cell> outputs = new HashSet<>();
        Set<Cell> taps = new HashSet<>();
        for (int oy = 0; oy < 4; oy++) {
            for (int ox = 0; ox < 4; ox++) {
                int ky = 3 - (2 * oy - 1);
                int kx = 2 - (2 * ox - 1);
                if (ky >= 0 && ky < 3 && kx >= 0 && kx < 3) {
                    outputs.add(new Cell(oy, ox));
                    taps.add(new Cell(ky, kx));
                }
            }
        }
        assertEquals(Set.of(new Cell(1, 1), new Cell(2, 1)), outputs, "rows 1–3 and 3–5; columns 1–3 only");
        assertEquals(outputs, Set.copyOf(grid(robot, "output-grid-0").emphasis(Emphasis.LINKED)));
        assertEquals(taps, Set.copyOf(grid(robot, "kernel-grid-0-0").emphasis(Emphasis.LINKED)));
    }

    @Test
    void withATrueConvolutionTheLinkedKernelCellIsTheWrittenOneThatMeetsTheInput(FxRobot robot) {
        // A 1x1 output: input cell (0, 0) meets the sliding (flipped) kernel's tap (0, 0),
        // which is the written kernel's corner (2, 2).
        robot.interact(() -> lab.apply(Map.of("input_size", 3, "flip", true)));
        robot.moveTo(at(grid(robot, "input-grid-0"), new Cell(0, 0)));
        assertEquals(List.of(new Cell(2, 2)), grid(robot, "kernel-grid-0-0").emphasis(Emphasis.LINKED));
        robot.interact(() -> lab.apply(Map.of("input_size", 3, "flip", false)));
        robot.moveTo("#input-title").moveTo(at(grid(robot, "input-grid-0"), new Cell(0, 0)));
        assertEquals(List.of(new Cell(0, 0)), grid(robot, "kernel-grid-0-0").emphasis(Emphasis.LINKED));
    }

    @Test
    void clickingAnOutputJumpsToItsStepAndPinsIt(FxRobot robot) {
        TensorGrid output = grid(robot, "output-grid-0");
        robot.clickOn(at(output, new Cell(1, 3)));
        assertEquals(8, lab.player().index(), "row 1, column 3 of a 5×5 map");
        assertTrue(lab.model().focus().isPinned());
        assertEquals(new Cell(1, 3), output.pinned());
        robot.moveTo(at(output, new Cell(4, 0)));
        assertTrue(arithmetic().contains("out[0, 1, 3] ="), "hover does not replace a pinned step:\n" + arithmetic());
        robot.type(KeyCode.RIGHT);
        assertEquals(new Cell(1, 4), output.pinned(), "the pin follows the step");
        robot.clickOn(at(output, new Cell(1, 4)));
        assertFalse(lab.model().focus().isPinned(), "clicking the pinned output unpins it");
        assertEquals(null, output.pinned());
    }

    @Test
    void anInvalidSetupIsExplainedInPlace(FxRobot robot) {
        increment(robot, "dilation-h", 3);
        Node banner = robot.lookup("#problem-banner").query();
        assertTrue(banner.isVisible());
        String text = robot.lookup(".problem-text").queryAs(Label.class).getText();
        assertTrue(text.startsWith("Output height would be -1: ⌊(7 + 2·0 − 4·(3 − 1) − 1) / 1⌋ + 1 = -1"), text);
        assertEquals(0, lab.player().count());
        assertTrue(robot.lookup("#output-grid-0").tryQuery().isEmpty());
        assertTrue(arithmetic().contains("the setup has a problem"), arithmetic());
        assertTrue(robot.lookup("#size-height").queryAs(Label.class).getStyleClass().contains("size-axis-invalid"));
        decrement(robot, "dilation-h", 1);
        assertFalse(banner.isVisible());
        assertEquals(5, lab.player().count(), "⌊(7 − 3·2 − 1) / 1⌋ + 1 = 1 row of 5 columns");
    }

    @Test
    void editingAKernelCellRecomputesTheOutputAsTheEngineDoes(FxRobot robot) {
        TensorGrid kernel = grid(robot, "kernel-grid-0-0");
        robot.doubleClickOn(at(kernel, new Cell(1, 1)));
        robot.write("3").type(KeyCode.ENTER);
        assertEquals(3f, setup().kernel().get(0, 0, 1, 1));
        assertEquals(3f, kernel.value(new Cell(1, 1)));
        assertEquals("edited", lab.model().kernelSourceProperty().get());
        assertGridShows(engine(setup(), Conv2dConfig.defaults()), 0, grid(robot, "output-grid-0"));
        robot.doubleClickOn(at(kernel, new Cell(0, 0)));
        robot.write("one").type(KeyCode.ENTER);
        assertTrue(robot.from(kernel).lookup("#cell-editor-error").queryAs(Label.class).getText().contains("not a number"));
        robot.type(KeyCode.ESCAPE);
        assertEquals(-1f, setup().kernel().get(0, 0, 0, 0), "refused text changes nothing");
    }

    @Test
    void editingAnInputCellToo(FxRobot robot) {
        TensorGrid input = grid(robot, "input-grid-0");
        robot.doubleClickOn(at(input, new Cell(0, 0)));
        robot.write("−2").type(KeyCode.ENTER);
        assertEquals(-2f, setup().input().get(0, 0, 0));
        assertEquals("edited", lab.model().inputSourceProperty().get());
        assertGridShows(engine(setup(), Conv2dConfig.defaults()), 0, grid(robot, "output-grid-0"));
    }

    @Test
    void channelsFiltersAndBiasShowPartialSumsThenTheirSumPlusBias(FxRobot robot) {
        robot.interact(() -> lab.apply(Map.of("input", "random", "channels", 3, "filters", 2, "bias", List.of(0.5, -1),
                "kernel", "laplacian", "step", 30)));
        Tensor out = engine(setup(), Conv2dConfig.defaults());
        assertGridShows(out, 0, grid(robot, "output-grid-0"));
        assertGridShows(out, 1, grid(robot, "output-grid-1"));
        // step 30 = filter 1, row 1, column 0
        String text = arithmetic();
        for (String part : new String[] {"channel 0:", "channel 1:", "channel 2:", "channels:", "bias:",
            "+ (" + NumberFormats.MINUS + "1) =", "out[1, 1, 0] = " + NumberFormats.exact(out.get(1, 1, 0))}) {
            assertTrue(text.contains(part), part + " in\n" + text);
        }
        assertTrue(grid(robot, "output-grid-0").emphasis(Emphasis.WINDOW).isEmpty());
        assertEquals(List.of(new Cell(1, 0)), grid(robot, "output-grid-1").emphasis(Emphasis.WINDOW));
        // depthwise: each filter reads one channel
        robot.clickOn("#depthwise");
        assertEquals(3, setup().groups());
        assertEquals(3, setup().kernel().dim(0));
        assertEquals(1, setup().kernel().dim(1));
        assertGridShows(engine(setup(), new Conv2dConfig(1, 1, 0, 0, 0, 0, 1, 1, 3)), 2, grid(robot, "output-grid-2"));
    }

    @Test
    void copyAsPyTorchPutsTheCodeOnTheClipboard(FxRobot robot) {
        increment(robot, "pad-all", 1);
        robot.clickOn("#copy-pytorch");
        String[] clip = new String[1];
        robot.interact(() -> clip[0] = Clipboard.getSystemClipboard().getString());
        assertEquals(TorchCode.conv(setup()), clip[0]);
        assertTrue(clip[0].contains("padding=1,"), clip[0]);
    }

    @Test
    void lessonsApplyParametersLockControlsAndHighlightCells(FxRobot robot) {
        robot.interact(() -> lab.apply(Map.of("stride", 2, "step", 3)));
        assertEquals(3, lab.player().index());
        assertEquals(2, setup().strideW());
        LabParamException bad = assertThrows(LabParamException.class, () -> lab.apply(Map.of("stide", 2)));
        assertEquals("stide", bad.key());
        assertEquals(2, setup().strideW(), "a bad parameter changes nothing");
        robot.interact(() -> lab.lock(Set.of("padding", "kernel")));
        assertTrue(robot.lookup("#pad-all").query().isDisabled());
        assertFalse(robot.lookup("#stride-h").query().isDisabled());
        robot.doubleClickOn(at(grid(robot, "kernel-grid-0-0"), new Cell(0, 0)));
        assertFalse(grid(robot, "kernel-grid-0-0").isEditing(), "a locked kernel is not editable");
        assertThrows(LabParamException.class, () -> lab.lock(Set.of("nothing")));
        robot.interact(() -> lab.lock(Set.of()));
        assertFalse(robot.lookup("#pad-all").query().isDisabled());
        robot.interact(() -> lab.highlight(List.of(new CellRef(CellRef.OUTPUT, 0, 1, 1), new CellRef(CellRef.INPUT, 0, 2, 3))));
        assertEquals(List.of(new Cell(1, 1)), grid(robot, "output-grid-0").emphasis(Emphasis.LESSON));
        assertEquals(List.of(new Cell(2, 3)), grid(robot, "input-grid-0").emphasis(Emphasis.LESSON));
        assertTrue(lab.controls().containsAll(Set.of("input", "kernel", "padding", "stride", "dilation", "groups", "bias", "player")));
    }

    @Test
    void aPhotoBecomesTheInputAndTheKernelFiltersIt(FxRobot robot) throws Exception {
        robot.clickOn("#photo-menu");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Astronaut (grey)");
        assertEquals("photo astronaut", lab.model().inputSourceProperty().get());
        assertEquals(24, setup().input().dim(1));
        assertFalse(grid(robot, "input-grid-0").showsNumbers(), "a 24×24 photo is a heat map");
        robot.clickOn("#tab-photo");
        ImageView filtered = robot.lookup("#photo-filtered").queryAs(ImageView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> filtered.getImage() != null);
        assertEquals(254, (int) filtered.getImage().getWidth(), "256 wide, valid 3×3: 254");
    }
}
