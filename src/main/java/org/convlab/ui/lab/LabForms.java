package org.convlab.ui.lab;

import java.util.Collection;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.convlab.explain.PaddingMode;
import org.convlab.explain.Presets;
import org.convlab.ui.widgets.Icons;

/**
 * The pieces the labs' control columns are made of, so every lab's controls look and behave the
 * same: whole-number spinners that cannot be typed into a bad state, labelled rows, headings, and
 * a guard that keeps a control the model sets from echoing the change back to the model.
 */
public final class LabForms {
    private LabForms() {
    }

    /** A label and the control it names, one row of a {@link #grid}. */
    public record Row(String label, Node control) {
    }

    /**
     * Mutes the controls' actions while they show the model's state: a spinner the model sets must
     * not send its new value back as a change of its own.
     */
    public static final class Echo {
        private boolean muted;

        /** Runs {@code action} unless the controls are being set from the model. */
        public void act(Runnable action) {
            if (!muted) {
                action.run();
            }
        }

        /** Calls {@code action} with each new value the student gives {@code s}. */
        public void onChange(Spinner<Integer> s, IntConsumer action) {
            s.valueProperty().addListener((o, a, b) -> act(() -> action.accept(b)));
        }

        /** Calls {@code action} with each preset the student picks from {@code menu}. */
        public void onChoice(ComboBox<String> menu, Consumer<String> action) {
            menu.valueProperty().addListener((o, a, id) -> act(() -> {
                if (id != null) {
                    action.accept(id);
                }
            }));
        }

        /** Runs {@code show} with the actions muted (calls may nest). */
        public void muted(Runnable show) {
            boolean was = muted;
            muted = true;
            try {
                show.run();
            } finally {
                muted = was;
            }
        }
    }

    /**
     * An editable whole-number spinner. Only digits can be typed (so no text can fail to parse
     * when it is committed); an empty field goes back to the value it had.
     */
    public static Spinner<Integer> spinner(String id, int min, int max) {
        Spinner<Integer> s = new Spinner<>(min, max, min);
        s.setId(id);
        s.setEditable(true);
        s.getStyleClass().add(LabStyles.SPINNER);
        SpinnerValueFactory<Integer> f = s.getValueFactory();
        f.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer v) {
                return v == null ? "" : v.toString();
            }

            @Override
            public Integer fromString(String text) {
                String t = text == null ? "" : text.strip();
                return t.isEmpty() ? f.getValue() : Integer.valueOf(t);
            }
        });
        s.getEditor().setTextFormatter(new TextFormatter<String>(change ->
                change.getControlNewText().matches("\\d{0,4}") ? change : null));
        return s;
    }

    /** A menu of presets, shown by their labels, as wide as its column. */
    public static ComboBox<String> presetMenu(String id, Collection<String> presets) {
        ComboBox<String> menu = new ComboBox<>();
        menu.setId(id);
        menu.getItems().addAll(presets);
        menu.setConverter(presetLabels());
        menu.setMaxWidth(Double.MAX_VALUE);
        return menu;
    }

    /**
     * Shows where the numbers came from: the preset's name when it is one of the menu's, else
     * an empty menu with {@code other} ("edited", a photo) as its prompt.
     */
    public static void showPreset(ComboBox<String> menu, String source, String other) {
        menu.setValue(menu.getItems().contains(source) ? source : null);
        menu.setPromptText(other);
    }

    /** A menu of padding modes, shown by their ids ("valid", "same", …). */
    public static ComboBox<PaddingMode> paddingMenu(PaddingMode... modes) {
        ComboBox<PaddingMode> menu = new ComboBox<>();
        menu.setId("padding-mode");
        menu.getItems().addAll(modes);
        menu.setConverter(new StringConverter<>() {
            @Override
            public String toString(PaddingMode m) {
                return m == null ? "" : m.id();
            }

            @Override
            public PaddingMode fromString(String s) {
                return PaddingMode.valueOf(s.toUpperCase(Locale.ROOT));
            }
        });
        menu.setMaxWidth(Double.MAX_VALUE);
        return menu;
    }

    /** The "Random" button that draws new input numbers. */
    public static Button randomButton(String tip, Runnable action) {
        Button random = Icons.on(new Button("Random"), "mdi2d-dice-multiple");
        random.setId("random-input");
        random.setTooltip(new Tooltip(tip));
        random.setOnAction(e -> action.run());
        return random;
    }

    /** Sets a spinner's value (out-of-range values are taken to the nearest end by the spinner). */
    public static void set(Spinner<Integer> s, int v) {
        s.getValueFactory().setValue(v);
    }

    /** Shows preset ids in a menu by their labels ("sobel_x" as "Sobel x"). */
    public static StringConverter<String> presetLabels() {
        return new StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? "" : Presets.label(id);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        };
    }

    public static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(LabStyles.SECTION_TITLE);
        return l;
    }

    public static Row row(String label, Node control) {
        return new Row(label, control);
    }

    /** A two-column grid of labelled controls. */
    public static GridPane grid(Row... rows) {
        GridPane g = new GridPane();
        g.getStyleClass().add(LabStyles.CONTROL_GRID);
        addRows(g, rows);
        return g;
    }

    /** Adds labelled rows to a grid; the labels keep their width, the controls give way. */
    public static void addRows(GridPane g, Row... rows) {
        for (int i = 0; i < rows.length; i++) {
            Label l = new Label(rows[i].label());
            l.getStyleClass().add(LabStyles.CONTROL_LABEL);
            l.setMinWidth(Region.USE_PREF_SIZE);
            g.addRow(i, l, rows[i].control());
        }
    }

    /** Two controls side by side (height and width, say). */
    public static Node pair(Node a, Node b) {
        HBox box = new HBox(a, b);
        box.getStyleClass().add(LabStyles.CONTROL_PAIR);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** A row of buttons. */
    public static Node buttons(Node... nodes) {
        HBox box = new HBox(nodes);
        box.getStyleClass().add(LabStyles.CONTROL_PAIR);
        return box;
    }
}
