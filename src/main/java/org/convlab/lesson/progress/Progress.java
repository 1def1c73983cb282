package org.convlab.lesson.progress;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything saved about one student: a random id (the seed of their exercise numbers) and
 * their progress per lesson id. Immutable; {@link ProgressStore} replaces it on every change.
 */
public record Progress(String studentId, Map<String, LessonProgress> lessons) {
    public Progress {
        lessons = Collections.unmodifiableMap(new LinkedHashMap<>(lessons));
    }

    public LessonProgress lesson(String id) {
        return lessons.getOrDefault(id, LessonProgress.NONE);
    }

    Progress with(String lessonId, LessonProgress p) {
        Map<String, LessonProgress> m = new LinkedHashMap<>(lessons);
        m.put(lessonId, p);
        return new Progress(studentId, m);
    }

    Progress without(String lessonId) {
        Map<String, LessonProgress> m = new LinkedHashMap<>(lessons);
        m.remove(lessonId);
        return new Progress(studentId, m);
    }
}
