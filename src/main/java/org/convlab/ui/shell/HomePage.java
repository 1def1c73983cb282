package org.convlab.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** The first page: what ConvLab teaches, and a card for every lab and lesson that opens it. */
public final class HomePage {
    public static final String ID = "home";

    private final ShellModel model;
    private final VBox cards = new VBox();
    private final ScrollPane root;

    private HomePage(ShellModel model) {
        this.model = model;
        this.root = createView();
        model.pages().addListener((javafx.collections.ListChangeListener<Page>) c -> fillCards());
        fillCards();
    }

    /** The home page as a {@link Page} of the shell. */
    public static Page page(ShellModel model) {
        return new Page(ID, "Home", Page.Section.HOME, "What ConvLab teaches", () -> new HomePage(model).root);
    }

    private ScrollPane createView() {
        Label title = new Label("See how a convolutional network computes");
        title.getStyleClass().add("home-title");
        title.setWrapText(true);
        Label intro = new Label(
                "ConvLab shows every multiply-add of a convolution, every pooling window, every receptive field, "
                + "the gradients that flow back and the statistics that normalize them, on numbers you can edit. "
                + "Step through an operation with the keyboard, change padding, stride or dilation and watch why the "
                + "output changes, then follow the lessons and check yourself with exercises.");
        intro.setWrapText(true);
        intro.getStyleClass().add("home-intro");
        Label keys = new Label("Presenting: Ctrl+= and Ctrl+− change the text size, Ctrl+T switches light and dark, F11 is full "
                + "screen, Ctrl+B hides the list of pages. In a lesson, Page Down and Page Up (or Ctrl+→ and Ctrl+←) step through it.");
        keys.setWrapText(true);
        keys.getStyleClass().add("muted");
        VBox box = new VBox(title, intro, keys, cards);
        box.getStyleClass().add("home");
        box.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setId("home-page");
        return scroll;
    }

    private void fillCards() {
        cards.getChildren().clear();
        cards.getStyleClass().setAll("home-sections");
        for (Page.Section section : new Page.Section[] {Page.Section.LAB, Page.Section.LESSON}) {
            var pages = model.pages().filtered(p -> p.section() == section);
            Label heading = new Label(section.heading());
            heading.getStyleClass().add("home-heading");
            FlowPane flow = new FlowPane();
            flow.getStyleClass().add("home-cards");
            if (pages.isEmpty()) {
                Label none = new Label(section == Page.Section.LAB
                        ? "No labs are installed in this build yet."
                        : "No lessons were found in the lessons folder.");
                none.getStyleClass().add("muted");
                flow.getChildren().add(none);
            }
            for (Page p : pages) {
                flow.getChildren().add(card(p));
            }
            cards.getChildren().addAll(heading, flow);
        }
    }

    private Node card(Page p) {
        Label t = new Label(p.title());
        t.getStyleClass().add("card-title");
        t.setWrapText(true);
        Label s = new Label(p.summary() == null ? "" : p.summary());
        s.setWrapText(true);
        s.getStyleClass().add("card-summary");
        Button open = new Button("Open");
        open.setId(Shell.nodeId("open-", p.id()));
        open.getStyleClass().add("accent");
        open.setOnAction(e -> model.open(p.id()));
        VBox card = new VBox(t, s);
        if (p.badge() != null) {
            Label badge = new Label();
            badge.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                    () -> p.badge().getValue() == null || p.badge().getValue().isEmpty() ? "" : "Progress " + p.badge().getValue(),
                    p.badge()));
            badge.getStyleClass().add("card-badge");
            badge.visibleProperty().bind(badge.textProperty().isNotEmpty());
            badge.managedProperty().bind(badge.visibleProperty());
            card.getChildren().add(badge);
        }
        card.getChildren().add(open);
        card.getStyleClass().add("home-card");
        card.setAlignment(Pos.TOP_LEFT);
        return card;
    }
}
