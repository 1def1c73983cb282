package org.convlab.lesson;

import java.util.List;
import org.convlab.lesson.text.RichText;

/**
 * The lesson's YAML header.
 *
 * @param format     always {@link #FORMAT} for lessons this version reads
 * @param id         stable identifier, the key of the lesson's saved progress
 * @param title      shown in the lesson list and the window
 * @param minutes    how long the lesson takes, roughly
 * @param objectives what the student can do afterwards (short texts, may hold math)
 */
public record FrontMatter(String format, String id, String title, int minutes, List<RichText> objectives) {
    public static final String FORMAT = "convlab-lesson/1";

    public FrontMatter {
        objectives = List.copyOf(objectives);
    }
}
