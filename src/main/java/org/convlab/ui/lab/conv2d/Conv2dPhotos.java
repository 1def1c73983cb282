package org.convlab.ui.lab.conv2d;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.image.Image;
import javafx.stage.FileChooser;
import org.convlab.engine.Tensor;
import org.convlab.storage.ProjectDirs;
import org.convlab.ui.lab.ImageTensors;
import org.convlab.ui.widgets.Icons;

/**
 * The photos a lab can take as input: those bundled in {@code assets/images/} (see
 * assets/README.md for their sources and licences) and any image file the user opens. Images
 * are read once and kept; each use resamples them to the size asked for.
 */
final class Conv2dPhotos {
    /** Input sources that are photos are named "photo NAME". */
    static final String SOURCE_PREFIX = "photo ";
    /** A menu choice for the colour version of a photo ends with this. */
    static final String RGB_SUFFIX = " (RGB)";
    /** Bundled photos: name → file under assets/images. */
    static final Map<String, String> BUNDLED = new LinkedHashMap<>();

    static {
        BUNDLED.put("astronaut", "astronaut.png");
        BUNDLED.put("chelsea", "chelsea.png");
    }

    private final Map<String, Image> images = new HashMap<>();
    private final Map<String, Path> opened = new HashMap<>();
    private final Consumer<String> problems;

    /** @param problems told, in words, when a picture cannot be read */
    Conv2dPhotos(Consumer<String> problems) {
        this.problems = problems;
    }

    /** A bundled photo's file. */
    static Path bundled(String name) {
        return ProjectDirs.assets().resolve("images").resolve(BUNDLED.get(name));
    }

    /** The photo menu; {@code choose} gets the name of the photo chosen, with RGB_SUFFIX for colour. */
    Node menu(Consumer<String> choose) {
        MenuButton menu = Icons.on(new MenuButton("Photo"), "mdi2i-image");
        menu.setId("photo-menu");
        for (String name : BUNDLED.keySet()) {
            String label = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            MenuItem grey = new MenuItem(label + " (grey)");
            grey.setOnAction(e -> choose.accept(name));
            MenuItem rgb = new MenuItem(label + RGB_SUFFIX);
            rgb.setOnAction(e -> choose.accept(name + RGB_SUFFIX));
            menu.getItems().addAll(grey, rgb);
        }
        MenuItem open = new MenuItem("Open an image file…");
        open.setId("photo-open");
        open.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.setTitle("Open an image");
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Images", "*.png", "*.jpg", "*.jpeg", "*.gif", "*.bmp"));
            File f = fc.showOpenDialog(menu.getScene() == null ? null : menu.getScene().getWindow());
            if (f != null) {
                opened.put(f.getName(), f.toPath());
                images.remove(f.getName());
                choose.accept(f.getName());
            }
        });
        menu.getItems().addAll(new SeparatorMenuItem(), open);
        return menu;
    }

    /** The photo at h × w, grey or RGB, or empty (after telling why) when it cannot be read. */
    Optional<Tensor> load(String name, int h, int w, boolean rgb) {
        return image(name).map(img -> ImageTensors.toTensor(img, h, w, rgb));
    }

    /** The image itself, read on first use. */
    Optional<Image> image(String name) {
        Image img = images.get(name);
        if (img != null) {
            return Optional.of(img);
        }
        Path file = opened.containsKey(name) ? opened.get(name) : BUNDLED.containsKey(name) ? bundled(name) : null;
        if (file == null || !Files.isRegularFile(file)) {
            problems.accept("The picture \"" + name + "\" was not found" + (file == null ? "" : " at " + file)
                    + ". Bundled photos live in assets/images/.");
            return Optional.empty();
        }
        try {
            img = ImageTensors.read(file);
        } catch (IOException e) {
            problems.accept(e.getMessage());
            return Optional.empty();
        }
        images.put(name, img);
        return Optional.of(img);
    }
}
