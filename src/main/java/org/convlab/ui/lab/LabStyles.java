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

    private LabStyles() {
    }
}
