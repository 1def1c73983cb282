package org.convlab.ui.lesson;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.convlab.explain.LabParamException;
import org.convlab.lesson.lab.Highlights;
import org.convlab.lesson.lab.KernelCell;
import org.convlab.lesson.lab.LabState;
import org.convlab.lesson.lab.PlaneCell;
import org.convlab.ui.Pages;
import org.convlab.ui.lab.CellRef;
import org.convlab.ui.lab.Lab;
import org.convlab.ui.widgets.ProblemBanner;
import org.convlab.ui.widgets.StepPlayerModel;

/**
 * Where the lesson's labs appear: real {@link Lab} instances, one per lab block of the page (and
 * one per exercise with a setup of its own), made when first shown and kept, so stepping back and
 * forth only moves them. Showing a {@link StageTarget} applies its state (parameters and the
 * current trace step), locks the block's controls, marks the highlighted cells, and either jumps
 * the player to the step or animates up to it (a prediction's reveal). A lab this build lacks
 * says so in place.
 */
public final class LabStage {
    /** Reveal animations take about this long in all, whatever the number of steps. */
    private static final double REVEAL_MILLIS = 2400;

    private final StackPane holder = new StackPane();
    private final Map<String, Lab> labs = new HashMap<>();
    private final ProblemBanner banner = new ProblemBanner();
    private double revealStepMillis = -1;
    private StageTarget shown;
    private Lab current;
    private ChangeListener<Number> revealStop;
    private StepPlayerModel revealPlayer;

    public LabStage() {
        holder.getStyleClass().add(LessonStyles.LAB_HOLDER);
        holder.setMinSize(0, 0);
    }

    public Node view() {
        return holder;
    }

    /** The lab instance shown now, or null. */
    public Lab current() {
        return current;
    }

    /** The lab instance under {@code key} if it was made. */
    public Lab lab(String key) {
        return labs.get(key);
    }

    public StageTarget shown() {
        return shown;
    }

    /** Milliseconds per step of reveal animations; negative: about 2.4 s in all (0 in tests: at once). */
    public void setRevealStepMillis(double ms) {
        revealStepMillis = ms;
    }

    public void show(StageTarget t) {
        stopReveal();
        shown = t;
        if (t == null) {
            current = null;
            holder.getChildren().setAll(message("This lesson has no lab."));
            return;
        }
        Lab lab = labs.computeIfAbsent(t.key(), k -> Pages.newLab(t.labId()).orElse(null));
        current = lab;
        if (lab == null) {
            holder.getChildren().setAll(message("The " + NarrativeView.labName(t.labId()).toLowerCase(java.util.Locale.ROOT) + " lab is not part of this build yet; the captions "
                    + "still tell what it would show."));
            return;
        }
        List<String> problems = new ArrayList<>();
        try {
            lab.apply(params(t.state(), t.play() ? -1 : t.state().traceStep()));
        } catch (LabParamException e) {
            problems.add("this step cannot be shown: " + e.getMessage());
        }
        Set<String> lockable = new TreeSet<>(t.locked());
        lockable.retainAll(lab.controls());
        lab.lock(lockable);
        lab.highlight(cells(t.state().highlight()));
        banner.show(problems);
        if (problems.isEmpty()) {
            holder.getChildren().setAll(lab.view());
        } else {
            holder.getChildren().setAll(lab.view(), banner.view());
            StackPane.setAlignment(banner.view(), javafx.geometry.Pos.TOP_CENTER);
        }
        if (t.play()) {
            playTo(lab.player(), t.state().traceStep());
        } else {
            lab.player().jumpTo(t.state().traceStep());
        }
    }

    /** The parameters to apply: the state's, with its current trace step. */
    static Map<String, Object> params(LabState s, int step) {
        Map<String, Object> p = new LinkedHashMap<>(s.params());
        p.put("step", step);
        return p;
    }

    /** A lesson's highlighted cells as the labs name them. */
    static List<CellRef> cells(Highlights h) {
        List<CellRef> out = new ArrayList<>();
        for (PlaneCell c : h.input()) {
            out.add(new CellRef(CellRef.INPUT, c.channel(), c.row(), c.col()));
        }
        for (KernelCell c : h.kernel()) {
            out.add(new CellRef(CellRef.KERNEL, c.filter(), c.channel(), c.row(), c.col()));
        }
        for (PlaneCell c : h.output()) {
            out.add(new CellRef(CellRef.OUTPUT, c.channel(), c.row(), c.col()));
        }
        return out;
    }

    /** Plays from the first output and stops at {@code target} (−1: plays to the end). */
    private void playTo(StepPlayerModel player, int target) {
        int count = player.count();
        if (count == 0) {
            return;
        }
        int steps = target < 0 ? count : target + 1;
        double ms = revealStepMillis >= 0 ? revealStepMillis : Math.max(16.7, Math.min(500, REVEAL_MILLIS / steps));
        player.stepMillisProperty().set(ms);
        player.overview();
        player.play();
        if (target < 0) {
            return;
        }
        if (player.index() >= target) {
            player.pause();
            player.jumpTo(target);
            return;
        }
        revealStop = (o, a, b) -> {
            if (b.intValue() >= target) {
                stopReveal();
                player.pause();
                player.jumpTo(target);
            }
        };
        revealPlayer = player;
        player.indexProperty().addListener(revealStop);
    }

    private void stopReveal() {
        if (revealStop != null) {
            revealPlayer.indexProperty().removeListener(revealStop);
        }
        revealStop = null;
        revealPlayer = null;
    }

    private static Label message(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(LessonStyles.NO_LAB);
        return l;
    }
}
