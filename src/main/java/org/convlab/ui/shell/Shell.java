package org.convlab.ui.shell;

import java.util.HashMap;
import java.util.Map;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.convlab.storage.Settings;
import org.convlab.ui.theme.Theme;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The window's frame: a header with the presenter controls, a sidebar of pages and the content
 * area. Page views are built the first time they are opened and kept, so a lab keeps its state
 * when the user looks elsewhere and comes back.
 */
public final class Shell {
    public static final String STYLE_SIDEBAR = "sidebar";
    /** The sidebar (about 16 em) and the narrowest lab (about 28 em) side by side. */
    static final double SIDEBAR_EM = 44;
    public static final String STYLE_NAV_ITEM = "nav-item";
    public static final String STYLE_NAV_HEADING = "nav-heading";
    public static final String STYLE_HEADER = "app-header";
    public static final String STYLE_NOTICE = "notice";
    public static final String STYLE_NAV_BADGE = "nav-badge";

    private final ShellModel model;
    private final BorderPane root = new BorderPane();
    private final VBox sidebar = new VBox();
    private boolean sidebarToggledByHand;
    private final StackPane content = new StackPane();
    private final Label pageTitle = new Label();
    private final Label noticeText = new Label();
    private final HBox notice = new HBox();
    private final ToggleGroup navGroup = new ToggleGroup();
    private final Map<String, Node> builtViews = new HashMap<>();
    private final Map<String, ToggleButton> navButtons = new HashMap<>();
    private ScrollPane sideScroll;

    public Shell(ShellModel model) {
        this.model = model;
        createView();
        init();
    }

    /** The root node, to put in a Scene. */
    public Parent view() {
        return root;
    }

    private void createView() {
        root.getStyleClass().add("convlab-root");

        Label appName = new Label("ConvLab");
        appName.getStyleClass().add("app-name");
        pageTitle.getStyleClass().add("page-title");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox header = new HBox(
                iconButton("toggle-sidebar", "mdi2m-menu", "Show or hide the list of pages (Ctrl+B)",
                        this::toggleSidebar),
                appName, pageTitle, grow,
                iconButton("font-smaller", "mdi2f-format-font-size-decrease", "Smaller text (Ctrl+−)", model::smallerFont),
                iconButton("font-bigger", "mdi2f-format-font-size-increase", "Larger text (Ctrl+=)", model::biggerFont),
                iconButton("theme-toggle", "mdi2t-theme-light-dark", "Light or dark theme (Ctrl+T)", model::toggleTheme),
                iconButton("full-screen", "mdi2f-fullscreen", "Full screen (F11)", this::toggleFullScreen));
        header.getStyleClass().add(STYLE_HEADER);
        header.setAlignment(Pos.CENTER_LEFT);
        root.setTop(header);

        sidebar.getStyleClass().add(STYLE_SIDEBAR);
        sideScroll = new ScrollPane(sidebar);
        sideScroll.setFitToWidth(true);
        sideScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sideScroll.getStyleClass().add("sidebar-scroll");
        root.setLeft(sideScroll);

        Button closeNotice = iconButton("notice-close", "mdi2c-close", "Dismiss", () -> model.noticeProperty().set(""));
        noticeText.setWrapText(true);
        HBox.setHgrow(noticeText, Priority.ALWAYS);
        noticeText.setMaxWidth(Double.MAX_VALUE);
        notice.getChildren().addAll(scaledIcon("mdi2a-alert-circle-outline"), noticeText, closeNotice);
        notice.getStyleClass().add(STYLE_NOTICE);
        notice.setAlignment(Pos.CENTER_LEFT);
        notice.setId("notice");
        content.getStyleClass().add("content");
        root.setCenter(new VBox(notice, content));
        VBox.setVgrow(content, Priority.ALWAYS);
    }

    private void init() {
        rebuildSidebar();
        model.pages().addListener((ListChangeListener<Page>) c -> rebuildSidebar());
        model.currentProperty().addListener((obs, old, page) -> {
            show(page);
            if (isNarrow()) {
                // on a narrow window the sidebar is a drawer: opened to choose a page, closed after
                sidebarToggledByHand = false;
                fitSidebar();
            }
        });
        model.reloadLessonsProperty().addListener((obs, old, r) -> rebuildSidebar());
        model.fontSizeProperty().addListener((obs, old, size) -> applyFontSize());
        applyFontSize();
        root.widthProperty().addListener((obs, old, w) -> fitSidebar());
        model.fontSizeProperty().addListener((obs, old, size) -> fitSidebar());
        notice.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        noticeText.textProperty().bind(model.noticeProperty());
        if (model.currentProperty().get() != null) {
            show(model.currentProperty().get());
        }
    }

    /** Applies theme, stylesheet and keyboard shortcuts to the scene that shows this shell. */
    public void attach(Scene scene) {
        scene.getStylesheets().add(Theme.APP_STYLESHEET);
        applyTheme(model.themeProperty().get());
        model.themeProperty().addListener((obs, old, t) -> applyTheme(t));
        var acc = scene.getAccelerators();
        acc.put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), model::biggerFont);
        acc.put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN), model::biggerFont);
        acc.put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), model::biggerFont);
        acc.put(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), model::smallerFont);
        acc.put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), model::smallerFont);
        acc.put(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN), model::resetFont);
        acc.put(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN), model::toggleTheme);
        acc.put(new KeyCodeCombination(KeyCode.F11), this::toggleFullScreen);
        acc.put(new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN), this::toggleSidebar);
    }

    private void applyTheme(Theme theme) {
        Application.setUserAgentStylesheet(theme.userAgentStylesheet());
        root.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("dark"), theme.isDark());
    }

    private void applyFontSize() {
        root.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", model.fontSizeProperty().get()));
    }

    private void rebuildSidebar() {
        sidebar.getChildren().clear();
        navButtons.clear();
        for (Page.Section section : Page.Section.values()) {
            var pages = model.pages().filtered(p -> p.section() == section);
            if (section != Page.Section.HOME) {
                Label heading = new Label(section.heading());
                heading.getStyleClass().add(STYLE_NAV_HEADING);
                Runnable reload = model.reloadLessonsProperty().get();
                if (section == Page.Section.LESSON && reload != null) {
                    Region grow = new Region();
                    HBox.setHgrow(grow, Priority.ALWAYS);
                    Button again = iconButton("reload-lessons", "mdi2r-refresh", "Reload lessons (finds new lesson folders)", reload);
                    HBox row = new HBox(heading, grow, again);
                    row.setAlignment(Pos.BOTTOM_LEFT);
                    sidebar.getChildren().add(row);
                } else {
                    sidebar.getChildren().add(heading);
                }
                if (pages.isEmpty()) {
                    Label none = new Label(section == Page.Section.LAB ? "No labs yet" : "No lessons found");
                    none.getStyleClass().add("nav-empty");
                    sidebar.getChildren().add(none);
                }
            }
            for (Page page : pages) {
                ToggleButton b = new ToggleButton(page.title());
                b.setId(nodeId("nav-", page.id()));
                if (page.badge() != null) {
                    Label badge = new Label();
                    badge.textProperty().bind(page.badge());
                    badge.getStyleClass().add(STYLE_NAV_BADGE);
                    badge.setMinWidth(Region.USE_PREF_SIZE);
                    b.setGraphic(badge);
                    b.setContentDisplay(ContentDisplay.RIGHT);
                }
                b.getStyleClass().add(STYLE_NAV_ITEM);
                b.setToggleGroup(navGroup);
                b.setMaxWidth(Double.MAX_VALUE);
                b.setAlignment(Pos.CENTER_LEFT);
                b.setWrapText(true);
                if (page.summary() != null && !page.summary().isBlank()) {
                    b.setTooltip(new Tooltip(page.summary()));
                }
                // A selected item stays selected when clicked again.
                b.setOnAction(e -> {
                    b.setSelected(true);
                    model.open(page.id());
                });
                navButtons.put(page.id(), b);
                sidebar.getChildren().add(b);
            }
        }
        Page cur = model.currentProperty().get();
        if (cur != null && navButtons.containsKey(cur.id())) {
            navButtons.get(cur.id()).setSelected(true);
        }
    }

    /**
     * A node id for a page: {@code prefix} and the page id with anything but letters, digits,
     * '-' and '_' replaced by '-', so it works in CSS lookups ("lesson:01-x" → "nav-lesson-01-x").
     */
    public static String nodeId(String prefix, String pageId) {
        return prefix + pageId.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    private void show(Page page) {
        if (page == null) {
            return;
        }
        Node view = builtViews.computeIfAbsent(page.id(), id -> page.view().get());
        content.getChildren().setAll(view);
        pageTitle.setText(page.section() == Page.Section.HOME ? "" : "›  " + page.title());
        ToggleButton b = navButtons.get(page.id());
        if (b != null) {
            b.setSelected(true);
        }
    }

    /**
     * An icon that grows with the font-size control. It is scaled inside a Group (whose layout
     * bounds include the scale) because the theme's stylesheet fixes -fx-icon-size, and an em
     * icon size in our own stylesheet stops a real window from painting.
     */
    private Node scaledIcon(String icon) {
        FontIcon fi = new FontIcon(icon);
        fi.scaleXProperty().bind(model.fontSizeProperty().multiply(1.4 / Settings.DEFAULT_FONT));
        fi.scaleYProperty().bind(fi.scaleXProperty());
        return new Group(fi);
    }

    /** Hides the sidebar to give the page the whole width (a presenter with large text), or shows it again. */
    public void toggleSidebar() {
        sidebarToggledByHand = true;
        showSidebar(!sidebarShown());
    }

    private void showSidebar(boolean show) {
        root.setLeft(show ? sideScroll : null);
    }

    /**
     * On a window narrower than {@value #SIDEBAR_EM} em (a small projector with large text) the
     * sidebar starts hidden, so a page keeps the width it needs; on a wider one it comes back.
     * Once the user shows or hides it, that choice stands, except that on a narrow window
     * choosing a page closes it again, as a drawer.
     */
    private void fitSidebar() {
        if (!sidebarToggledByHand && root.getWidth() > 0) {
            showSidebar(!isNarrow());
        }
    }

    private boolean isNarrow() {
        return root.getWidth() > 0 && root.getWidth() < SIDEBAR_EM * model.fontSizeProperty().get();
    }

    public boolean sidebarShown() {
        return root.getLeft() != null;
    }

    private void toggleFullScreen() {
        if (root.getScene() != null && root.getScene().getWindow() instanceof Stage stage) {
            stage.setFullScreen(!stage.isFullScreen());
        }
    }

    private Button iconButton(String id, String icon, String tip, Runnable action) {
        Button b = new Button(null, scaledIcon(icon));
        b.setId(id);
        b.getStyleClass().addAll("flat", "button-icon");
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.setOnAction(e -> action.run());
        return b;
    }
}
