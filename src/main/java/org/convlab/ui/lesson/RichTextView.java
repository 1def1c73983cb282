package org.convlab.ui.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.convlab.lesson.text.Block;
import org.convlab.lesson.text.Inline;
import org.convlab.lesson.text.RichText;

/**
 * Turns a lesson's {@link RichText} (narrative, captions, prompts, hints) into JavaFX nodes:
 * headings and paragraphs as TextFlows of styled Text runs with {@link MathView}s on the
 * baseline, display math centred and shrunk to fit, lists, quotes, tables, code, images and
 * rules. It only lays out what the lesson model holds; styles are in lesson.css (class names
 * in {@link LessonStyles}). Links are shown with their address and handed to {@code openLink}
 * when clicked; nothing is fetched.
 */
public final class RichTextView {
    private final Consumer<String> openLink;

    public RichTextView(Consumer<String> openLink) {
        this.openLink = openLink;
    }

    /** The blocks of {@code text} in a VBox (style class {@link LessonStyles#RICH_TEXT}). */
    public VBox render(RichText text) {
        VBox box = new VBox();
        box.getStyleClass().add(LessonStyles.RICH_TEXT);
        box.setFillWidth(true);
        for (Block b : text.blocks()) {
            box.getChildren().add(block(b));
        }
        return box;
    }

    /** One paragraph's worth of inlines as a TextFlow (for short texts such as options). */
    public TextFlow inline(List<Inline> content, String styleClass) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(styleClass);
        addInlines(flow, content, List.of());
        return flow;
    }

    private Node block(Block b) {
        return switch (b) {
            case Block.Heading h -> {
                TextFlow f = inline(h.content(), LessonStyles.HEADING + Math.min(3, h.level()));
                f.getStyleClass().add(LessonStyles.HEADING);
                yield f;
            }
            case Block.Paragraph p -> paragraph(p.content());
            case Block.MathBlock m -> mathBlock(m.tex());
            case Block.CodeBlock c -> {
                Label code = new Label(c.code().stripTrailing());
                code.setWrapText(true);
                code.setMinHeight(Region.USE_PREF_SIZE);
                code.setMaxWidth(Double.MAX_VALUE);
                code.getStyleClass().add(LessonStyles.CODE_BLOCK);
                yield code;
            }
            case Block.BulletList l -> list(l.items(), -1);
            case Block.OrderedList l -> list(l.items(), l.start());
            case Block.Quote q -> {
                VBox quote = new VBox();
                quote.getStyleClass().add(LessonStyles.QUOTE);
                q.blocks().forEach(x -> quote.getChildren().add(block(x)));
                yield quote;
            }
            case Block.Table t -> table(t);
            case Block.Rule r -> new Separator();
        };
    }

    private Node paragraph(List<Inline> content) {
        if (content.size() == 1 && content.getFirst() instanceof Inline.Image img) {
            return figure(img);
        }
        return inline(content, LessonStyles.PARAGRAPH);
    }

    private static Node mathBlock(String tex) {
        MathView math = new MathView(tex, true);
        StackPane box = new StackPane(math);
        box.getStyleClass().add(LessonStyles.MATH_BLOCK);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private Node list(List<List<Block>> items, int start) {
        VBox list = new VBox();
        list.getStyleClass().add(LessonStyles.LIST);
        int n = start;
        for (List<Block> item : items) {
            Label mark = new Label(start < 0 ? "•" : n++ + ".");
            mark.getStyleClass().add(LessonStyles.LIST_MARK);
            mark.setMinWidth(Region.USE_PREF_SIZE);
            VBox body = new VBox();
            body.getStyleClass().add(LessonStyles.LIST_ITEM);
            item.forEach(x -> body.getChildren().add(block(x)));
            HBox.setHgrow(body, Priority.ALWAYS);
            HBox row = new HBox(mark, body);
            row.setAlignment(Pos.TOP_LEFT);
            list.getChildren().add(row);
        }
        return list;
    }

    private Node table(Block.Table t) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add(LessonStyles.TABLE);
        for (int c = 0; c < t.alignments().size(); c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHalignment(switch (t.alignments().get(c)) {
                case CENTER -> HPos.CENTER;
                case RIGHT -> HPos.RIGHT;
                default -> HPos.LEFT;
            });
            cc.setHgrow(Priority.SOMETIMES);
            grid.getColumnConstraints().add(cc);
        }
        for (int c = 0; c < t.header().size(); c++) {
            grid.add(cell(t.header().get(c), LessonStyles.TABLE_HEADER), c, 0);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            List<List<Inline>> row = t.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                grid.add(cell(row.get(c), LessonStyles.TABLE_CELL), c, r + 1);
            }
        }
        // cells keep their words whole; a table wider than the column scrolls sideways
        return Sideways.of(grid, false);
    }

    private TextFlow cell(List<Inline> content, String style) {
        TextFlow cell = inline(content, style);
        cell.setMinWidth(Region.USE_PREF_SIZE);
        GridPane.setValignment(cell, javafx.geometry.VPos.BASELINE); // text and formulas on one line
        return cell;
    }

    private static Node figure(Inline.Image img) {
        ImageView view = new ImageView(new Image(img.file().toUri().toString(), false));
        view.setPreserveRatio(true);
        view.setSmooth(true);
        StackPane box = new StackPane(view);
        box.getStyleClass().add(LessonStyles.FIGURE);
        box.setMinWidth(0);
        // never wider than the image itself, nor than the column
        box.widthProperty().addListener((o, a, w) -> view.setFitWidth(
                Math.min(view.getImage().getWidth(), Math.max(1, w.doubleValue() - box.snappedLeftInset() - box.snappedRightInset()))));
        view.setFitWidth(view.getImage().getWidth());
        view.setAccessibleText(img.alt());
        VBox fig = new VBox(box);
        fig.setAlignment(Pos.CENTER);
        String caption = img.title() != null && !img.title().isBlank() ? img.title() : img.alt();
        if (caption != null && !caption.isBlank()) {
            Label l = new Label(caption);
            l.setWrapText(true);
            l.getStyleClass().add(LessonStyles.FIGURE_CAPTION);
            fig.getChildren().add(l);
        }
        return fig;
    }

    private void addInlines(TextFlow flow, List<Inline> content, List<String> styles) {
        for (Inline x : content) {
            switch (x) {
                case Inline.Text t -> flow.getChildren().add(text(t.text(), styles));
                case Inline.Emphasis e -> addInlines(flow, e.content(), with(styles, LessonStyles.EMPHASIS));
                case Inline.Strong s -> addInlines(flow, s.content(), with(styles, LessonStyles.STRONG));
                case Inline.Code c -> flow.getChildren().add(text(c.code(), with(styles, LessonStyles.CODE)));
                case Inline.Math m -> flow.getChildren().add(new MathView(m.tex(), m.display()));
                case Inline.Link l -> {
                    int from = flow.getChildren().size();
                    addInlines(flow, l.content(), with(styles, LessonStyles.LINK));
                    for (Node n : flow.getChildren().subList(from, flow.getChildren().size())) {
                        n.setCursor(Cursor.HAND);
                        n.setOnMouseClicked(e -> openLink.accept(l.url()));
                        if (n instanceof Text t) {
                            Tooltip.install(t, new Tooltip(l.url()));
                        }
                    }
                }
                case Inline.Image i -> {
                    ImageView v = new ImageView(new Image(i.file().toUri().toString(), false));
                    v.setPreserveRatio(true);
                    v.setFitHeight(Math.min(v.getImage().getHeight(), 48));
                    v.setAccessibleText(i.alt());
                    flow.getChildren().add(v);
                }
                case Inline.LineBreak br -> flow.getChildren().add(text(br.hard() ? "\n" : " ", styles));
            }
        }
    }

    private static Text text(String s, List<String> styles) {
        Text t = new Text(s);
        t.getStyleClass().add(LessonStyles.TEXT);
        t.getStyleClass().addAll(styles);
        return t;
    }

    private static List<String> with(List<String> styles, String style) {
        List<String> out = new ArrayList<>(styles);
        out.add(style);
        return out;
    }
}
