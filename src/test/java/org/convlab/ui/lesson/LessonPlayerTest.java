package org.convlab.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.convlab.explain.ConvSetup;
import org.convlab.lesson.Segment;
import org.convlab.lesson.lab.LabState;
import org.convlab.ui.Workbench;
import org.convlab.ui.lab.conv2d.Conv2dLab;
import org.convlab.ui.widgets.Cell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A student works through a small lesson as they would: steps with the keyboard, answers every
 * kind of exercise right and wrong, leaves and comes back; an author saves the file and sees it
 * reload at the same step. Lessons are written into temporary folders; progress goes to a
 * temporary user folder.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LessonPlayerTest {
    private static final String TINY = "lesson:01-tiny";

    private Path lessons;
    private Path userDir;
    private String oldUserDir;
    private Workbench bench;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        lessons = Files.createTempDirectory("convlab-lessons");
        userDir = Files.createTempDirectory("convlab-user");
        oldUserDir = LessonFixtures.useUserDir(userDir);
        LessonFixtures.write(lessons, "01-tiny", LessonFixtures.TINY);
        LessonFixtures.write(lessons, "02-broken", LessonFixtures.BROKEN);
        bench = LessonFixtures.show(stage, lessons);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(bench::close);
        LessonFixtures.restoreUserDir(oldUserDir);
        LessonFixtures.delete(lessons);
        LessonFixtures.delete(userDir);
    }

    // --- helpers

    private static <T extends Node> T in(FxRobot robot, Node parent, String query, Class<T> type) {
        return robot.from(parent).lookup(query).queryAs(type);
    }

    private static ExerciseView exercise(FxRobot robot, LessonPlayer player, String id) {
        ExerciseView v = player.exercises().get(id);
        robot.interact(() -> player.scrollIntoView(v.view()));
        return v;
    }

    private static String text(FxRobot robot, Node parent, String query) {
        return in(robot, parent, query, Label.class).getText();
    }

    /** Scrolls the text to {@code node}, as a student would before clicking it. */
    private static <T extends Node> T shown(FxRobot robot, LessonPlayer player, T node) {
        robot.interact(() -> player.scrollIntoView(node));
        return node;
    }

    private static void answer(FxRobot robot, LessonPlayer player, ExerciseView v, String typed) {
        TextField field = shown(robot, player, in(robot, v.view(), ".answer-field", TextField.class));
        robot.doubleClickOn(field).eraseText(field.getText().length() + 2).write(typed).type(KeyCode.ENTER);
    }

    private static Segment.StepBlock step(LessonPlayer player, int n) {
        return player.model().lesson().steps().get(n);
    }

    /** The lab shows exactly the step's state: its setup, its current output, its highlighted cells. */
    private static void assertLabShows(LessonPlayer player, LabState want) {
        Conv2dLab lab = (Conv2dLab) player.currentLab();
        ConvSetup has = lab.model().setup();
        ConvSetup wanted = want.spec().conv();
        assertArrayEquals(wanted.padding(), has.padding(), "padding");
        assertEquals(wanted.strideW(), has.strideW(), "stride");
        assertArrayEquals(wanted.input().data(), has.input().data(), "input");
        assertArrayEquals(wanted.kernel().data(), has.kernel().data(), "kernel");
        assertEquals(want.traceStep(), lab.player().index(), "the current output");
        assertEquals(LabStage.cells(want.highlight()), lab.model().focus().marksProperty().get(), "highlighted cells");
    }

    // --- tests

    @Test
    void theSidebarListsLessonsWithProgressAndMarksTheBrokenOne(FxRobot robot) throws Exception {
        bench.lessonsLoaded().get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("lesson:01-tiny", "lesson:02-broken"), bench.lessons().pageIds());
        assertEquals("A tiny lesson", robot.lookup("#nav-lesson-01-tiny").queryLabeled().getText());
        assertEquals("0/6", text(robot, robot.lookup("#nav-lesson-01-tiny").query(), ".nav-badge"));
        assertTrue(text(robot, robot.lookup("#nav-lesson-02-broken").query(), ".nav-badge").startsWith("⚠"));
        robot.clickOn("#nav-home");
        assertTrue(robot.lookup("#open-lesson-01-tiny").tryQuery().isPresent(), "the home page has a card for the lesson");
    }

    @Test
    void keyboardStepsMoveTheLabToEachStepsState(FxRobot robot) throws Exception {
        LessonPlayer player = LessonFixtures.open(robot, bench, TINY);
        assertEquals(-1, player.model().step());
        assertLabShows(player, player.model().lesson().labs().getFirst().start());

        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(0, player.model().step());
        assertLabShows(player, step(player, 0).state());
        assertTrue(player.stepBar().captionText().startsWith("First caption"));
        assertEquals("Step 1 of 2", robot.lookup("#step-title").queryLabeled().getText());

        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        assertEquals(1, player.model().step());
        assertLabShows(player, step(player, 1).state());
        assertEquals(1, ((Conv2dLab) player.currentLab()).model().setup().padding()[0], "the step's padding reached the lab");

        robot.type(KeyCode.PAGE_DOWN); // already at the last step: stays
        assertEquals(1, player.model().step());

        robot.type(KeyCode.PAGE_UP);
        assertEquals(0, player.model().step());
        assertLabShows(player, step(player, 0).state());

        robot.clickOn("#font-bigger").clickOn("#font-smaller"); // the focus leaves the page: the keys still step
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(1, player.model().step());
        robot.type(KeyCode.PAGE_UP);
        assertEquals(0, player.model().step());

        robot.clickOn("#step-next");
        assertEquals(1, player.model().step());
        assertTrue(robot.lookup("#step-card-1").query().getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("current")), "the current step's card is marked");
        robot.clickOn("#step-previous");
        assertEquals(0, player.model().step());
    }

    @Test
    void withLargeTextTextAndLabTakeTurns(FxRobot robot) throws Exception {
        LessonPlayer player = LessonFixtures.open(robot, bench, TINY);
        assertFalse(player.isNarrow(), "1280 px at 16 px text: side by side");
        assertTrue(player.narrativeShown() && player.stageShown());
        robot.interact(() -> bench.model().fontSizeProperty().set(24));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(player.isNarrow(), "1280 px at 24 px text: one at a time");
        assertTrue(player.narrativeShown() && !player.stageShown(), "the text first");
        robot.type(KeyCode.PAGE_DOWN);
        assertTrue(!player.narrativeShown() && player.stageShown(), "a step shows the lab");
        assertLabShows(player, step(player, 0).state());
        robot.clickOn("#toggle-text");
        assertTrue(player.narrativeShown() && !player.stageShown(), "and the switch brings the text back");
        robot.interact(() -> bench.model().fontSizeProperty().set(16));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(player.narrativeShown() && player.stageShown(), "side by side again");
    }

    @Test
    void aNumericExerciseWrongThenRightCountsAttemptsAndGivesAHintAfterTheWrongOne(FxRobot robot) throws Exception {
        LessonPlayer player = LessonFixtures.open(robot, bench, TINY);
        ExerciseView v = exercise(robot, player, "width");
        assertNotNull(robot.from(v.view()).lookup("#exercise-setup").query(), "the setup to answer about is shown");
        assertTrue(robot.from(v.view()).lookup(".exercise-hint").queryAll().isEmpty(), "no hint before a wrong answer");

        answer(robot, player, v, "abc");
        assertTrue(text(robot, v.view(), ".feedback").contains("is not a number"));
        assertEquals(0, v.model().progress().attempts(), "unreadable input does not count");
        assertEquals("", text(robot, v.view(), ".exercise-attempts"));

        answer(robot, player, v, "4");
        assertEquals("Not quite.", text(robot, v.view(), ".feedback"));
        assertEquals("Attempts: 1", text(robot, v.view(), ".exercise-attempts"));
        List<Node> hints = List.copyOf(robot.from(v.view()).lookup(".exercise-hint").queryAll());
        assertEquals(1, hints.size());
        assertTrue(robot.from(hints.getFirst()).lookup(".rt-text").queryAllAs(javafx.scene.text.Text.class).stream()
                .anyMatch(t -> t.getText().contains("Count the places")));

        answer(robot, player, v, "3");
        assertEquals("Right.", text(robot, v.view(), ".feedback"));
        assertEquals("Attempts: 2 · solved ✓", text(robot, v.view(), ".exercise-attempts"));
        assertTrue(v.traceHeading().startsWith("Output width"), "the rule is shown: " + v.traceHeading());
        assertTrue(String.join("\n", v.traceLines()).contains("= 3"), String.join("\n", v.traceLines()));
        assertEquals(2, bench.lessons().pageIds().size());
        assertTrue(text(robot, robot.lookup("#nav-lesson-01-tiny").query(), ".nav-badge").equals("1/6"));
    }

    @Test
    void aGridWithOneWrongCellMarksThatCellAndShowsTheStepThatProducesIt(FxRobot robot) throws Exception {
        LessonPlayer player = LessonFixtures.open(robot, bench, TINY);
        ExerciseView v = exercise(robot, player, "fill");
        AnswerGrid grid = v.answerGrid();
        assertEquals(2, grid.grid().rows());
        assertEquals(2, grid.grid().cols());
        // the right output is [[1+5, 2+6], [4+8, 5+9]]; the student gets the last cell wrong
        shown(robot, player, grid.grid());
        robot.doubleClickOn(grid.grid().localToScreen(grid.grid().cellCenter(new Cell(0, 0))));
        robot.write("6").type(KeyCode.TAB).write("8").type(KeyCode.TAB).write("12").type(KeyCode.TAB).write("15")
                .type(KeyCode.ENTER);
        robot.clickOn(shown(robot, player, robot.from(v.view()).lookup(".check-button").queryButton()));

        assertEquals("1 of 4 cells is wrong.", text(robot, v.view(), ".feedback"));
        assertEquals(List.of(new Cell(1, 1)), grid.wrongMarks());
        assertEquals(3, grid.rightMarks().size());
        assertTrue(v.traceHeading().startsWith("Cell (1, 1): you wrote 15, it is 14."), v.traceHeading());
        String trace = String.join("\n", v.traceLines());
        assertTrue(trace.contains("1·5") && trace.contains("0·6") && trace.contains("0·8") && trace.contains("1·9"), trace);
        assertTrue(trace.contains("= 14"), trace);
        assertEquals("Attempts: 1", text(robot, v.view(), ".exercise-attempts"));

        shown(robot, player, grid.grid());
        robot.doubleClickOn(grid.grid().localToScreen(grid.grid().cellCenter(new Cell(1, 1))));
        robot.eraseText(4).write("14").type(KeyCode.ENTER);
        assertTrue(grid.wrongMarks().isEmpty(), "an edited cell loses its mark");
        robot.clickOn(shown(robot, player, robot.from(v.view()).lookup(".check-button").queryButton()));
        assertEquals("Right: every cell.", text(robot, v.view(), ".feedback"));
        assertEquals(4, grid.rightMarks().size());
        assertEquals("Attempts: 2 · solved ✓", text(robot, v.view(), ".exercise-attempts"));
    }

    @Test
    void aMultipleChoiceSaysWhyAWrongOptionIsWrong(FxRobot robot) throws Exception {
        LessonPlayer player = LessonFixtures.open(robot, bench, TINY);
        ExerciseView v = exercise(robot, player, "pick");
        assertTrue(robot.from(v.view()).lookup("#exercise-setup").tryQuery().isEmpty(), "options about ideas: no lab setup to distract");
        robot.clickOn((Node) shown(robot, player, robot.lookup("#option-pick-1").query()));
        robot.clickOn(shown(robot, player, robot.from(v.view()).lookup(".check-button").queryButton()));
        assertEquals("Not this one.", text(robot, v.view(), ".feedback"));
        assertTrue(robot.from(v.view()).lookup(".feedback-note .rt-text").queryAllAs(javafx.scene.text.Text.class).stream()
                .anyMatch(t -> t.getText().contains("That is true convolution")));
        robot.clickOn((Node) shown(robot, player, robot.lookup("#option-pick-0").query()));
        robot.clickOn(shown(robot, player, robot.from(v.view()).lookup(".check-button").queryButton()));
        assertEquals("Right.", text(robot, v.view(), ".feedback"));
        assertEquals("Attempts: 2 · solved ✓", text(robot, v.view(), ".exercise-attempts"));
    }

    @Test
    void aPredictionIsCommittedOnceThenTheLabAnimatesToTheReveal(FxRobot robot) throws Exception {
        LessonPlayer player = LessonFixtures.open(robot, bench, TINY);
        ExerciseView v = exercise(robot, player, "guess");
        robot.clickOn(shown(robot, player, robot.from(v.view()).lookup(".setup-in-lab").queryButton()));
        assertEquals(1, ((Conv2dLab) player.currentLab()).model().setup().padding()[0], "the setup: the state the steps left");

        answer(robot, player, v, "5");
        assertEquals("Your prediction was 5. Watch the lab.", text(robot, v.view(), ".feedback"));
        LabState reveal = v.model().instance().reveal();
        Conv2dLab lab = (Conv2dLab) player.currentLab();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !lab.player().isPlaying() && lab.player().index() == reveal.traceStep());
        WaitForAsyncUtils.waitForFxEvents();
        assertLabShows(player, reveal);
        assertEquals(2, lab.model().setup().padding()[0]);
        assertEquals("Six wide now.", player.stepBar().captionText());
        assertTrue(v.model().committed());
        assertTrue(robot.from(v.view()).lookup(".check-button").queryButton().isDisabled(), "a prediction is made once");
        assertEquals("Predicted", text(robot, v.view(), ".exercise-attempts"));
        assertTrue(String.join("\n", v.traceLines()).contains("= 6"), "the rule with the numbers: " + v.traceLines());

        robot.type(KeyCode.PAGE_UP); // back to the step the student was on
        assertEquals(-1, player.model().step());
        assertLabShows(player, player.model().lesson().labs().getFirst().start());
    }

    @Test
    void mathIsDrawnAsImagesInTheTextsColour(FxRobot robot) throws Exception {
        LessonPlayer player = LessonFixtures.open(robot, bench, TINY);
        List<MathView> math = List.copyOf(robot.from(player.view()).lookup(".math-inline").queryAllAs(MathView.class));
        assertFalse(math.isEmpty());
        MathView first = math.getFirst();
        assertNull(first.error());
        assertNotNull(first.imageView().getImage());
        assertTrue(first.imageView().getBoundsInParent().getWidth() > 10 && first.imageView().getBoundsInParent().getHeight() > 5,
                "a visible formula: " + first.imageView().getBoundsInParent());
        MathView display = robot.from(player.view()).lookup(".math-display").queryAs(MathView.class);
        assertNotNull(display.imageView().getImage());

        double before = first.imageView().getFitHeight();
        robot.clickOn("#font-bigger").clickOn("#font-bigger");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(first.imageView().getFitHeight() > before * 1.1, "formulas grow with the text: " + before + " → "
                + first.imageView().getFitHeight());
        var light = first.imageView().getImage();
        robot.clickOn("#theme-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(first.imageView().getImage() != light, "a new colour for the dark theme");
    }

    @Test
    void progressIsSavedAndShownWhenTheLessonIsOpenedAgain(FxRobot robot) throws Exception {
        LessonPlayer player = LessonFixtures.open(robot, bench, TINY);
        robot.type(KeyCode.PAGE_DOWN).type(KeyCode.PAGE_DOWN);
        ExerciseView v = exercise(robot, player, "width");
        answer(robot, player, v, "4");
        answer(robot, player, v, "3");
        robot.interact(bench::close);

        // the app starts again: the same user folder, a new window
        Workbench[] second = new Workbench[1];
        robot.interact(() -> second[0] = LessonFixtures.show(stage, lessons));
        bench = second[0];
        second[0].lessonsLoaded().get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("3/6", text(robot, robot.lookup("#nav-lesson-01-tiny").query(), ".nav-badge"), "2 steps and 1 exercise");
        LessonPlayer reopened = LessonFixtures.open(robot, second[0], TINY);
        assertEquals(1, reopened.model().step(), "resumes at the step where the student was");
        ExerciseView w = reopened.exercises().get("width");
        assertEquals("Attempts: 2 · solved ✓", text(robot, w.view(), ".exercise-attempts"));
        assertEquals("3", in(robot, w.view(), ".answer-field", TextField.class).getText(), "the last answer is back");
        assertEquals(1, w.model().hints().size(), "the hint earned stays");
    }

    @Test
    void resetProgressAsksFirstThenForgetsTheLesson(FxRobot robot) throws Exception {
        LessonPlayer player = LessonFixtures.open(robot, bench, TINY);
        robot.type(KeyCode.PAGE_DOWN);
        robot.interact(() -> player.scrollIntoView(robot.lookup("#lesson-header").query()));
        robot.clickOn("#reset-progress");
        robot.clickOn("#reset-cancel");
        assertEquals("1/6", text(robot, robot.lookup("#nav-lesson-01-tiny").query(), ".nav-badge"), "kept");
        robot.clickOn("#reset-progress");
        robot.clickOn("#reset-confirm");
        assertEquals("0/6", text(robot, robot.lookup("#nav-lesson-01-tiny").query(), ".nav-badge"));
        assertEquals(-1, player.model().step());
        assertTrue(bench.lessons().pageIds().contains(TINY));
    }

    @Test
    void savingTheLessonReloadsItAtTheSameStep(FxRobot robot) throws Exception {
        LessonPlayer player = LessonFixtures.open(robot, bench, TINY);
        robot.type(KeyCode.PAGE_DOWN).type(KeyCode.PAGE_DOWN);
        assertEquals(1, player.model().step());
        assertTrue(player.isWatching());
        Files.writeString(player.file(), LessonFixtures.TINY.replace("Second caption, with padding.", "A caption saved by the author."));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> player.stepBar().captionText().equals("A caption saved by the author."));
        assertEquals(1, player.model().step(), "the step is kept");
        assertLabShows(player, step(player, 1).state());

        // a mistake while editing: shown in place, the rest still there, the app still running
        Files.writeString(player.file(), LessonFixtures.TINY.replace("kind: grid", "kind: gird"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".lesson-problem").tryQuery().isPresent());
        String where = robot.lookup(".problem-where").queryLabeled().getText();
        assertTrue(where.matches("01-tiny/lesson\\.md:\\d+:\\d+"), where);
        assertTrue(robot.lookup(".problem-hint").queryAllAs(Label.class).stream().anyMatch(l -> l.getText().contains("did you mean")
                || l.getText().contains("Did you mean")));
        assertEquals(1, player.model().step(), "still at the same step");
        assertTrue(player.exercises().containsKey("width"), "the other exercises still render");
    }

    @Test
    void aBrokenLessonShowsItsProblemsInPlaceAndTheRestOfIt(FxRobot robot) throws Exception {
        LessonPlayer player = LessonFixtures.open(robot, bench, "lesson:02-broken");
        assertNotNull(player.model().lesson(), "as much as could be read");
        List<String> places = robot.lookup(".problem-where").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertTrue(places.contains("02-broken/lesson.md:16:1"), places.toString());
        assertTrue(places.stream().anyMatch(p -> p.startsWith("02-broken/lesson.md:26:")), places.toString());
        assertTrue(robot.lookup(".problem-hint").queryAllAs(Label.class).stream().anyMatch(l -> l.getText().equals("Did you mean `stride`?")));
        assertTrue(robot.lookup(".rt-text").queryAllAs(javafx.scene.text.Text.class).stream()
                .anyMatch(t -> t.getText().contains("Text after the blocks")), "the narrative around the broken blocks");
        robot.type(KeyCode.PAGE_DOWN); // nothing to step through: nothing breaks
        robot.clickOn("#nav-lesson-01-tiny");
        assertEquals(TINY, bench.model().currentProperty().get().id(), "the app goes on");
    }

    @Test
    void anUnreadableFileSaysWhyAndNewLessonsAppearOnReload(FxRobot robot) throws Exception {
        bench.lessonsLoaded().get(20, TimeUnit.SECONDS);
        Files.createDirectories(lessons.resolve("03-binary"));
        Files.write(lessons.resolve("03-binary").resolve("lesson.md"), new byte[] {(byte) 0xC3, (byte) 0x28, 10});
        robot.clickOn("#reload-lessons");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> bench.lessons().pageIds().contains("lesson:03-binary"));
        bench.lessonsLoaded().get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        LessonPlayer player = LessonFixtures.open(robot, bench, "lesson:03-binary");
        assertNull(player.model().lesson());
        assertTrue(robot.lookup(".lesson-problem").queryAll().size() == 1);
        assertTrue(robot.lookup(".lesson-problem .label").queryAllAs(Label.class).stream().anyMatch(l -> l.getText().contains("UTF-8")));
    }
}
