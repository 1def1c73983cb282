package org.convlab.ui.lesson;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.convlab.lesson.LessonParser;
import org.convlab.lesson.progress.ProgressStore;

/**
 * What every lesson page shares: the student's progress, where messages for the user go (the
 * shell's notice), how links are opened (the browser; never fetched by the app), the parser,
 * and the background thread lessons are parsed on.
 */
public record LessonContext(ProgressStore store, Consumer<String> notice, Consumer<String> openLink, LessonParser parser,
                            Executor background) {
}
