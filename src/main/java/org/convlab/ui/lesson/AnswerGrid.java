package org.convlab.ui.lesson;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import org.convlab.lesson.exercise.Feedback;
import org.convlab.lesson.progress.ExerciseProgress;
import org.convlab.ui.widgets.Cell;
import org.convlab.ui.widgets.TensorGrid;

/**
 * A grid the student fills in: an editable {@link TensorGrid} of the output's shape whose cells
 * start blank (double-click a cell or press Enter to type; Tab moves on). After a check every
 * cell carries a mark, ✓ or ✗ (drawn over the grid, so the marks do not depend on colour alone);
 * clicking a wrong cell asks for its explanation. Editing a cell removes its mark.
 */
final class AnswerGrid {
    private final int rows;
    private final int cols;
    private final float[] values; // [rows * cols], NaN = not typed
    private final TensorGrid grid = new TensorGrid();
    private final Pane overlay = new Pane() {
        @Override
        protected void layoutChildren() {
            placeMarks(); // here the marks have their style, so their size is known
        }
    };
    private final Pane root = new Pane(grid, overlay);
    private final Map<Cell, Label> marks = new HashMap<>();
    private Consumer<Cell> onWrongCellClicked = c -> { };

    AnswerGrid(int rows, int cols) {
        this.rows = rows;
        this.cols = cols;
        this.values = new float[rows * cols];
        Arrays.fill(values, Float.NaN);
        grid.getStyleClass().add("answer-grid");
        grid.setMode(TensorGrid.Mode.NUMBERS);
        grid.setMinCellEm(3.2); // room for a ✓ or ✗ in the corner of each cell
        grid.setShowIndices(rows > 1, true);
        grid.setValues(values, rows, cols);
        grid.setEditHandler(this::typed);
        grid.setOnClick(cell -> {
            Label m = marks.get(cell);
            if (m != null && m.getStyleClass().contains(LessonStyles.CELL_WRONG)) {
                onWrongCellClicked.accept(cell);
            }
        });
        overlay.setMouseTransparent(true);
        overlay.setManaged(false);
        grid.layoutBoundsProperty().addListener((o, a, b) -> overlay.requestLayout());
    }

    Node view() {
        return root;
    }

    TensorGrid grid() {
        return grid;
    }

    void setOnWrongCellClicked(Consumer<Cell> handler) {
        onWrongCellClicked = handler;
    }

    /** Types {@code v} into a cell as the editor does (also for harnesses that render answered exercises). */
    String typed(Cell cell, float v) {
        values[cell.row() * cols + cell.col()] = v;
        grid.setValues(values, rows, cols);
        Label m = marks.remove(cell);
        if (m != null) {
            overlay.getChildren().remove(m);
            grid.setEmphasis(TensorGrid.Emphasis.LESSON, wrongMarks());
        }
        return null;
    }

    /** What the student typed, row by row ("" for a blank cell). */
    String[][] typed() {
        String[][] out = new String[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                float v = values[r * cols + c];
                out[r][c] = Float.isNaN(v) ? "" : Float.toString(v);
            }
        }
        return out;
    }

    /** Fills in a saved answer ({@link ExerciseProgress#gridText}); cells that do not fit or read are left blank. */
    void restore(String saved) {
        String[][] cells = ExerciseProgress.gridCells(saved);
        for (int r = 0; r < Math.min(rows, cells.length); r++) {
            for (int c = 0; c < Math.min(cols, cells[r].length); c++) {
                try {
                    values[r * cols + c] = cells[r][c].isBlank() ? Float.NaN : Float.parseFloat(cells[r][c]);
                } catch (NumberFormatException e) {
                    values[r * cols + c] = Float.NaN;
                }
            }
        }
        grid.setValues(values, rows, cols);
    }

    /** Marks each cell right or wrong. */
    void mark(List<Feedback.CellResult> cells) {
        clearMarks();
        for (Feedback.CellResult r : cells) {
            Label m = new Label(r.right() ? "✓" : "✗");
            m.getStyleClass().addAll(LessonStyles.CELL_MARK, r.right() ? LessonStyles.CELL_RIGHT : LessonStyles.CELL_WRONG);
            marks.put(new Cell(r.row(), r.col()), m);
            overlay.getChildren().add(m);
        }
        grid.setEmphasis(TensorGrid.Emphasis.LESSON, wrongMarks());
        overlay.requestLayout();
    }

    void clearMarks() {
        marks.clear();
        overlay.getChildren().clear();
        grid.setEmphasis(TensorGrid.Emphasis.LESSON, List.of());
        grid.setPinned(null);
    }

    /** The cells marked wrong, for tests. */
    List<Cell> wrongMarks() {
        return marks.entrySet().stream().filter(e -> e.getValue().getStyleClass().contains(LessonStyles.CELL_WRONG))
                .map(Map.Entry::getKey).sorted((a, b) -> a.row() != b.row() ? a.row() - b.row() : a.col() - b.col()).toList();
    }

    /** The cells marked right, for tests. */
    List<Cell> rightMarks() {
        return marks.entrySet().stream().filter(e -> e.getValue().getStyleClass().contains(LessonStyles.CELL_RIGHT))
                .map(Map.Entry::getKey).toList();
    }

    private void placeMarks() {
        if (marks.isEmpty()) {
            return;
        }
        double side = cellSide();
        for (Map.Entry<Cell, Label> e : marks.entrySet()) {
            Point2D c = grid.cellCenter(e.getKey());
            Label m = e.getValue();
            m.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx; -fx-font-weight: bold;", Math.max(9, side * 0.24)));
            m.applyCss();
            double w = m.prefWidth(-1);
            double h = m.prefHeight(w);
            // the mark sits inside the cell's top-right corner, above the number in the middle
            m.resizeRelocate(grid.getLayoutX() + c.getX() + side / 2 - w - 2, grid.getLayoutY() + c.getY() - side / 2 + 2, w, h);
        }
    }

    private double cellSide() {
        if (cols > 1) {
            return grid.cellCenter(new Cell(0, 1)).getX() - grid.cellCenter(new Cell(0, 0)).getX();
        }
        if (rows > 1) {
            return grid.cellCenter(new Cell(1, 0)).getY() - grid.cellCenter(new Cell(0, 0)).getY();
        }
        return grid.getFont().getSize() * 2.4;
    }
}
