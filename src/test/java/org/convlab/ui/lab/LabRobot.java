package org.convlab.ui.lab;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import org.convlab.ui.widgets.Cell;
import org.convlab.ui.widgets.TensorGrid;
import org.testfx.api.FxRobot;

/** What the lab tests do with the robot: find a grid, point at a cell, click a spinner's arrows. */
public final class LabRobot {
    private LabRobot() {
    }

    public static TensorGrid grid(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(TensorGrid.class);
    }

    /** The screen point at the centre of a cell of a grid. */
    public static Point2D at(TensorGrid g, Cell c) {
        return g.localToScreen(g.cellCenter(c));
    }

    public static void increment(FxRobot robot, String spinner, int times) {
        for (int i = 0; i < times; i++) {
            robot.clickOn((Node) robot.lookup("#" + spinner + " .increment-arrow-button").query());
        }
    }

    public static void decrement(FxRobot robot, String spinner, int times) {
        for (int i = 0; i < times; i++) {
            robot.clickOn((Node) robot.lookup("#" + spinner + " .decrement-arrow-button").query());
        }
    }
}
