package org.convlab.lesson.text;

import java.nio.file.Path;
import java.util.List;

/**
 * A piece of running text, as the lesson player renders it. Math is kept exactly as written
 * (backslashes, underscores and all) for jlatexmath; Markdown never touched it.
 */
public sealed interface Inline {
    /** Plain words. */
    record Text(String text) implements Inline {
    }

    /** *emphasised* (usually italic). */
    record Emphasis(List<Inline> content) implements Inline {
    }

    /** **strong** (usually bold). */
    record Strong(List<Inline> content) implements Inline {
    }

    /** `code` in a monospaced font. */
    record Code(String code) implements Inline {
    }

    /** LaTeX: {@code $…$} inline, or {@code $$…$$} written inside a paragraph (display = true). */
    record Math(String tex, boolean display) implements Inline {
    }

    /** A link to a web page (only http and https); the app opens it in the browser when clicked, never fetches it. */
    record Link(String url, List<Inline> content) implements Inline {
    }

    /** An image file, already checked: inside the lesson folder or assets/, a real file, not too big. */
    record Image(Path file, String alt, String title) implements Inline {
    }

    /** A line break: hard (shown) or soft (a space when the text is reflowed). */
    record LineBreak(boolean hard) implements Inline {
    }
}
