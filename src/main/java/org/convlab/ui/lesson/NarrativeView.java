package org.convlab.ui.lesson;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.convlab.lesson.Lesson;
import org.convlab.lesson.ParseResult;
import org.convlab.lesson.Segment;
import org.convlab.lesson.source.Problem;
import org.convlab.ui.widgets.Icons;

/**
 * The lesson's text column: the header (time, objectives, progress, reset), problems the file
 * has, then every segment in reading order: narrative, a card per lab block ("Show in the lab"),
 * a card per step (click to go there; the current one is marked), the exercises, and blocks that
 * could not be read, with their problems where they stand. Rebuilt on each reload, keeping the
 * scroll position.
 */
final class NarrativeView {
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass(LessonStyles.CURRENT);
    private static final Map<String, String> LAB_NAMES = Map.of("conv1d", "1D convolution", "conv2d", "2D convolution",
            "pool", "Pooling");

    private final LessonPlayerModel model;
    private final RichTextView rich;
    private final ExerciseView.Host host;
    private final Consumer<String> trouble;
    private final LessonHeader header;
    private final VBox body = new VBox();
    private final ScrollPane scroll = new ScrollPane(body);
    private final Map<Integer, Node> stepCards = new HashMap<>();
    private final Map<String, Node> labCards = new HashMap<>();
    private final Map<String, ExerciseView> exercises = new LinkedHashMap<>();

    NarrativeView(LessonPlayerModel model, RichTextView rich, ExerciseView.Host host, Consumer<String> trouble,
                  LessonHeader header) {
        this.model = model;
        this.rich = rich;
        this.host = host;
        this.trouble = trouble;
        this.header = header;
        body.getStyleClass().add(LessonStyles.NARRATIVE_BODY);
        body.setFillWidth(true);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add(LessonStyles.NARRATIVE);
        scroll.setId("lesson-narrative");
        model.stepProperty().addListener((o, a, b) -> markCurrent());
        model.targetProperty().addListener((o, a, b) -> markCurrent());
    }

    ScrollPane view() {
        return scroll;
    }

    Map<String, ExerciseView> exercises() {
        return exercises;
    }

    /** Builds the column for a (re)parsed lesson. */
    void render(ParseResult r) {
        double v = scroll.getVvalue();
        stepCards.clear();
        labCards.clear();
        exercises.clear();
        List<Node> nodes = new ArrayList<>();
        Lesson lesson = r.lesson();
        if (lesson == null) {
            nodes.add(ProblemList.of("This lesson cannot be read", r.problems()));
            body.getChildren().setAll(nodes);
            return;
        }
        nodes.add(header.view());
        header.show(lesson);
        Node summary = problemSummary(r);
        if (summary != null) {
            nodes.add(summary);
        }
        for (Segment s : lesson.segments()) {
            nodes.add(segment(s));
        }
        body.getChildren().setAll(nodes);
        markCurrent();
        scroll.layout();
        scroll.setVvalue(v);
    }

    private Node problemSummary(ParseResult r) {
        if (r.problems().isEmpty()) {
            return null;
        }
        Set<Problem> inPlace = new java.util.HashSet<>();
        for (Segment s : r.lesson().segments()) {
            if (s instanceof Segment.Broken b) {
                inPlace.addAll(b.problems());
            }
        }
        List<Problem> rest = r.problems().stream().filter(p -> !inPlace.contains(p)).toList();
        int n = r.problems().size();
        String count = "This lesson has " + n + (n == 1 ? " problem" : " problems");
        String heading = inPlace.isEmpty() ? count
                : rest.isEmpty() ? count + ", shown below where " + (n == 1 ? "it is" : "they are")
                : count + "; " + inPlace.size() + " of them " + (inPlace.size() == 1 ? "is" : "are") + " shown below where they are";
        VBox box = ProblemList.of(heading, rest);
        box.setId("lesson-problems");
        return box;
    }

    private Node segment(Segment s) {
        return switch (s) {
            case Segment.Narrative n -> {
                VBox text = rich.render(n.text());
                text.getStyleClass().add(LessonStyles.SEGMENT);
                yield text;
            }
            case Segment.LabBlock lab -> labCard(lab);
            case Segment.StepBlock step -> stepCard(step);
            case Segment.ExerciseBlock ex -> {
                ExerciseModel m = new ExerciseModel(model.lesson(), ex.exercise(), model.store(), trouble, model::progressChanged);
                ExerciseView v = new ExerciseView(m, rich, host);
                exercises.put(ex.exercise().id(), v);
                yield v.view();
            }
            case Segment.Broken b -> {
                String what = switch (b.kind()) {
                    case "lab", "step", "exercise" -> "This " + b.kind() + " block (line " + b.line() + ") cannot be used";
                    default -> "The block at line " + b.line() + " cannot be used";
                };
                VBox box = b.problems().isEmpty()
                        ? ProblemList.of(what + ": it depends on a lab above that has problems", List.of(), false)
                        : ProblemList.of(what, b.problems(), false);
                box.getStyleClass().add(LessonStyles.SEGMENT);
                yield box;
            }
        };
    }

    private Node labCard(Segment.LabBlock lab) {
        String name = LAB_NAMES.getOrDefault(lab.lab(), lab.lab());
        Label title = Icons.on(new Label("Lab " + (lab.number() + 1) + " · " + name), "mdi2f-flask-outline");
        title.getStyleClass().add(LessonStyles.CARD_TITLE);
        title.setWrapText(true);
        int steps = model.lesson().stepsOf(lab.number()).size();
        Label about = new Label((steps == 0 ? "No steps: explore it freely." : steps + (steps == 1 ? " step" : " steps")
                + " below move it.") + (lab.locked().isEmpty() ? "" : " Fixed here: " + String.join(", ", new java.util.TreeSet<>(lab.locked())) + "."));
        about.setWrapText(true);
        about.setMinHeight(Region.USE_PREF_SIZE);
        about.getStyleClass().add("muted");
        Button show = Icons.on(new Button("Show in the lab"), "mdi2a-arrow-right-bold-outline");
        show.setOnAction(e -> model.showLabStart(lab.number()));
        show.getStyleClass().add("show-lab");
        VBox card = new VBox(title, about, show);
        card.getStyleClass().addAll(LessonStyles.SEGMENT, LessonStyles.LAB_CARD);
        card.setId("lab-card-" + lab.number());
        labCards.put(StageTarget.labKey(lab.number()), card);
        return card;
    }

    private Node stepCard(Segment.StepBlock step) {
        Label title = Icons.on(new Label("Step " + (step.number() + 1)), "mdi2s-shoe-print");
        title.getStyleClass().add(LessonStyles.CARD_TITLE);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label go = new Label("show ›");
        go.getStyleClass().add("muted");
        HBox top = new HBox(title, grow, go);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(top);
        if (!step.caption().isEmpty()) {
            card.getChildren().add(rich.render(step.caption()));
        } else {
            card.getChildren().add(rich.render(LessonPlayerModel.plain("(no caption)")));
        }
        card.getStyleClass().addAll(LessonStyles.SEGMENT, LessonStyles.STEP_CARD);
        card.setId("step-card-" + step.number());
        card.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> model.goTo(step.number()));
        stepCards.put(step.number(), card);
        return card;
    }

    private void markCurrent() {
        StageTarget t = model.targetProperty().get();
        int current = t != null && t.step() >= 0 ? t.step() : Integer.MIN_VALUE;
        stepCards.forEach((n, card) -> card.pseudoClassStateChanged(CURRENT, n == current));
        labCards.forEach((key, card) -> card.pseudoClassStateChanged(CURRENT, t != null && t.step() < 0 && key.equals(t.key())));
    }

    /** Scrolls so the current step's card is in view (a quarter down from the top), if it is not. */
    void revealStep(int n) {
        reveal(stepCards.get(n));
    }

    /**
     * Scrolls as little as possible so everything from {@code from} down to {@code to} is in view,
     * or as much of it as fits with its top still showing.
     */
    void bringIntoView(Node from, Node to) {
        if (from == null || to == null || scroll.getScene() == null) {
            return;
        }
        scroll.applyCss();
        scroll.layout();
        Bounds a = body.sceneToLocal(from.localToScene(from.getBoundsInLocal()));
        Bounds z = body.sceneToLocal(to.localToScene(to.getBoundsInLocal()));
        Bounds b = new javafx.geometry.BoundingBox(0, Math.min(a.getMinY(), z.getMinY()), 1,
                Math.max(a.getMaxY(), z.getMaxY()) - Math.min(a.getMinY(), z.getMinY()));
        double contentH = body.getHeight();
        double viewH = scroll.getViewportBounds().getHeight();
        if (contentH <= viewH) {
            return;
        }
        double top = scroll.getVvalue() * (contentH - viewH);
        double want = top;
        if (b.getMaxY() > top + viewH) {
            want = Math.min(b.getMinY(), b.getMaxY() - viewH);
        } else if (b.getMinY() < top) {
            want = b.getMinY();
        }
        if (want != top) {
            scroll.setVvalue(Math.max(0, Math.min(1, want / (contentH - viewH))));
        }
    }

    /** Scrolls so {@code node} (inside the column) is in view, a quarter down from the top, if it is not. */
    void reveal(Node card) {
        if (card == null || scroll.getScene() == null) {
            return;
        }
        // twice: laying out at the new place can change heights (text wraps, grids flow), and so the place
        for (int pass = 0; pass < 2; pass++) {
            scroll.applyCss();
            scroll.layout();
            Bounds inBody = body.sceneToLocal(card.localToScene(card.getBoundsInLocal()));
            double contentH = body.getHeight();
            double viewH = scroll.getViewportBounds().getHeight();
            if (contentH <= viewH) {
                return;
            }
            double top = scroll.getVvalue() * (contentH - viewH);
            if (inBody.getMinY() >= top && inBody.getMaxY() <= top + viewH) {
                return;
            }
            double want = Math.max(0, inBody.getMinY() - viewH * 0.25);
            scroll.setVvalue(Math.min(1, want / (contentH - viewH)));
        }
    }

    static String labName(String id) {
        return LAB_NAMES.getOrDefault(id, id);
    }
}
