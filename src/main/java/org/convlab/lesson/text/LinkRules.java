package org.convlab.lesson.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.convlab.lesson.source.Limits;
import org.convlab.lesson.source.Pos;
import org.convlab.lesson.source.Problems;

/**
 * What images and links in a lesson may point at. A lesson never reads outside its own folder and
 * the project's {@code assets/} and never reaches the network: an image is a relative path to a
 * file in the lesson folder (or {@code assets/…} for the shared folder), with no {@code ..}, no
 * absolute path, no URL, and whose real path (links followed) stays inside that folder. Links may
 * only go to web pages; the app shows them and leaves opening them to the browser.
 */
public final class LinkRules {
    private static final Set<String> IMAGE_TYPES = Set.of("png", "jpg", "jpeg", "gif", "bmp");
    private static final String ASSETS_PREFIX = "assets/";

    private final Path lessonFolder;
    private final Path assetsFolder;
    private int images;

    /** Rules for one lesson; {@code lessonFolder} null means the text has no folder and may hold no images. */
    public LinkRules(Path lessonFolder, Path assetsFolder) {
        this.lessonFolder = lessonFolder;
        this.assetsFolder = assetsFolder;
    }

    /** The image file {@code destination} names, checked; null (reported) when it is not allowed. */
    public Path image(String destination, Pos at, Problems problems) {
        String d = destination == null ? "" : destination.strip();
        String why = why(d);
        if (why != null) {
            problems.add(at, "image `" + shorten(d) + "`: " + why);
            return null;
        }
        if (++images > Limits.MAX_IMAGES) {
            problems.add(at, "too many images: a lesson may show at most " + Limits.MAX_IMAGES);
            return null;
        }
        boolean shared = d.startsWith(ASSETS_PREFIX);
        Path base = shared ? assetsFolder : lessonFolder;
        if (base == null) {
            problems.add(at, "image `" + shorten(d) + "`: images can only be shown from a lesson file's folder");
            return null;
        }
        Path file = base.resolve(shared ? d.substring(ASSETS_PREFIX.length()) : d).normalize();
        try {
            if (!Files.isRegularFile(file)) {
                problems.add(at, "image `" + shorten(d) + "`: no such file in " + (shared ? "assets/" : "the lesson folder"));
                return null;
            }
            Path real = file.toRealPath();
            if (!real.startsWith(base.toRealPath())) {
                problems.add(at, "image `" + shorten(d) + "` is a link to a file outside " + (shared ? "assets/" : "the lesson folder")
                        + "; lessons may only show their own files");
                return null;
            }
            long size = Files.size(real);
            if (size > Limits.MAX_IMAGE_BYTES) {
                problems.add(at, "image `" + shorten(d) + "` is " + size / 1024 + " KB; images are at most "
                        + Limits.MAX_IMAGE_BYTES / 1024 / 1024 + " MB");
                return null;
            }
            return real;
        } catch (IOException | SecurityException e) {
            problems.add(at, "image `" + shorten(d) + "` cannot be read: " + e.getMessage());
            return null;
        }
    }

    /** Why a destination is not an acceptable image path, or null. */
    private static String why(String d) {
        if (d.isEmpty()) {
            return "an image needs a file name";
        }
        if (d.startsWith("//") || hasScheme(d)) {
            return "images must be files in the lesson folder; lessons never fetch anything from the network";
        }
        if (d.startsWith("/") || d.startsWith("\\")) {
            return "absolute paths are not allowed; name the file relative to the lesson folder";
        }
        if (d.indexOf('\\') >= 0) {
            return "write `/` between folder names, not `\\`";
        }
        for (String part : d.split("/")) {
            if (part.equals("..")) {
                return "`..` would leave the lesson folder; lessons may only show their own files and assets/";
            }
        }
        int dot = d.lastIndexOf('.');
        String ext = dot < 0 ? "" : d.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!IMAGE_TYPES.contains(ext)) {
            return "images must be PNG, JPEG, GIF or BMP files";
        }
        return null;
    }

    /** The web address a link points at, or null (reported) when it is not an http(s) address. */
    public String link(String destination, Pos at, Problems problems) {
        String d = destination == null ? "" : destination.strip();
        String lower = d.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            return d;
        }
        problems.add(at, "link `" + shorten(d) + "`: links may only go to web pages (https://…); lessons cannot open files");
        return null;
    }

    /** "https:", "file:", "C:" and the like. */
    private static boolean hasScheme(String d) {
        int colon = d.indexOf(':');
        if (colon < 1) {
            return false;
        }
        for (int i = 0; i < colon; i++) {
            char c = d.charAt(i);
            boolean ok = Character.isLetterOrDigit(c) || c == '+' || c == '.' || c == '-';
            if (!ok || c > 127) {
                return false;
            }
        }
        return Character.isLetter(d.charAt(0));
    }

    private static String shorten(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
