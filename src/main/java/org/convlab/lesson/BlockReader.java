package org.convlab.lesson;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.convlab.explain.LabSpec;
import org.convlab.explain.LabSpecParser;
import org.convlab.lesson.exercise.Exercise;
import org.convlab.lesson.exercise.ExerciseContext;
import org.convlab.lesson.exercise.ExerciseReader;
import org.convlab.lesson.exercise.ExerciseValidator;
import org.convlab.lesson.lab.LabState;
import org.convlab.lesson.lab.LabStateReader;
import org.convlab.lesson.source.Limits;
import org.convlab.lesson.source.MapReader;
import org.convlab.lesson.source.Pos;
import org.convlab.lesson.source.Problems;
import org.convlab.lesson.source.Suggest;
import org.convlab.lesson.source.YamlNode;
import org.convlab.lesson.text.MarkdownReader;
import org.convlab.lesson.text.RichText;

/**
 * Reads the YAML of lab, step and exercise blocks in reading order, keeping the page's current
 * lab: steps move the lab above them, and their parameter changes accumulate; an exercise
 * without its own lab is about the page lab in the state the steps left it.
 */
final class BlockReader {
    private static final Set<String> LAB_FIELDS = Set.of("locked", "invalid");
    private static final List<String> STEP_FIELDS = List.of("set", "at", "highlight", "caption", "invalid");

    /** The lab on the page: its number, name and current parameters; broken when its block had problems. */
    private record PageLab(int number, String lab, Map<String, Object> params, boolean broken) {
    }

    private final Problems problems;
    private final MarkdownReader markdown;
    private final LabStateReader labs;
    private final Path file;
    private final Path folder;
    private final Path assets;
    private final String lessonId;
    private PageLab page;
    private int labBlocks;
    private int labCount;
    private int stepBlocks;
    private int stepCount;
    private int exerciseBlocks;
    private int exerciseCount;
    private final Map<String, Integer> exerciseLines = new HashMap<>();

    BlockReader(Problems problems, MarkdownReader markdown, Path file, Path folder, Path assets, String lessonId) {
        this.problems = problems;
        this.markdown = markdown;
        this.labs = new LabStateReader(problems);
        this.file = file;
        this.folder = folder;
        this.assets = assets;
        this.lessonId = lessonId;
    }

    /** A block whose YAML could not be read: a lab then leaves the page without a usable lab. */
    void failed(String kind) {
        if (kind.equals("lab")) {
            page = new PageLab(-1, null, Map.of(), true);
        }
    }

    Segment lab(String args, YamlNode yaml, Pos at) {
        int mark = problems.mark();
        page = new PageLab(-1, null, Map.of(), true);
        if (++labBlocks > Limits.MAX_LABS) {
            problems.add(at, "too many labs: a lesson may place at most " + Limits.MAX_LABS);
            return null;
        }
        List<String> names = List.of(LabSpec.CONV1D, LabSpec.CONV2D, LabSpec.POOL);
        if (!LabSpec.isLab(args)) {
            problems.add(at, (args.isEmpty() ? "name the lab after the word lab: " : "unknown lab `" + args + "`"
                    + Suggest.didYouMean(args, names) + "; labs are ") + Suggest.list(names) + " (```lab conv2d)");
            return null;
        }
        MapReader r = MapReader.of(yaml == null ? new YamlNode.MapNode(List.of(), at) : yaml, at, problems, "the lab");
        Map<String, Object> params = labs.params(args, r.map(), LAB_FIELDS);
        Set<String> locked = locked(args, r);
        Boolean invalid = r.bool("invalid");
        LabState state = labs.resolve(args, params, key -> r.has(key == null ? "" : key) ? r.pos(key) : at, at,
                null, null, Boolean.TRUE.equals(invalid));
        if (state == null || locked == null || !problems.since(mark).isEmpty()) {
            return null; // steps below are then skipped quietly: the lab's own problems say it all
        }
        page = new PageLab(labCount, args, params, false);
        return new Segment.LabBlock(at.line(), labCount++, state, locked);
    }

    private Set<String> locked(String lab, MapReader r) {
        if (!r.has("locked")) {
            return Set.of();
        }
        List<String> names = r.texts("locked", false, 32, 40);
        if (names == null) {
            return null;
        }
        Set<String> known = LabSpecParser.keys(lab);
        Set<String> out = new LinkedHashSet<>();
        YamlNode node = r.node("locked");
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            if (!known.contains(n)) {
                Pos p = node instanceof YamlNode.Seq s ? s.items().get(i).pos() : node.pos();
                problems.add(p, "`locked` names `" + n + "`, which is not a control of lab " + lab + Suggest.didYouMean(n, known)
                        + "; controls: " + Suggest.list(known));
                return null;
            }
            out.add(n);
        }
        return out;
    }

    Segment step(String args, YamlNode yaml, Pos at) {
        int mark = problems.mark();
        if (++stepBlocks > Limits.MAX_STEPS) {
            problems.add(at, "too many steps: a lesson may have at most " + Limits.MAX_STEPS);
            return null;
        }
        noArguments("step", args, at);
        if (page == null) {
            problems.add(at, "a step moves the lab above it, but there is none: place a ```lab block first");
            return null;
        }
        if (page.broken()) {
            return null; // the lab's own problems say it all
        }
        MapReader r = MapReader.of(yaml == null ? new YamlNode.MapNode(List.of(), at) : yaml, at, problems, "the step");
        r.allowOnly(STEP_FIELDS);
        Map<String, Object> params = labs.apply(page.lab(), page.params(), r.node("set"));
        YamlNode set = r.node("set");
        LabState state = labs.resolve(page.lab(), params, key -> set instanceof YamlNode.MapNode m && key != null && m.get(key) != null
                ? m.get(key).pos() : at, at, r.node("at"), r.node("highlight"), Boolean.TRUE.equals(r.bool("invalid")));
        String caption = r.text("caption", false, Limits.MAX_SHORT_TEXT_CHARS);
        RichText rich = caption == null ? RichText.EMPTY : markdown.read(caption, r.pos("caption"));
        if (state == null || !problems.since(mark).isEmpty()) {
            return null; // later steps continue from the last good state
        }
        page = new PageLab(page.number(), page.lab(), params, false);
        Map<String, Object> changes = set instanceof YamlNode.MapNode m ? m.plain() : new LinkedHashMap<>();
        return new Segment.StepBlock(at.line(), stepCount++, page.number(), java.util.Collections.unmodifiableMap(changes), state, rich);
    }

    Segment exercise(String args, YamlNode yaml, Pos at) {
        if (++exerciseBlocks > Limits.MAX_EXERCISES) {
            problems.add(at, "too many exercises: a lesson may have at most " + Limits.MAX_EXERCISES);
            return null;
        }
        noArguments("exercise", args, at);
        boolean usable = page != null && !page.broken();
        ExerciseContext ctx = new ExerciseContext(file, folder, assets, lessonId, usable ? page.lab() : null,
                usable ? page.params() : null, usable ? page.number() : -1, page != null && page.broken());
        int mark = problems.mark();
        Exercise e = new ExerciseReader(problems).read(yaml, at, ctx);
        if (e != null) {
            Integer previous = exerciseLines.putIfAbsent(e.id(), at.line());
            if (previous != null) {
                problems.add(at, "exercise id `" + e.id() + "` is used twice (also on line " + previous + "); ids must be unique");
            }
            ExerciseValidator.validate(e, problems);
        }
        if (e == null || !problems.since(mark).isEmpty()) {
            return null;
        }
        return new Segment.ExerciseBlock(at.line(), exerciseCount++, e);
    }

    private void noArguments(String kind, String args, Pos at) {
        if (!args.isEmpty()) {
            problems.add(at, "```" + kind + " takes nothing after the word " + kind + " (found `" + args + "`)");
        }
    }
}
