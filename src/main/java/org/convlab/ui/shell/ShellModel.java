package org.convlab.ui.shell;

import java.util.Optional;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.convlab.storage.Settings;
import org.convlab.ui.theme.Theme;

/** The shell's state without any nodes: theme, font size, the pages and which one is open. */
public final class ShellModel {
    public static final double FONT_STEP = 2;

    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final DoubleProperty fontSize = new SimpleDoubleProperty(Settings.DEFAULT_FONT);
    private final ObservableList<Page> pages = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Page> current = new ReadOnlyObjectWrapper<>();
    private final StringProperty notice = new SimpleStringProperty("");
    private final ObjectProperty<Runnable> reloadLessons = new SimpleObjectProperty<>();

    // --- properties

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public DoubleProperty fontSizeProperty() {
        return fontSize;
    }

    /** Every page, home first; lessons may be replaced when the lessons folder changes. */
    public ObservableList<Page> pages() {
        return pages;
    }

    public ReadOnlyObjectProperty<Page> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** A message for the user shown above the content (empty: none). */
    public StringProperty noticeProperty() {
        return notice;
    }

    /**
     * Adds a message to the notice bar, after what it already says (a damaged settings file and
     * damaged progress at start-up are both worth reading); a message already shown is not
     * repeated.
     */
    public void addNotice(String message) {
        String now = notice.get();
        if (now.isEmpty()) {
            notice.set(message);
        } else if (!now.contains(message)) {
            notice.set(now + " " + message);
        }
    }

    /** What "Reload lessons" does (looks for lesson folders again); null: the action is not offered. */
    public ObjectProperty<Runnable> reloadLessonsProperty() {
        return reloadLessons;
    }

    // --- commands

    public void toggleTheme() {
        theme.set(theme.get().toggled());
    }

    public void biggerFont() {
        fontSize.set(Math.min(Settings.MAX_FONT, fontSize.get() + FONT_STEP));
    }

    public void smallerFont() {
        fontSize.set(Math.max(Settings.MIN_FONT, fontSize.get() - FONT_STEP));
    }

    public void resetFont() {
        fontSize.set(Settings.DEFAULT_FONT);
    }

    /** Opens the page with this id; returns false when there is none. */
    public boolean open(String id) {
        Optional<Page> page = find(id);
        page.ifPresent(current::set);
        return page.isPresent();
    }

    public Optional<Page> find(String id) {
        return pages.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public void applySettings(Settings s) {
        theme.set(Theme.fromId(s.theme()));
        fontSize.set(s.fontSize());
    }

    /** The settings with this model's theme and font size. */
    public Settings toSettings(Settings base) {
        return base.withTheme(theme.get().id()).withFontSize(fontSize.get());
    }
}
