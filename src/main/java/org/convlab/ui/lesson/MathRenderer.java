package org.convlab.ui.lesson;

import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import org.convlab.lesson.text.MathRules;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * Draws LaTeX to images with jlatexmath, in a given colour and size, and keeps the results: the
 * same formula at the same size and colour is drawn once (a lesson re-renders every formula when
 * the theme or the text size changes, and toggling back costs nothing). The first formula takes
 * most of a second while jlatexmath loads its fonts, so {@link #warmUp()} does that on a
 * background thread when the app starts. jlatexmath is not known to be thread-safe: drawing is
 * serialized on this renderer's lock.
 *
 * <p>Lesson files are untrusted, and jlatexmath can do more than typeset: {@code \includegraphics}
 * reads a file or a URL, {@code \jlm…} commands load fonts and XML, and {@code \newcommand} can
 * recurse forever. Formulas using those commands are refused before jlatexmath sees them, and
 * a formula too large to draw is refused too; either shows in place as its source text.
 */
public final class MathRenderer {
    /** TeX's fonts look smaller than the UI font at the same pixel size; this matches their x-heights. */
    static final double TEX_SCALE = 1.2;
    private static final int CACHE_SIZE = 1500;
    /** Device pixels a formula may cover: far beyond any real formula, far below memory trouble. */
    private static final long MAX_PIXELS = 6_000_000;
    private static final MathRenderer SHARED = new MathRenderer();

    /**
     * A drawn formula. {@code width}, {@code height} and {@code ascent} (baseline from the top) are
     * in layout pixels; the image may hold more pixels than that on a high-density screen.
     * {@code error} is null, or why the LaTeX could not be read (then there is no image).
     */
    public record Rendered(Image image, double width, double height, double ascent, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    private record Key(String tex, boolean display, long sizeCenti, int argb, long scaleCenti) {
    }

    private final Object lock = new Object();
    private final Map<Key, Rendered> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Rendered> eldest) {
            return size() > CACHE_SIZE;
        }
    };
    private int drawn;

    private MathRenderer() {
    }

    /** The renderer the whole app shares (one cache, one lock). */
    public static MathRenderer shared() {
        return SHARED;
    }

    /** Loads jlatexmath's fonts and tables on a daemon thread, so the first lesson opens quickly. */
    public static void warmUp() {
        Thread t = new Thread(() -> SHARED.render("\\sum_{j=0}^{k-1} w_j\\,x_{i+j} = \\left\\lfloor \\frac{n}{s} \\right\\rfloor",
                true, 16, Color.BLACK, 1), "math-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /**
     * The formula drawn at {@code sizePx} (the text's font size) in {@code color}, with
     * {@code scale} device pixels per layout pixel. Never throws: bad LaTeX gives a Rendered
     * whose {@code error} says why.
     */
    public Rendered render(String tex, boolean display, double sizePx, Color color, double scale) {
        double s = scale > 0 ? scale : 1;
        Key key = new Key(tex, display, Math.round(sizePx * 100), argb(color), Math.round(s * 100));
        synchronized (lock) {
            Rendered r = cache.get(key);
            if (r == null) {
                r = MathRules.withJLaTeXMath(() -> draw(tex, display, sizePx, color, s));
                cache.put(key, r);
                drawn++;
            }
            return r;
        }
    }

    /** How many formulas were actually drawn (not taken from the cache), for tests. */
    public int drawnCount() {
        synchronized (lock) {
            return drawn;
        }
    }

    private static Rendered draw(String tex, boolean display, double sizePx, Color color, double scale) {
        var refused = MathRules.refusal(tex);
        if (refused.isPresent()) {
            return new Rendered(null, 0, 0, 0, refused.get());
        }
        try {
            TeXFormula formula = new TeXFormula(tex);
            TeXIcon icon = formula.createTeXIcon(display ? TeXConstants.STYLE_DISPLAY : TeXConstants.STYLE_TEXT,
                    (float) (sizePx * TEX_SCALE * scale));
            int pad = (int) Math.ceil(scale);
            icon.setInsets(new Insets(pad, pad, pad, pad));
            icon.setForeground(new java.awt.Color((float) color.getRed(), (float) color.getGreen(), (float) color.getBlue(),
                    (float) color.getOpacity()));
            int w = Math.max(1, icon.getIconWidth());
            int h = Math.max(1, icon.getIconHeight());
            if ((long) w * h > MAX_PIXELS * scale * scale) {
                return new Rendered(null, 0, 0, 0, "the formula is too large to draw (" + w + "×" + h + " pixels)");
            }
            BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = img.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
                icon.paintIcon(null, g, 0, 0);
            } finally {
                g.dispose();
            }
            double ascent = (h - icon.getIconDepth()) / scale;
            return new Rendered(SwingFXUtils.toFXImage(img, null), w / scale, h / scale, ascent, null);
        } catch (RuntimeException | StackOverflowError e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Rendered(null, 0, 0, 0, why.strip());
        }
    }

    private static int argb(Color c) {
        return (int) Math.round(c.getOpacity() * 255) << 24 | (int) Math.round(c.getRed() * 255) << 16
                | (int) Math.round(c.getGreen() * 255) << 8 | (int) Math.round(c.getBlue() * 255);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "MathRenderer[%d drawn]", drawnCount());
    }
}
