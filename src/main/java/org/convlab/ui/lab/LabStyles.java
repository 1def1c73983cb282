package org.convlab.ui.lab;

/**
 * Style classes of the lab frame shared by every lab, defined in lab.css next to this class's
 * package in the resources. A lab adds {@link #STYLESHEET} (and its own) to its root.
 */
public final class LabStyles {
    public static final String STYLESHEET = LabStyles.class.getResource("/org/convlab/ui/lab/lab.css").toExternalForm();

    /** The lab's root. */
    public static final String LAB = "lab";
    /** The scrolling column of controls on the left. */
    public static final String CONTROLS_SCROLL = "lab-controls-scroll";
    /** The actions right of the tabs (messages, buttons). */
    public static final String HEADER = "lab-header";
    /** A passing message above the tabs. */
    public static final String MESSAGE = "lab-message";
    /** A one-line summary of the setup's shapes, in a monospace font. */
    public static final String SUMMARY = "lab-summary";
    /** The tab pane in the middle. */
    public static final String TABS = "lab-tabs";
    /** The row under the grids: arithmetic, output size. */
    public static final String EXPLAIN = "lab-explain";
    /** The scroll pane that holds the explain row, under the tabs. */
    public static final String EXPLAIN_SCROLL = "lab-explain-scroll";
    /** A boxed panel (the arithmetic, the output size). */
    public static final String CARD = "lab-card";
    /** The content of the step-by-step tab. */
    public static final String STEPS = "lab-steps";

    /** A titled group of grids (input, kernel, output). */
    public static final String GRID_SECTION = "grid-section";
    /** The title of a grid section. */
    public static final String GRID_TITLE = "grid-title";
    /** The small caption over one grid ("channel 1"). */
    public static final String GRID_CAPTION = "grid-caption";
    /** A caption and its grid. */
    public static final String GRID_CARD = "grid-card";
    /** Grids side by side. */
    public static final String GRID_ROW = "grid-group-row";
    /** Sections stacked in a column. */
    public static final String GRID_COLUMN = "grid-column";
    /** The filters × channels table of kernel grids. */
    public static final String KERNEL_GROUP = "kernel-group";
    /** A heading in the column of controls. */
    public static final String SECTION_TITLE = "section-title";
    /** Labels and controls in two columns. */
    public static final String CONTROL_GRID = "control-grid";
    /** The label of a control. */
    public static final String CONTROL_LABEL = "control-label";
    /** Controls side by side (height × width). */
    public static final String CONTROL_PAIR = "control-pair";
    /** A number spinner. */
    public static final String SPINNER = "lab-spinner";
    /** Secondary text. */
    public static final String MUTED = "muted";

    private LabStyles() {
    }
}
