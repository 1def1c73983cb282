package org.convlab.lesson.exercise;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where an exercise lives: its lesson file and folders (for images in its texts and for
 * messages), the lesson id (part of every student's seed) and the lab on the page above it,
 * in the state the steps above left it (null when there is none).
 *
 * @param pageLab       "conv2d", … or null
 * @param pageLabNumber index of that lab block among the lesson's labs, or -1
 * @param pageLabBroken the lab above has problems (reported already), so exercises about it are skipped quietly
 */
public record ExerciseContext(Path file, Path lessonFolder, Path assetsFolder, String lessonId,
                              String pageLab, Map<String, Object> pageParams, int pageLabNumber, boolean pageLabBroken) {
}
