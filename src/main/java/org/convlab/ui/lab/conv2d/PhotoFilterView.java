package org.convlab.ui.lab.conv2d;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.convlab.engine.Tensor;
import org.convlab.explain.ConvSetup;
import org.convlab.ui.lab.ImageTensors;
import org.convlab.ui.widgets.ColorScale;
import org.convlab.ui.widgets.Legend;
import org.convlab.ui.widgets.Palette;
import org.convlab.ui.widgets.TensorImages;
import org.convlab.ui.lab.LabStyles;

/**
 * The lab's kernel on a real photo: the grey photo and what the first filter makes of it, side by
 * side, recomputed by the engine (off the FX thread) whenever the kernel or the layer changes
 * while this view is showing. Node ids: photo-choice, photo-original, photo-filtered.
 */
final class PhotoFilterView {
    /** The longer side of the photo the filter runs on. */
    static final int SIDE = 256;

    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "convlab-photo-filter");
        t.setDaemon(true);
        return t;
    });

    private final Conv2dModel model;
    private final Conv2dPhotos photos;
    private final VBox root = new VBox();
    private final ComboBox<String> choice = new ComboBox<>();
    private final ImageView original = new ImageView();
    private final ImageView filtered = new ImageView();
    private final Legend legend = new Legend();
    private final Label caption = new Label();
    private final Label status = new Label();
    private final AtomicLong generation = new AtomicLong();
    private boolean showing;
    private boolean stale = true;

    PhotoFilterView(Conv2dModel model, Conv2dPhotos photos) {
        this.model = model;
        this.photos = photos;
        createView();
        init();
    }

    Node view() {
        return root;
    }

    private void createView() {
        root.getStyleClass().add(Conv2dView.STYLE_PHOTO);
        choice.setId("photo-choice");
        choice.getItems().addAll(Conv2dPhotos.BUNDLED.keySet());
        choice.setValue(choice.getItems().getFirst());
        original.setId("photo-original");
        filtered.setId("photo-filtered");
        for (ImageView v : new ImageView[] {original, filtered}) {
            v.setPreserveRatio(true);
            v.setSmooth(false);
        }
        caption.setWrapText(true);
        caption.getStyleClass().add(LabStyles.MUTED);
        status.setWrapText(true);
        status.getStyleClass().add(Conv2dView.STYLE_PHOTO_STATUS);
        status.setId(Conv2dView.STYLE_PHOTO_STATUS);
        Label intro = new Label("The kernel on a real photo (grey levels 0 to 1): the engine convolves the whole picture "
                + "with the lab's padding, stride and dilation.");
        intro.setWrapText(true);
        HBox top = new HBox(new Label("Photo"), choice);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add(LabStyles.CONTROL_PAIR);
        FlowPane pictures = new FlowPane(card("Original", original), card("Filtered", filtered, legend));
        pictures.getStyleClass().add(Conv2dView.STYLE_PHOTO_PICTURES);
        root.getChildren().addAll(intro, top, caption, status, pictures);
    }

    private void init() {
        choice.valueProperty().addListener((o, a, b) -> refresh());
        model.setupProperty().addListener((o, a, b) -> refresh());
        // pictures grow with the text size, so they stay in proportion on a projector
        caption.fontProperty().addListener((o, a, f) -> fit(f.getSize()));
        fit(caption.getFont().getSize());
    }

    private void fit(double em) {
        original.setFitWidth(17 * em);
        filtered.setFitWidth(17 * em);
        original.setFitHeight(17 * em);
        filtered.setFitHeight(17 * em);
    }

    /** Called when the view is shown or hidden; it computes only while shown. */
    void setShowing(boolean now) {
        showing = now;
        if (now && stale) {
            refresh();
        }
    }

    private void refresh() {
        stale = true;
        if (!showing) {
            return;
        }
        stale = false;
        var img = photos.image(choice.getValue());
        if (img.isEmpty()) {
            status.setText("The photo could not be read.");
            return;
        }
        double iw = img.get().getWidth();
        double ih = img.get().getHeight();
        int w = (int) Math.round(iw >= ih ? SIDE : SIDE * iw / ih);
        int h = (int) Math.round(ih >= iw ? SIDE : SIDE * ih / iw);
        Tensor grey = ImageTensors.toTensor(img.get(), h, w, false);
        original.setImage(TensorImages.toImage(grey.data(), h, w, new ColorScale(Palette.GRAY, 0, 1)));
        ConvSetup s = model.setup();
        int[] k = s.kernel().shape();
        caption.setText("Kernel: filter 0, channel 0 (" + k[2] + "×" + k[3] + "), no bias · photo " + h + "×" + w);
        long gen = generation.incrementAndGet();
        status.setText("Filtering…");
        WORKER.submit(() -> {
            if (gen != generation.get()) {
                return; // a newer change is queued behind this one: its picture is the one to show
            }
            PhotoFilter.Result r = PhotoFilter.apply(grey, s, 0, 0);
            Platform.runLater(() -> {
                if (gen == generation.get()) {
                    show(r);
                }
            });
        });
    }

    private void show(PhotoFilter.Result r) {
        if (r.problem() != null) {
            status.setText("No filtered picture: " + r.problem());
            filtered.setImage(null);
            return;
        }
        Tensor out = r.output();
        // the top 1% saturate, so edges stand out against a picture of mostly small values
        ColorScale scale = ColorScale.forValues(out.data(), Palette.GRAY, 0.99);
        filtered.setImage(TensorImages.toImage(out.data(), out.dim(0), out.dim(1), scale));
        legend.setScale(scale);
        status.setText("Filtered: " + out.dim(0) + "×" + out.dim(1)
                + (scale.palette().signed() ? " · blue below 0, orange above" : ""));
    }

    private static Node card(String title, Node... content) {
        Label t = new Label(title);
        t.getStyleClass().add(LabStyles.GRID_TITLE);
        VBox box = new VBox(t);
        box.getChildren().addAll(content);
        box.getStyleClass().add(LabStyles.GRID_CARD);
        return box;
    }
}
