package org.convlab.ui.lab.pool;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.convlab.engine.Tensor;
import org.convlab.explain.PoolSetup;
import org.convlab.explain.PoolTrace;
import org.convlab.ui.widgets.Cell;
import org.convlab.ui.widgets.ColorScale;
import org.convlab.ui.widgets.Icons;
import org.convlab.ui.widgets.Legend;
import org.convlab.ui.widgets.TensorGrid;
import org.convlab.ui.widgets.TensorGrid.Emphasis;

/**
 * The translation-invariance experiment: which keys move the input, how many pooled outputs the
 * move changed, and per channel the input, the moved input, and both pooled, the changed
 * outputs marked. Hovering or stepping an output shows its window on both inputs. Node ids:
 * shift-result, shift-input-changes, shift-up/-down/-left/-right/-reset, shift-input-C,
 * shift-moved-C, shift-pooled-C, shift-pooled-moved-C.
 */
final class PoolShiftView {
    static final String SHIFT_KEYS = "Shift + ← → ↑ ↓";

    private final PoolModel model;
    private final VBox root = new VBox();
    private final Label result = new Label();
    private final Label inputChanges = new Label();
    private final Label note = new Label();
    private final VBox rows = new VBox();
    private final Legend legend = new Legend();
    private final Label noOutput = new Label("No pooled output: the setup has a problem (see above).");
    private final List<TensorGrid> originals = new ArrayList<>();
    private final List<TensorGrid> moved = new ArrayList<>();
    private final List<TensorGrid> pooled = new ArrayList<>();
    private final List<TensorGrid> pooledMoved = new ArrayList<>();
    private final List<Node> pooledSections = new ArrayList<>();

    PoolShiftView(PoolModel model) {
        this.model = model;
        createView();
        init();
    }

    Node view() {
        return root;
    }

    /** What the experiment says under its keys (for tests). */
    String resultText() {
        return result.getText();
    }

    /** Says something about the experiment's input under the result (a loaded preset). */
    void setNote(String text) {
        note.setText(text);
        note.setVisible(!text.isEmpty());
        note.setManaged(!text.isEmpty());
    }

    private void createView() {
        root.getStyleClass().add("pool-shift");
        FlowPane keys = new FlowPane(
                keyPair(SHIFT_KEYS, "move the input one pixel"),
                keyPair("0", "puts it back"),
                keyPair("← →", "step through the windows"));
        keys.getStyleClass().add("key-legend");
        keys.setId("shift-keys");
        HBox buttons = new HBox(
                button("shift-left", "mdi2a-arrow-left", "Move the input one pixel left (Shift+←)", 0, -1),
                button("shift-up", "mdi2a-arrow-up", "Move the input one pixel up (Shift+↑)", -1, 0),
                button("shift-down", "mdi2a-arrow-down", "Move the input one pixel down (Shift+↓)", 1, 0),
                button("shift-right", "mdi2a-arrow-right", "Move the input one pixel right (Shift+→)", 0, 1));
        Button reset = Icons.on(new Button("Put back"), "mdi2b-backup-restore");
        reset.setId("shift-reset");
        reset.setTooltip(new Tooltip("Undo the shift (0)"));
        reset.setOnAction(e -> model.shift().reset());
        buttons.getChildren().add(reset);
        buttons.getChildren().forEach(b -> ((Button) b).setMinWidth(Region.USE_PREF_SIZE));
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        buttons.getStyleClass().add("control-pair");
        buttons.setAlignment(Pos.CENTER_LEFT);
        result.setId("shift-result");
        result.getStyleClass().add("shift-result");
        result.setWrapText(true);
        result.setMinHeight(Region.USE_PREF_SIZE);
        inputChanges.setId("shift-input-changes");
        inputChanges.getStyleClass().add("muted");
        inputChanges.setWrapText(true);
        inputChanges.setMinHeight(Region.USE_PREF_SIZE);
        note.setId("shift-note");
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        setNote("");
        noOutput.getStyleClass().add("muted");
        rows.getStyleClass().add("shift-rows");
        legend.setId("shift-legend");
        Label legendCaption = PoolCards.caption("colours of all four grids");
        HBox legendBox = new HBox(legend, legendCaption);
        legendBox.setAlignment(Pos.CENTER_LEFT);
        legendBox.getStyleClass().add("control-pair");
        result.setMinWidth(0);
        HBox.setHgrow(result, javafx.scene.layout.Priority.ALWAYS);
        HBox top = new HBox(buttons, result);
        top.getStyleClass().add("shift-top");
        top.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(keys, top, inputChanges, note, rows, legendBox, noOutput);
    }

    private void init() {
        model.shift().resultProperty().addListener((o, a, r) -> show());
        model.focus().shownStepProperty().addListener((o, a, s) -> refresh());
        model.focus().pinnedProperty().addListener((o, a, s) -> refresh());
        show();
    }

    private void show() {
        PoolShift.Result r = model.shift().result();
        PoolSetup s = model.setup();
        Tensor in = s.input();
        String text = PoolShift.summary(r);
        result.setText(Character.toUpperCase(text.charAt(0)) + text.substring(1));
        inputChanges.setText("Marked: the pooled outputs the shift changed. The input itself: " + r.inputChanged() + " of "
                + in.size() + " pixels changed (pixels that move in are 0; pixels that move out are lost).");
        int channels = in.dim(0);
        if (originals.size() != channels) {
            rebuild(channels);
        }
        ColorScale scale = PoolCards.scale(in);
        legend.setScale(scale);
        PoolTrace t = model.trace();
        noOutput.setVisible(t == null);
        noOutput.setManaged(t == null);
        for (Node n : pooledSections) {
            n.setVisible(t != null);
            n.setManaged(t != null);
        }
        boolean global = s.kind() == PoolTrace.Kind.GLOBAL_AVG;
        int ph = global ? 0 : s.padH();
        int pw = global ? 0 : s.padW();
        for (int c = 0; c < channels; c++) {
            setValues(originals.get(c), in, c, scale);
            setValues(moved.get(c), r.shiftedInput(), c, scale);
            originals.get(c).setPadding(ph, ph, pw, pw);
            moved.get(c).setPadding(ph, ph, pw, pw);
            if (t != null) {
                setValues(pooled.get(c), t.output(), c, scale);
                setValues(pooledMoved.get(c), r.shiftedTrace().output(), c, scale);
            }
        }
        refresh();
    }

    private static void setValues(TensorGrid g, Tensor t, int c, ColorScale scale) {
        g.setValues(PoolCards.plane(t, c), t.dim(1), t.dim(2));
        PoolCards.colour(g, scale);
    }

    private void rebuild(int channels) {
        rows.getChildren().clear();
        originals.clear();
        moved.clear();
        pooled.clear();
        pooledMoved.clear();
        pooledSections.clear();
        for (int c = 0; c < channels; c++) {
            String ch = channels == 1 ? "" : "channel " + c + ": ";
            TensorGrid a = picture(grid("shift-input-", c, originals));
            TensorGrid b = picture(grid("shift-moved-", c, moved));
            TensorGrid p = grid("shift-pooled-", c, pooled);
            TensorGrid q = grid("shift-pooled-moved-", c, pooledMoved);
            Node pSection = PoolCards.section(title("→ pooled"), p);
            Node qSection = PoolCards.section(title("→ pooled, shifted"), q);
            pooledSections.addAll(List.of(pSection, qSection));
            FlowPane row = new FlowPane(PoolCards.section(title(ch + "input"), a),
                    PoolCards.section(title(ch + "shifted"), b), pSection, qSection);
            row.getStyleClass().add("shift-row");
            rows.getChildren().add(row);
            int channel = c;
            for (TensorGrid g : List.of(p, q)) {
                g.setOnHover(cell -> model.focus().hoverOutput(cell == null ? null
                        : new PoolFocus.OutputCell(channel, cell.row(), cell.col())));
                g.setOnClick(cell -> model.focus().clickOutput(new PoolFocus.OutputCell(channel, cell.row(), cell.col())));
            }
        }
    }

    /** Window, winner and changed outputs from the focus and the experiment's result. */
    private void refresh() {
        PoolShift.Result r = model.shift().result();
        PoolTrace.Step s = model.focus().shownStep();
        PoolTrace.Step sMoved = s == null || r.shiftedTrace() == null ? null : r.shiftedTrace().step(s.index());
        for (int c = 0; c < originals.size(); c++) {
            boolean here = s != null && s.channel() == c;
            for (TensorGrid g : List.of(originals.get(c), moved.get(c))) {
                g.setEmphasis(Emphasis.WINDOW, here ? PoolLinks.window(s) : List.of());
            }
            originals.get(c).setEmphasis(Emphasis.PICKED, here ? PoolLinks.winner(s) : List.of());
            moved.get(c).setEmphasis(Emphasis.PICKED, here && sMoved != null ? PoolLinks.winner(sMoved) : List.of());
            List<Cell> changed = new ArrayList<>();
            PoolTrace t = r.shiftedTrace();
            if (t != null) {
                int[] o = t.outputShape();
                for (int i : r.changed()) {
                    if (i / (o[1] * o[2]) == c) {
                        changed.add(new Cell(i / o[2] % o[1], i % o[2]));
                    }
                }
            }
            for (TensorGrid g : List.of(pooled.get(c), pooledMoved.get(c))) {
                g.setEmphasis(Emphasis.LINKED, changed);
                g.setEmphasis(Emphasis.WINDOW, here ? List.of(new Cell(s.oy(), s.ox())) : List.of());
            }
        }
    }

    /** The inputs are drawn as small pictures without their own legend: the shape matters here, not the numbers. */
    private static TensorGrid picture(TensorGrid g) {
        g.setMode(TensorGrid.Mode.HEAT_MAP);
        g.setHeatMapSide(9);
        g.setShowLegend(false);
        return g;
    }

    private static TensorGrid grid(String prefix, int c, List<TensorGrid> into) {
        TensorGrid g = new TensorGrid();
        g.setId(prefix + c);
        into.add(g);
        return g;
    }

    private Button button(String id, String icon, String tip, int dy, int dx) {
        Button b = Icons.on(new Button(), icon);
        b.setId(id);
        b.getStyleClass().add("button-icon");
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.setOnAction(e -> model.shift().move(dy, dx));
        return b;
    }

    /** A key and what it does, kept on one line. */
    private static Node keyPair(String key, String does) {
        HBox pair = new HBox(key(key), keyText(does));
        pair.setAlignment(Pos.CENTER_LEFT);
        pair.getStyleClass().add("key-pair");
        return pair;
    }

    private static Label key(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("key-cap");
        return l;
    }

    private static Label keyText(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("key-text");
        return l;
    }

    private static Label title(String text) {
        Label l = PoolCards.title();
        l.setText(text);
        return l;
    }
}
