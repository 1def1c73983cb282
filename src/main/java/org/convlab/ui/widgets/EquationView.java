package org.convlab.ui.widgets;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Shows arithmetic as lines of styled parts that wrap to the width available; it only lays out
 * text it is given (built from a trace by {@link ConvArithmetic} or a lab's own builder), it
 * computes nothing. Each line has a caption ("channel 0") and parts; a part's style is one of
 * the STYLE_ constants. Node id of the result line: "equation-result".
 */
public final class EquationView {
    public static final String STYLE_CLASS = "equation-view";
    /** A number read from the input or kernel. */
    public static final String VALUE = "eq-value";
    /** A sum or product the trace computed. */
    public static final String SUM = "eq-sum";
    /** An operator or punctuation. */
    public static final String OP = "eq-op";
    /** A padding term (reads 0, skipped). */
    public static final String PAD = "eq-pad";
    /** The final value. */
    public static final String RESULT = "eq-result";

    /** A run of text in one style. */
    public record Part(String text, String style) {
    }

    /** One line: a caption and its parts; {@code result} lines are drawn larger. */
    public record Line(String caption, List<Part> parts, boolean result) {
        /** All the parts' text, as a test or a screen reader would read the line. */
        public String text() {
            StringBuilder b = new StringBuilder();
            for (Part p : parts) {
                b.append(p.text());
            }
            return b.toString();
        }
    }

    private final VBox root = new VBox();
    private final Label title = new Label();
    private final VBox lines = new VBox();
    private List<Line> shown;

    public EquationView() {
        root.getStyleClass().add(STYLE_CLASS);
        root.getStylesheets().add(CanvasRegion.STYLESHEET);
        title.getStyleClass().add("eq-title");
        title.setWrapText(true);
        lines.getStyleClass().add("eq-lines");
        root.getChildren().addAll(title, lines);
    }

    public Node view() {
        return root;
    }

    /**
     * Shows a heading and lines, replacing what was shown. When the lines have the same shape as
     * before (the next step of the same setup), the existing text nodes only get new text, which
     * keeps stepping cheap: no new nodes to style.
     */
    public void show(String heading, List<Line> content) {
        title.setText(heading);
        if (sameShape(content)) {
            for (int i = 0; i < content.size(); i++) {
                TextFlow flow = (TextFlow) lines.getChildren().get(i);
                Line line = content.get(i);
                int offset = hasCaption(line) ? 1 : 0;
                if (offset == 1) {
                    ((Text) flow.getChildren().getFirst()).setText(line.caption() + "  ");
                }
                List<Part> parts = drawn(line);
                for (int j = 0; j < parts.size(); j++) {
                    Text t = (Text) flow.getChildren().get(j + offset);
                    Part p = parts.get(j);
                    t.setText(p.text());
                    String style = p.style() == null ? OP : p.style();
                    if (!t.getStyleClass().get(1).equals(style)) {
                        t.getStyleClass().set(1, style);
                    }
                }
                flow.setAccessibleText((line.caption() == null ? "" : line.caption() + " ") + line.text());
            }
            shown = content;
            return;
        }
        lines.getChildren().clear();
        for (Line line : content) {
            TextFlow flow = new TextFlow();
            flow.getStyleClass().add(line.result() ? "eq-line-result" : "eq-line");
            if (line.result()) {
                flow.setId("equation-result");
            }
            if (hasCaption(line)) {
                flow.getChildren().add(text(line.caption() + "  ", "eq-caption"));
            }
            for (Part p : drawn(line)) {
                flow.getChildren().add(text(p.text(), p.style()));
            }
            flow.setAccessibleText((line.caption() == null ? "" : line.caption() + " ") + line.text());
            lines.getChildren().add(flow);
        }
        shown = content;
    }

    /**
     * The parts that get a Text node: an empty Text makes the TextFlow draw the next run's first
     * glyph in the empty run's style, so empty parts are left out.
     */
    private static List<Part> drawn(Line line) {
        return line.parts().stream().filter(p -> !p.text().isEmpty()).toList();
    }

    private static boolean hasCaption(Line line) {
        return line.caption() != null && !line.caption().isEmpty();
    }

    private boolean sameShape(List<Line> content) {
        if (shown == null || shown.size() != content.size() || lines.getChildren().size() != content.size()) {
            return false;
        }
        for (int i = 0; i < content.size(); i++) {
            Line a = shown.get(i);
            Line b = content.get(i);
            if (a.result() != b.result() || hasCaption(a) != hasCaption(b) || drawn(a).size() != drawn(b).size()) {
                return false;
            }
        }
        return true;
    }

    /** Shows only a hint (nothing chosen yet). */
    public void showHint(String heading, String hint) {
        title.setText(heading);
        Label l = new Label(hint);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add("eq-hint");
        lines.getChildren().setAll(l);
        shown = null;
    }

    /** The shown lines' text, one string per line, captions included (for tests). */
    public List<String> lineTexts() {
        return lines.getChildren().stream().map(n -> n instanceof TextFlow f
                ? f.getChildren().stream().map(t -> ((Text) t).getText()).reduce("", String::concat)
                : ((Label) n).getText()).toList();
    }

    public String heading() {
        return title.getText();
    }

    private static Text text(String s, String style) {
        Text t = new Text(s);
        t.getStyleClass().addAll("eq-text", style == null ? OP : style);
        return t;
    }
}
