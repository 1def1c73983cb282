package org.convlab.ui.widgets;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.Font;

/**
 * One channel of a tensor drawn on a Canvas (never one node per cell). Small grids show each
 * number in its cell, tinted by a {@link ColorScale}; large ones become a heat map with a
 * legend. Padding is drawn around the data as hatched cells holding 0 (or another
 * {@linkplain #setPaddingLabel label}); a NaN value is drawn as a blank cell (a fill-in grid's
 * cells the student has not typed yet). Cells can be emphasised
 * ({@link Emphasis}), one can be pinned, and the grid reports the cell under the mouse and
 * clicks. With an {@link EditHandler} a cell is edited in place (double-click it, or focus the
 * grid and press Enter); what cannot be read as a number is refused with a message.
 *
 * <p>All coordinates are {@link Cell}s in the tensor's own indices. Typical use:
 * <pre>{@code
 * TensorGrid g = new TensorGrid();
 * g.setValues(values, rows, cols);          // row-major, one channel
 * g.setPadding(1, 1, 1, 1);
 * g.setEmphasis(Emphasis.WINDOW, cells);    // e.g. a step's taps
 * g.setOnHover(cell -> ...);                // null when the mouse leaves
 * g.setEditHandler((cell, v) -> model.setInput(cell, v)); // null = accepted, else the message
 * }</pre>
 * Painting is coalesced to once per pulse; a 66×66 heat map with a 3×3 window repaints in well
 * under a millisecond (see GridRedrawHarness in the tests).
 */
public final class TensorGrid extends CanvasRegion {
    public static final String STYLE_CLASS = "tensor-grid";
    /** The least side of a number cell, in em, unless {@link #setMinCellEm} says otherwise. */
    public static final double DEFAULT_CELL_EM = GridGeometry.MIN_CELL_EM;

    /** How the values are drawn: AUTO picks numbers when no side exceeds {@link #setNumberLimit}. */
    public enum Mode { AUTO, NUMBERS, HEAT_MAP }

    /** Kinds of emphasis, drawn in this order (later on top). */
    public enum Emphasis {
        /**
         * Cells inside a window that the window does not read (the gaps of a dilated kernel):
         * veiled and struck through, so the samples it skips are seen to be skipped.
         */
        SKIPPED,
        /** Cells linked to the hovered cell of another grid (secondary colour). */
        LINKED,
        /** The current window or kernel taps (accent colour, filled). */
        WINDOW,
        /** The cell an operation picked from the window, such as max pooling's winner (linked colour, filled, heavy outline). */
        PICKED,
        /** Cells a lesson points at (a dashed mark colour). */
        LESSON
    }

    /** Accepts an edited value: returns null when it was taken, else a message saying why not. */
    @FunctionalInterface
    public interface EditHandler {
        String commit(Cell cell, float value);
    }

    private float[] values = new float[0]; // [rows * cols], row-major
    private int rows;
    private int cols;
    private int padTop;
    private int padBottom;
    private int padLeft;
    private int padRight;
    private ColorScale scale;
    private boolean autoScale = true;
    private Palette nonNegative = Palette.SEQUENTIAL;
    private Mode mode = Mode.AUTO;
    private int numberLimit = 16;
    private double heatSideEm = 16;
    private double minCellEm = DEFAULT_CELL_EM;
    private boolean quietZeros;
    private int revealed = -1;
    private boolean dimmed;
    private boolean showRowIndices = true;
    private boolean showColIndices = true;
    private String paddingLabel = "0";
    private boolean showLegend = true;
    private final Map<Emphasis, List<Cell>> emphasis = new EnumMap<>(Emphasis.class);
    private Cell hovered;
    private Cell pinned;
    private Cell cursor;
    private Consumer<Cell> onHover;
    private Consumer<Cell> onClick;
    private EditHandler editHandler;
    private double widestLabel = -1;
    private double lastFontSize = -1;
    private GridGeometry geometry;
    private final GridPainter painter = new GridPainter();
    private final GridCellEditor editor = new GridCellEditor(this);

    public TensorGrid() {
        getStyleClass().add(STYLE_CLASS);
        setMinSize(USE_PREF_SIZE, USE_PREF_SIZE); // a grid is exactly as big as its cells
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        getChildren().add(editor.node());
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> setHovered(cellAt(e.getX(), e.getY())));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> setHovered(null));
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        focusedProperty().addListener((o, a, b) -> invalidate());
    }

    // --- data

    /** Shows {@code values} [rows × cols], row-major (the array is read, not kept). */
    public void setValues(float[] values, int rows, int cols) {
        if (values.length != rows * cols) {
            throw new IllegalArgumentException("values has " + values.length + " entries, not " + rows + "×" + cols);
        }
        boolean resized = rows != this.rows || cols != this.cols;
        this.values = values.clone();
        this.rows = rows;
        this.cols = cols;
        if (autoScale) {
            scale = ColorScale.forValues(this.values, nonNegative);
        }
        widestLabel = -1;
        painter.valuesChanged();
        if (resized) {
            editor.cancel();
        }
        changedSize();
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    /** The value shown at a data cell. */
    public float value(Cell c) {
        return values[c.row() * cols + c.col()];
    }

    /** Draws padding cells (value 0) around the data. */
    public void setPadding(int top, int bottom, int left, int right) {
        if (top != padTop || bottom != padBottom || left != padLeft || right != padRight) {
            padTop = top;
            padBottom = bottom;
            padLeft = left;
            padRight = right;
            painter.valuesChanged();
            changedSize();
        }
    }

    /**
     * What a padding cell shows in numbers mode: "0" (the default) for zero padding, or for
     * example "−∞" where the operation pads with minus infinity (max pooling).
     */
    public void setPaddingLabel(String label) {
        if (!label.equals(paddingLabel)) {
            paddingLabel = label;
            invalidate();
        }
    }

    public String paddingLabel() {
        return paddingLabel;
    }

    public boolean isPadding(Cell c) {
        return c.row() < 0 || c.col() < 0 || c.row() >= rows || c.col() >= cols;
    }

    /** A fixed colour scale; null returns to one chosen from the values. */
    public void setScale(ColorScale s) {
        autoScale = s == null;
        scale = s != null ? s : ColorScale.forValues(values, nonNegative);
        painter.valuesChanged();
        invalidate();
    }

    public ColorScale scale() {
        return scale;
    }

    /** The palette for grids without negative values (SEQUENTIAL by default, GRAY for pictures). */
    public void setNonNegativePalette(Palette p) {
        nonNegative = p;
        if (autoScale) {
            setScale(null);
        }
    }

    public void setMode(Mode m) {
        mode = m;
        changedSize();
    }

    /** In AUTO mode, grids with a side (padding included) above this are heat maps. */
    public void setNumberLimit(int cells) {
        numberLimit = cells;
        changedSize();
    }

    /** The side of a heat map, in em of the grid's font. */
    public void setHeatMapSide(double em) {
        heatSideEm = em;
        changedSize();
    }

    /**
     * Whether a heat map paints its legend under it (the default); off where several grids share
     * one scale and one {@link Legend} beside them says what the colours mean.
     */
    public void setShowLegend(boolean show) {
        showLegend = show;
        changedSize();
    }

    public void setShowIndices(boolean show) {
        setShowIndices(show, show);
    }

    /**
     * The least side of a number cell, in em ({@link #DEFAULT_CELL_EM} by default); a cell is
     * always wide enough for its widest number. Grids that should line up cell for cell (the
     * strips of a 1D signal, its kernel and its output) all take the largest
     * {@link #naturalCellEm()} among them; a big grid of short numbers (a banded matrix) may take
     * less than the default to fit on screen.
     */
    public void setMinCellEm(double em) {
        if (em != minCellEm) {
            minCellEm = em;
            changedSize();
        }
    }

    /** The side a number cell takes by default for the values shown, in em, whatever the minimum set. */
    public double naturalCellEm() {
        Font f = getFont();
        double em = f.getSize();
        return Math.ceil(Math.max(DEFAULT_CELL_EM * em, widestLabel(f) + 0.7 * em)) / em;
    }

    /**
     * Draws zeros quietly: untinted, in the muted colour, so the non-zero entries of a sparse
     * grid (the band of a convolution's weight matrix) stand out.
     */
    public void setQuietZeros(boolean quiet) {
        if (quiet != quietZeros) {
            quietZeros = quiet;
            invalidate();
        }
    }

    /**
     * Row and column indices separately: a 1D signal drawn as one row wants its positions above
     * the cells but no row number beside them, a column vector the opposite.
     */
    public void setShowIndices(boolean rowIndices, boolean colIndices) {
        showRowIndices = rowIndices;
        showColIndices = colIndices;
        changedSize();
    }

    /** Only the first {@code n} cells (row-major) show their value, the rest are blank; -1 shows all. */
    public void setRevealed(int n) {
        if (n != revealed) {
            revealed = n;
            invalidate();
        }
    }

    /** Draws the whole grid faded (a filter the current step does not use). */
    public void setDimmed(boolean d) {
        if (d != dimmed) {
            dimmed = d;
            invalidate();
        }
    }

    // --- emphasis, hover, pin

    public void setEmphasis(Emphasis kind, Collection<Cell> cells) {
        List<Cell> now = cells == null ? List.of() : List.copyOf(cells);
        if (!now.equals(emphasis.getOrDefault(kind, List.of()))) {
            emphasis.put(kind, now);
            invalidate();
        }
    }

    public List<Cell> emphasis(Emphasis kind) {
        return emphasis.getOrDefault(kind, List.of());
    }

    public void clearEmphasis() {
        for (Emphasis e : Emphasis.values()) {
            setEmphasis(e, List.of());
        }
    }

    /** Pins a cell (drawn with a heavy outline); null unpins. */
    public void setPinned(Cell c) {
        if (c == null ? pinned != null : !c.equals(pinned)) {
            pinned = c;
            invalidate();
        }
    }

    public Cell pinned() {
        return pinned;
    }

    /** The cell under the mouse, or null. */
    public Cell hovered() {
        return hovered;
    }

    /** Called with the cell under the mouse each time it changes, and with null when it leaves. */
    public void setOnHover(Consumer<Cell> handler) {
        onHover = handler;
    }

    /** Called with the cell clicked (padding cells included). */
    public void setOnClick(Consumer<Cell> handler) {
        onClick = handler;
    }

    /** Makes data cells editable; null makes the grid read-only. */
    public void setEditHandler(EditHandler handler) {
        editHandler = handler;
        setFocusTraversable(handler != null);
        if (handler == null) {
            editor.cancel();
        }
    }

    boolean editable() {
        return editHandler != null;
    }

    EditHandler editHandler() {
        return editHandler;
    }

    /** Opens the in-place editor on a data cell (no-op when not editable). */
    public void startEdit(Cell c) {
        if (editHandler != null && c != null && !isPadding(c)) {
            cursor = c;
            editor.start(c);
        }
    }

    public boolean isEditing() {
        return editor.isOpen();
    }

    /** The cell's centre in this grid's local coordinates (for tests and tooltips). */
    public Point2D cellCenter(Cell c) {
        return geometry().center(c);
    }

    /** The cell at a local point, or null. */
    public Cell cellAt(double x, double y) {
        return geometry().cellAt(x, y);
    }

    /** True when the values are drawn as numbers, false for a heat map. */
    public boolean showsNumbers() {
        return geometry().numbers();
    }

    // --- layout and painting

    private void changedSize() {
        geometry = null;
        requestLayout();
        invalidate();
    }

    GridGeometry geometry() {
        Font f = getFont();
        if (geometry != null && lastFontSize == f.getSize()) {
            return geometry;
        }
        if (lastFontSize != f.getSize()) {
            widestLabel = -1;
        }
        lastFontSize = f.getSize();
        int drawnRows = rows + padTop + padBottom;
        int drawnCols = cols + padLeft + padRight;
        boolean numbers = mode == Mode.NUMBERS || (mode == Mode.AUTO && Math.max(drawnRows, drawnCols) <= numberLimit);
        double widest = numbers ? widestLabel(f) : 0;
        geometry = GridGeometry.of(f.getSize(), drawnRows, drawnCols, padTop, padLeft, numbers,
                showRowIndices, showColIndices, widest, heatSideEm, minCellEm, showLegend);
        return geometry;
    }

    /** The width of the widest label at this font, measured once per values and font size. */
    private double widestLabel(Font f) {
        if (widestLabel < 0 || lastFontSize != f.getSize()) {
            widestLabel = GridGeometry.widestLabel(values, f);
        }
        return widestLabel;
    }

    @Override
    protected double computePrefWidth(double height) {
        GridGeometry g = geometry();
        double legendWidth = g.legendHeight() > 0 ? 12 * getFont().getSize() : 0;
        return snapSizeX(Math.max(g.x0() + g.width() + 2, legendWidth)) + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        GridGeometry g = geometry();
        return snapSizeY(g.y0() + g.height() + 2 + g.legendHeight()) + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        editor.layout(geometry());
    }

    @Override
    protected void paint() {
        GridPainter.Colors colors = new GridPainter.Colors(textFill(), mutedFill(), lineColor(), cellColor(),
                accentColor(), linkedColor(), padColor(), markColor());
        Map<Emphasis, List<Cell>> marks = new EnumMap<>(emphasis);
        painter.paint(canvas.getGraphicsContext2D(), geometry(), getFont(), colors,
                new GridPainter.Content(values, rows, cols, scale, revealed, dimmed, showRowIndices, showColIndices,
                        quietZeros, paddingLabel),
                marks, hovered, pinned, isFocused() && editable() ? cursor : null);
    }

    // --- input

    private void setHovered(Cell c) {
        if (c == null ? hovered == null : c.equals(hovered)) {
            return;
        }
        hovered = c;
        invalidate();
        if (onHover != null) {
            onHover.accept(c);
        }
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        Cell c = cellAt(e.getX(), e.getY());
        if (c == null) {
            return;
        }
        if (editable() && !isPadding(c)) {
            cursor = c;
            requestFocus();
            invalidate();
        }
        if (e.getClickCount() == 2) {
            startEdit(c);
        } else if (onClick != null) {
            onClick.accept(c);
        }
    }

    private void keyPressed(KeyEvent e) {
        if (!editable() || editor.isOpen()) {
            return;
        }
        if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F2) {
            Cell target = cursor != null ? cursor : hovered != null && !isPadding(hovered) ? hovered : new Cell(0, 0);
            startEdit(target);
            e.consume();
        }
    }

    /** The cell after {@code c} in reading order, wrapping; used by Tab in the editor. */
    Cell next(Cell c, boolean backwards) {
        int i = c.row() * cols + c.col() + (backwards ? -1 : 1);
        i = Math.floorMod(i, rows * cols);
        return new Cell(i / cols, i % cols);
    }

    /** Data cells as a list, for callers that emphasise a whole grid. */
    public List<Cell> allCells() {
        List<Cell> all = new ArrayList<>(rows * cols);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                all.add(new Cell(r, c));
            }
        }
        return all;
    }
}
