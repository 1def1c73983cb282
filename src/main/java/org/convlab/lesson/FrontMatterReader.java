package org.convlab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.convlab.lesson.source.Limits;
import org.convlab.lesson.source.MapReader;
import org.convlab.lesson.source.Pos;
import org.convlab.lesson.source.Problems;
import org.convlab.lesson.source.YamlNode;
import org.convlab.lesson.source.YamlReader;
import org.convlab.lesson.text.MarkdownReader;
import org.convlab.lesson.text.RichText;

/**
 * Splits the YAML front matter (between the first two {@code ---} lines) from the Markdown body
 * and reads it. commonmark's front-matter extension is not available, and splitting by hand keeps
 * line numbers exact.
 */
final class FrontMatterReader {
    static final List<String> FIELDS = List.of("format", "id", "title", "minutes", "objectives");

    /** The header (with stand-ins for what was missing) and the 0-based line where the body starts. */
    record Result(FrontMatter meta, int bodyStart, Pos idPos) {
    }

    private final Problems problems;
    private final MarkdownReader markdown;

    FrontMatterReader(Problems problems, MarkdownReader markdown) {
        this.problems = problems;
        this.markdown = markdown;
    }

    Result read(List<String> lines, String fallbackId) {
        FrontMatter fallback = new FrontMatter(FrontMatter.FORMAT, fallbackId, fallbackId, 0, List.of());
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            problems.add(Pos.START, "a lesson starts with front matter between `---` lines: format: " + FrontMatter.FORMAT
                    + ", then id, title, minutes and objectives");
            return new Result(fallback, 0, Pos.START);
        }
        int end = -1;
        for (int i = 1; i < lines.size(); i++) {
            String l = lines.get(i).stripTrailing();
            if (l.equals("---") || l.equals("...")) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            problems.add(Pos.START, "the front matter is not closed: add a `---` line after it");
            return new Result(fallback, lines.size(), Pos.START);
        }
        String yaml = String.join("\n", lines.subList(1, end));
        YamlNode root = new YamlReader(problems, 2, 0).read(yaml);
        if (root == null && problems.isEmpty()) {
            problems.add(new Pos(2, 1), "the front matter is empty: it needs format, id, title, minutes and objectives");
        }
        if (root == null) {
            return new Result(fallback, end + 1, Pos.START);
        }
        MapReader r = MapReader.of(root, new Pos(2, 1), problems, "the front matter");
        r.allowOnly(FIELDS);
        format(r);
        String id = r.text("id", true, Limits.MAX_ID_CHARS);
        if (id != null && !id.matches("[a-z0-9][a-z0-9-]*")) {
            r.bad("id", "must be lowercase letters, digits and - (it keys the student's saved progress)");
            id = null;
        }
        String title = r.text("title", true, Limits.MAX_TITLE_CHARS);
        Integer minutes = r.integer("minutes", true, 1, Limits.MAX_MINUTES);
        List<String> objectives = r.texts("objectives", true, Limits.MAX_OBJECTIVES, Limits.MAX_OBJECTIVE_CHARS);
        List<RichText> rich = new ArrayList<>();
        if (objectives != null) {
            for (String o : objectives) {
                rich.add(markdown.read(o, r.pos("objectives")));
            }
        }
        String finalId = id == null ? fallbackId : id;
        FrontMatter meta = new FrontMatter(FrontMatter.FORMAT, finalId, title == null ? finalId : title,
                minutes == null ? 0 : minutes, rich);
        return new Result(meta, end + 1, r.pos("id"));
    }

    private void format(MapReader r) {
        String f = r.text("format", true, 40);
        if (f == null || f.equals(FrontMatter.FORMAT)) {
            return;
        }
        if (f.toLowerCase(Locale.ROOT).startsWith("convlab-lesson/")) {
            r.bad("format", "is `" + f + "`, but this ConvLab reads `" + FrontMatter.FORMAT
                    + "`: the lesson is for another version of ConvLab");
        } else {
            r.bad("format", "must be `" + FrontMatter.FORMAT + "`, not `" + f + "`");
        }
    }
}
