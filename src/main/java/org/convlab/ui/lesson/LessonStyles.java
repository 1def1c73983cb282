package org.convlab.ui.lesson;

/** Style class names of the lesson player (rules in lesson.css, next to this package's resources). */
public final class LessonStyles {
    public static final String STYLESHEET = LessonStyles.class.getResource("/org/convlab/ui/lesson/lesson.css").toExternalForm();

    // the page
    public static final String PAGE = "lesson-page";
    public static final String SPLIT = "lesson-split";
    public static final String NARRATIVE = "lesson-narrative";
    public static final String NARRATIVE_BODY = "lesson-narrative-body";
    public static final String INTRO = "lesson-intro";
    public static final String INTRO_TITLE = "lesson-intro-title";
    public static final String ACTIONS = "lesson-actions";
    public static final String CONFIRM = "lesson-confirm";
    public static final String LOADING = "lesson-loading";

    // the stage: the lab and the step bar
    public static final String STAGE = "lesson-stage";
    public static final String STEP_BAR = "step-bar";
    public static final String STEP_TITLE = "step-title";
    public static final String STEP_CAPTION = "step-caption";
    public static final String LAB_HOLDER = "lab-holder";
    public static final String NO_LAB = "no-lab";

    // segments in the narrative
    public static final String SEGMENT = "lesson-segment";
    public static final String LAB_CARD = "lab-card";
    public static final String STEP_CARD = "step-card";
    public static final String CURRENT = "current";
    public static final String CARD_TITLE = "lesson-card-title";
    public static final String PROBLEMS = "lesson-problems";
    public static final String PROBLEM = "lesson-problem";
    public static final String PROBLEM_WHERE = "problem-where";
    public static final String PROBLEM_HINT = "problem-hint";

    // exercises
    public static final String EXERCISE = "exercise-card";
    public static final String EXERCISE_HEADER = "exercise-header";
    public static final String EXERCISE_KIND = "exercise-kind";
    public static final String ATTEMPTS = "exercise-attempts";
    public static final String ANSWER_ROW = "answer-row";
    public static final String FEEDBACK = "feedback";
    public static final String FEEDBACK_RIGHT = "feedback-right";
    public static final String FEEDBACK_WRONG = "feedback-wrong";
    public static final String FEEDBACK_UNREADABLE = "feedback-unreadable";
    public static final String HINT = "exercise-hint";
    public static final String EXPLANATION = "exercise-explanation";
    public static final String SETUP = "exercise-setup";
    public static final String SETUP_CAPTION = "setup-caption";
    public static final String OPTION = "exercise-option";
    public static final String CELL_MARK = "cell-mark";
    public static final String CELL_RIGHT = "cell-right";
    public static final String CELL_WRONG = "cell-wrong";

    // rich text
    public static final String RICH_TEXT = "rich-text";
    public static final String TEXT = "rt-text";
    public static final String HEADING = "rt-h";
    public static final String PARAGRAPH = "rt-p";
    public static final String EMPHASIS = "rt-em";
    public static final String STRONG = "rt-strong";
    public static final String CODE = "rt-code";
    public static final String CODE_BLOCK = "rt-code-block";
    public static final String LINK = "rt-link";
    public static final String MATH_BLOCK = "rt-math-block";
    public static final String LIST = "rt-list";
    public static final String LIST_MARK = "rt-list-mark";
    public static final String LIST_ITEM = "rt-list-item";
    public static final String QUOTE = "rt-quote";
    public static final String TABLE = "rt-table";
    public static final String TABLE_HEADER = "rt-th";
    public static final String TABLE_CELL = "rt-td";
    public static final String FIGURE = "rt-figure";
    public static final String FIGURE_CAPTION = "rt-figure-caption";

    private LessonStyles() {
    }
}
