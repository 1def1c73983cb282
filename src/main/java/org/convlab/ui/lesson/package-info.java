/**
 * The lesson player: renders the {@code org.convlab.lesson} model (it parses and computes
 * nothing itself) as pages of the shell.
 *
 * <h2>Pieces</h2>
 * <ul>
 * <li>{@link org.convlab.ui.lesson.LessonCatalog}: one shell page per lesson folder, parsed in the
 *     background, titled from the front matter and marked with the student's
 *     {@link org.convlab.ui.lesson.ProgressMark} ("3/9", "⚠" for problems); "Reload lessons".</li>
 * <li>{@link org.convlab.ui.lesson.LessonPlayer}: a page. The {@code StepBar} across the top
 *     (previous, next, "Step 3 of 12", the caption); below it the text column
 *     ({@code NarrativeView}: {@code LessonHeader}, narrative, lab and step cards, exercises,
 *     problems in place) beside the stage ({@link org.convlab.ui.lesson.LabStage}: real
 *     {@code Lab} instances moved to each {@link org.convlab.ui.lesson.StageTarget}); from
 *     {@code PlayerLayout.SIDE_BY_SIDE_EM} em down they take turns. Page Up/Down and Ctrl+←/→
 *     step; the file is watched while the page is shown and reloads at the same step.</li>
 * <li>{@link org.convlab.ui.lesson.LessonPlayerModel} and {@link org.convlab.ui.lesson.ExerciseModel}:
 *     the state without nodes (current step, what the stage shows, progress; an exercise's
 *     version for this student, attempts, hints, feedback).</li>
 * <li>{@code ExerciseView}: an exercise card; {@code AnswerGrid} (an editable TensorGrid with
 *     ✓/✗ marks), {@code SetupPreview} (input and kernel without the output),
 *     {@code ExplanationLines} (a trace step, a rule or an expression as EquationView lines).</li>
 * <li>{@link org.convlab.ui.lesson.RichTextView} and {@link org.convlab.ui.lesson.MathView}: Markdown
 *     blocks and inlines as TextFlows, LaTeX drawn by {@link org.convlab.ui.lesson.MathRenderer}
 *     (jlatexmath, cached by formula, size and colour, warmed up off the FX thread; file, font
 *     and macro commands refused) in the text's colour and size.</li>
 * </ul>
 * Styles: lesson.css, class names in {@link org.convlab.ui.lesson.LessonStyles}.
 */
package org.convlab.ui.lesson;
