package org.convlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.convlab.ui.shell.HomePage;
import org.convlab.ui.shell.Page;
import org.convlab.ui.shell.Shell;
import org.convlab.ui.shell.ShellModel;
import org.convlab.ui.theme.Theme;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the shell as a person would: theme switch, font size, navigation. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ShellTest {
    private ShellModel model;
    private Shell shell;

    @Start
    void start(Stage stage) {
        model = new ShellModel();
        model.pages().add(HomePage.page(model));
        model.pages().add(new Page("first", "First lab", Page.Section.LAB, "A test lab", () -> new StackPane(label("first-view"))));
        model.pages().add(new Page("second", "Second lab", Page.Section.LAB, "Another", () -> new StackPane(label("second-view"))));
        shell = new Shell(model);
        model.open(HomePage.ID);
        Scene scene = new Scene(shell.view(), 1000, 700);
        shell.attach(scene);
        stage.setScene(scene);
        stage.show();
    }

    private static Label label(String id) {
        Label l = new Label(id);
        l.setId(id);
        return l;
    }

    @Test
    void themeButtonSwitchesBetweenLightAndDark(FxRobot robot) {
        assertEquals(Theme.LIGHT.userAgentStylesheet(), Application.getUserAgentStylesheet());
        robot.clickOn("#theme-toggle");
        assertEquals(Theme.DARK, model.themeProperty().get());
        assertEquals(Theme.DARK.userAgentStylesheet(), Application.getUserAgentStylesheet());
        assertTrue(shell.view().getPseudoClassStates().contains(PseudoClass.getPseudoClass("dark")));
        robot.clickOn("#theme-toggle");
        assertEquals(Theme.LIGHT.userAgentStylesheet(), Application.getUserAgentStylesheet());
        assertFalse(shell.view().getPseudoClassStates().contains(PseudoClass.getPseudoClass("dark")));
    }

    @Test
    void fontButtonsScaleTheText(FxRobot robot) {
        Label intro = robot.lookup(".home-intro").queryAs(Label.class);
        double before = intro.getFont().getSize();
        robot.clickOn("#font-bigger").clickOn("#font-bigger");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(model.fontSizeProperty().get(), 20.0);
        assertTrue(intro.getFont().getSize() > before + 3,
                "text grew from " + before + " to " + intro.getFont().getSize());
        robot.clickOn("#font-smaller");
        assertEquals(18.0, model.fontSizeProperty().get());
    }

    @Test
    void fontSizeStopsAtItsLimits(FxRobot robot) {
        // The model drives the scene graph, so it is changed on the FX thread.
        robot.interact(() -> {
            for (int i = 0; i < 40; i++) {
                model.biggerFont();
            }
        });
        assertEquals(40.0, model.fontSizeProperty().get());
        robot.interact(() -> {
            for (int i = 0; i < 40; i++) {
                model.smallerFont();
            }
        });
        assertEquals(10.0, model.fontSizeProperty().get());
    }

    @Test
    void sidebarAndHomeCardsOpenPages(FxRobot robot) {
        robot.clickOn("#nav-second");
        assertEquals("second", model.currentProperty().get().id());
        assertTrue(robot.lookup("#second-view").tryQuery().isPresent());
        robot.clickOn("#nav-home");
        robot.clickOn("#open-first");
        assertEquals("first", model.currentProperty().get().id());
        assertTrue(robot.lookup("#first-view").tryQuery().isPresent());
        assertFalse(robot.lookup("#second-view").tryQuery().isPresent());
    }

    @Test
    void pagesKeepTheirStateWhenRevisited(FxRobot robot) {
        robot.clickOn("#nav-first");
        Label view = robot.lookup("#first-view").queryAs(Label.class);
        robot.clickOn("#nav-second").clickOn("#nav-first");
        assertTrue(view == robot.lookup("#first-view").queryAs(Label.class), "the same view instance comes back");
    }

    @Test
    void theSidebarHidesForPresentingAndComesBack(FxRobot robot) {
        assertTrue(shell.sidebarShown());
        robot.clickOn("#toggle-sidebar");
        assertFalse(shell.sidebarShown());
        assertFalse(robot.lookup("#nav-first").tryQuery().isPresent());
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.B).release(javafx.scene.input.KeyCode.CONTROL);
        assertTrue(shell.sidebarShown());
        robot.clickOn("#nav-first");
        assertEquals("first", model.currentProperty().get().id());
    }

    @Test
    void onANarrowWindowTheSidebarIsADrawer(FxRobot robot) {
        robot.interact(() -> model.fontSizeProperty().set(28)); // 1000 px is about 36 em: narrow
        assertFalse(shell.sidebarShown(), "hidden, so the page keeps its width");
        robot.clickOn("#toggle-sidebar");
        assertTrue(shell.sidebarShown(), "the menu button opens it");
        robot.clickOn("#nav-second");
        assertEquals("second", model.currentProperty().get().id());
        assertFalse(shell.sidebarShown(), "choosing a page closes it again");
        robot.interact(() -> model.fontSizeProperty().set(16)); // 62 em: room for both
        assertTrue(shell.sidebarShown(), "back when there is room");
    }

    @Test
    void noticeShowsAndCanBeDismissed(FxRobot robot) {
        robot.interact(() -> model.noticeProperty().set("The settings file was damaged."));
        assertTrue(robot.lookup("#notice").query().isVisible());
        robot.clickOn("#notice-close");
        assertFalse(robot.lookup("#notice").query().isVisible());
    }

    @Test
    void emptySectionsSaySo(FxRobot robot) {
        List<String> texts = robot.lookup(".nav-empty").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertEquals(List.of("No lessons found"), texts);
    }

    static Path tempUserDir() throws Exception {
        return Files.createTempDirectory("convlab-user");
    }
}
