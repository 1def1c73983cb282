package org.convlab.ui.lesson;

import java.util.Set;
import org.convlab.lesson.lab.LabState;
import org.convlab.lesson.text.RichText;

/**
 * What the lesson's stage shows: one lab instance (named by {@code key}: each lab block of the
 * page has its own, an exercise with a setup of its own has another) in a state, with its
 * locked controls, a title and a caption.
 *
 * @param key    which lab instance: "lab N" for the page's lab block N, "exercise ID" for an exercise's own
 * @param labId  the kind of lab ("conv2d", …)
 * @param step   the lesson step this is (−1 when it is not a step: a lab's start, a prediction's reveal)
 * @param play   animate from the first output to the state's current step, instead of jumping there
 */
public record StageTarget(String key, String labId, LabState state, Set<String> locked, int step, String title,
                          RichText caption, boolean play) {
    public StageTarget {
        locked = Set.copyOf(locked);
        caption = caption == null ? RichText.EMPTY : caption;
    }

    public static String labKey(int labNumber) {
        return "lab " + labNumber;
    }

    public static String exerciseKey(String exerciseId) {
        return "exercise " + exerciseId;
    }
}
