package org.convlab.ui.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.convlab.ui.theme.Theme;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** One tensor grid, driven with the mouse and keyboard. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TensorGridTest {
    private TensorGrid grid;
    private final List<Cell> hovers = new ArrayList<>();
    private final List<Cell> clicks = new ArrayList<>();
    private final List<String> edits = new ArrayList<>();

    @Start
    void start(Stage stage) {
        grid = new TensorGrid();
        grid.setId("grid");
        grid.setValues(new float[] {1, -2, 3, 4, 5, 6}, 2, 3);
        grid.setPadding(1, 1, 1, 1);
        grid.setOnHover(hovers::add);
        grid.setOnClick(clicks::add);
        grid.setEditHandler((cell, v) -> {
            if (v > 100) {
                return "values above 100 are not taken here";
            }
            edits.add(cell.row() + "," + cell.col() + "=" + v);
            return null;
        });
        Application.setUserAgentStylesheet(Theme.LIGHT.userAgentStylesheet());
        Scene scene = new Scene(new StackPane(grid), 700, 500);
        scene.getStylesheets().add(Theme.APP_STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    private Point2D at(Cell c) {
        return grid.localToScreen(grid.cellCenter(c));
    }

    private TextField editor(FxRobot robot) {
        return robot.lookup("#cell-editor").queryAs(TextField.class);
    }

    @Test
    void smallGridsShowNumbersAndLargeOnesAHeatMap(FxRobot robot) {
        assertTrue(grid.showsNumbers());
        robot.interact(() -> grid.setValues(new float[64 * 64], 64, 64));
        assertFalse(grid.showsNumbers());
        robot.interact(() -> grid.setMode(TensorGrid.Mode.NUMBERS));
        assertTrue(grid.showsNumbers());
    }

    @Test
    void hoverReportsTheCellUnderTheMouseAndPaddingCellsOutsideTheData(FxRobot robot) {
        robot.moveTo(at(new Cell(1, 2)));
        assertEquals(new Cell(1, 2), hovers.getLast());
        assertEquals(new Cell(1, 2), grid.hovered());
        robot.moveTo(at(new Cell(-1, -1)));
        assertEquals(new Cell(-1, -1), hovers.getLast());
        assertTrue(grid.isPadding(hovers.getLast()));
        robot.moveTo(grid.localToScreen(grid.getWidth() + 50, 5));
        assertEquals(null, hovers.getLast(), "leaving the grid reports null");
    }

    @Test
    void clicksAreReported(FxRobot robot) {
        robot.clickOn(at(new Cell(0, 1)));
        assertEquals(List.of(new Cell(0, 1)), clicks);
    }

    @Test
    void doubleClickEditsACellInPlace(FxRobot robot) {
        robot.doubleClickOn(at(new Cell(1, 0)));
        assertTrue(grid.isEditing());
        assertEquals("4", editor(robot).getText(), "the editor starts with the cell's value");
        robot.write("2.5").type(KeyCode.ENTER);
        assertEquals(List.of("1,0=2.5"), edits);
        assertFalse(grid.isEditing());
    }

    @Test
    void textThatIsNotANumberIsRefusedWithAMessage(FxRobot robot) {
        robot.doubleClickOn(at(new Cell(0, 0)));
        robot.write("abc").type(KeyCode.ENTER);
        assertTrue(grid.isEditing(), "the editor stays open");
        Label error = robot.lookup("#cell-editor-error").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertTrue(error.getText().contains("\"abc\" is not a number"), error.getText());
        assertEquals(List.of(), edits, "nothing was taken");
        robot.type(KeyCode.ESCAPE);
        assertFalse(grid.isEditing());
        assertEquals(1f, grid.value(new Cell(0, 0)));
    }

    @Test
    void aValueTheOwnerRefusesShowsTheOwnersReason(FxRobot robot) {
        robot.doubleClickOn(at(new Cell(0, 2)));
        robot.write("500").type(KeyCode.ENTER);
        assertTrue(grid.isEditing());
        assertEquals("values above 100 are not taken here", robot.lookup("#cell-editor-error").queryAs(Label.class).getText());
        robot.eraseText(3).write("−7").type(KeyCode.ENTER);
        assertEquals(List.of("0,2=-7.0"), edits);
    }

    @Test
    void enterEditsTheClickedCellAndTabMovesOn(FxRobot robot) {
        robot.clickOn(at(new Cell(0, 1)));
        robot.type(KeyCode.ENTER);
        assertTrue(grid.isEditing());
        assertEquals("\u22122", editor(robot).getText());
        robot.write("1/4").type(KeyCode.TAB);
        assertTrue(grid.isEditing(), "Tab opens the next cell");
        assertEquals("3", editor(robot).getText());
        robot.type(KeyCode.ESCAPE);
        assertEquals(List.of("0,1=0.25"), edits);
    }

    @Test
    void paddingCellsAreNotEditable(FxRobot robot) {
        robot.doubleClickOn(at(new Cell(-1, 0)));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(grid.isEditing());
    }

    @Test
    void emphasisAndPinAreKept(FxRobot robot) {
        robot.interact(() -> {
            grid.setEmphasis(TensorGrid.Emphasis.WINDOW, List.of(new Cell(0, 0), new Cell(0, 2)));
            grid.setPinned(new Cell(1, 1));
        });
        assertEquals(List.of(new Cell(0, 0), new Cell(0, 2)), grid.emphasis(TensorGrid.Emphasis.WINDOW));
        assertEquals(new Cell(1, 1), grid.pinned());
        robot.interact(grid::clearEmphasis);
        assertEquals(List.of(), grid.emphasis(TensorGrid.Emphasis.WINDOW));
    }
}
