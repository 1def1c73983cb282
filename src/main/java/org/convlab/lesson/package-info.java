/**
 * Lessons: the lesson file format (documented for authors in {@code lessons/README.md}), its
 * parser, exercises with computed answers, and the student's progress. No JavaFX here: the
 * lesson player renders this model and never parses or computes anything itself.
 *
 * <h2>Reading a lesson</h2>
 * {@link org.convlab.lesson.LessonParser#forProject()}{@code .parse(file)} gives a
 * {@link org.convlab.lesson.ParseResult}: the {@link org.convlab.lesson.Lesson} (null only when
 * the file cannot be read at all) and every {@link org.convlab.lesson.source.Problem} with line
 * and column. It never throws. {@link org.convlab.lesson.LessonFiles#find} lists the lessons of
 * a folder; {@link org.convlab.lesson.LessonChecker} checks many files as {@code convlab lesson
 * check} does. Parse off the UI thread: ordinary lessons take tens of milliseconds, the largest
 * the limits allow a few seconds.
 *
 * <h2>What a player renders</h2>
 * {@link org.convlab.lesson.Lesson#meta()} holds the title, minutes and objectives.
 * {@link org.convlab.lesson.Lesson#segments()} are in reading order, each one of:
 * <ul>
 *   <li>{@link org.convlab.lesson.Segment.Narrative}: {@link org.convlab.lesson.text.RichText}, a
 *       list of {@link org.convlab.lesson.text.Block}s (headings, paragraphs, display math, lists,
 *       tables, code, quotes, rules) made of {@link org.convlab.lesson.text.Inline}s (text,
 *       emphasis, code, math, links, images with checked file paths, line breaks). Math is
 *       LaTeX exactly as written, for jlatexmath.</li>
 *   <li>{@link org.convlab.lesson.Segment.LabBlock}: a lab placed on the page, its starting
 *       {@link org.convlab.lesson.lab.LabState} and its locked controls.</li>
 *   <li>{@link org.convlab.lesson.Segment.StepBlock}: the lab {@code labNumber} in a new
 *       {@link org.convlab.lesson.lab.LabState} (parameters already accumulated; the current
 *       output cell {@code at()} and trace step {@code traceStep()}; {@link
 *       org.convlab.lesson.lab.Highlights} per grid), and a caption.</li>
 *   <li>{@link org.convlab.lesson.Segment.ExerciseBlock}: an {@link
 *       org.convlab.lesson.exercise.Exercise}.</li>
 *   <li>{@link org.convlab.lesson.Segment.Broken}: a block with problems, to be shown in place
 *       (its list may be empty when it only depends on a broken lab above).</li>
 * </ul>
 * A {@link org.convlab.lesson.lab.LabState#spec()} is an {@link org.convlab.explain.LabSpec}:
 * the lab views take it as it is, and its {@code ConvSetup}/{@code PoolSetup} give the traces.
 *
 * <h2>Exercises</h2>
 * {@link org.convlab.lesson.exercise.Exercise#instantiate(String)} with the student id from
 * {@link org.convlab.lesson.progress.ProgressStore#studentId()} gives that student's
 * {@link org.convlab.lesson.exercise.ExerciseInstance}: the prompt with their numbers, the lab
 * setup to show ({@code lab()}), what to ask for ({@code expectsNumber()}, {@code
 * expectsGrid()} with {@code gridRows()} × {@code gridColumns()}, {@code expectsChoice()} with
 * {@code options()}), hints ({@code hintsAfter(wrongAnswers)}), and for predictions the
 * {@code reveal()} state. Answers go to {@link org.convlab.lesson.exercise.ExerciseChecker}
 * ({@code checkNumber}, {@code checkGrid}, {@code checkChoice}), which returns {@link
 * org.convlab.lesson.exercise.Feedback}: right, wrong or unreadable, a message, per-cell results
 * for grids with the trace step of each wrong cell, an {@link
 * org.convlab.lesson.exercise.Explanation} of the right value, the author's note on a picked
 * option, and the state a prediction reveals. Record it with {@link
 * org.convlab.lesson.progress.ProgressStore#recordAnswer}.
 *
 * <h2>Progress and reloading</h2>
 * {@link org.convlab.lesson.progress.ProgressStore#forUser()}, then {@code load()} (a message
 * when the file was damaged and set aside), {@code stepSeen}, {@code recordAnswer}, {@code
 * reset(lessonId)}; {@link org.convlab.lesson.progress.Progress#lesson(String)} tells where the
 * student was. {@link org.convlab.lesson.LessonWatcher#start} calls back (on its own thread)
 * within about half a second of a save; reparse and go to {@link
 * org.convlab.lesson.Lesson#stepAfterReload(int)}.
 *
 * <h2>Inside</h2>
 * {@code source}: positions, problems, limits and the safe YAML reader; {@code text}: Markdown
 * and math; {@code lab}: lab states, cells and highlights; {@code exercise}: exercises,
 * parameters, expressions, answers and checking; {@code progress}: the progress store.
 */
package org.convlab.lesson;
