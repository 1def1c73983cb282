package org.convlab.ui.widgets;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

/**
 * The text field that edits one cell of a {@link TensorGrid} in place. Enter accepts, Tab
 * accepts and moves to the next cell (Shift+Tab the previous), Escape cancels. Text that is not
 * a number, or a value the grid's handler refuses, leaves the field open with the reason below
 * it; leaving the field with such text discards it.
 */
final class GridCellEditor {
    static final String FIELD_ID = "cell-editor";
    static final String ERROR_ID = "cell-editor-error";

    private final TensorGrid grid;
    private final TextField field = new TextField();
    private final Label error = new Label();
    private final VBox box = new VBox(field, error);
    private Cell cell;

    GridCellEditor(TensorGrid grid) {
        this.grid = grid;
        field.setId(FIELD_ID);
        field.getStyleClass().add("cell-editor");
        error.setId(ERROR_ID);
        error.getStyleClass().add("cell-editor-error");
        error.setWrapText(true);
        error.setVisible(false);
        error.setManaged(false);
        box.setManaged(false);
        box.setVisible(false);
        box.getStyleClass().add("cell-editor-box");
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now && isOpen()) {
                if (!commit()) {
                    cancel();
                }
            }
        });
    }

    Node node() {
        return box;
    }

    boolean isOpen() {
        return box.isVisible();
    }

    void start(Cell c) {
        cell = c;
        float v = grid.value(c);
        field.setText(Float.isNaN(v) ? "" : NumberFormats.exact(v));
        showError(null);
        box.setVisible(true);
        grid.setViewOrder(-1); // above neighbouring grids while the field is open
        grid.requestLayout();
        field.requestFocus();
        field.selectAll();
    }

    void cancel() {
        if (isOpen()) {
            box.setVisible(false);
            grid.setViewOrder(0);
            cell = null;
            grid.requestFocus();
        }
    }

    /** Takes the typed value; false (with the reason shown) when it is refused. */
    private boolean commit() {
        NumberInput.Result r = NumberInput.parse(field.getText());
        if (!r.ok()) {
            showError(r.error());
            return false;
        }
        String refused = grid.editHandler() == null ? "this grid cannot be edited" : grid.editHandler().commit(cell, r.value());
        if (refused != null) {
            showError(refused);
            return false;
        }
        box.setVisible(false);
        grid.setViewOrder(0);
        return true;
    }

    private void key(KeyEvent e) {
        KeyCode k = e.getCode();
        if (k == KeyCode.ESCAPE) {
            cancel();
            e.consume();
        } else if (k == KeyCode.ENTER) {
            if (commit()) {
                grid.requestFocus();
            }
            e.consume();
        } else if (k == KeyCode.TAB) {
            Cell from = cell;
            if (commit()) {
                grid.startEdit(grid.next(from, e.isShiftDown()));
            }
            e.consume();
        }
    }

    private void showError(String message) {
        error.setText(message == null ? "" : message);
        error.setVisible(message != null);
        error.setManaged(message != null);
        field.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"), message != null);
        if (isOpen()) {
            grid.requestLayout();
        }
    }

    /** Places the field over its cell, at least wide enough to type in. */
    void layout(GridGeometry g) {
        if (!isOpen() || cell == null) {
            return;
        }
        double em = grid.getFont().getSize();
        double w = Math.max(g.cell(), 5 * em);
        double h = Math.max(g.cell(), 2 * em);
        double x = g.x(cell.col()) + g.cell() / 2 - w / 2;
        double y = g.y(cell.row()) + g.cell() / 2 - h / 2;
        box.setPrefWidth(Math.max(w, error.isVisible() ? 16 * em : w));
        field.setPrefSize(w, h);
        field.setMaxWidth(w);
        box.autosize();
        box.relocate(Math.max(0, x), Math.max(0, y));
        box.toFront();
    }
}
