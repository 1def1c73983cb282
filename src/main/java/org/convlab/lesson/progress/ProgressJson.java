package org.convlab.lesson.progress;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The progress file's JSON: {@code {"format": 1, "student": "…", "lessons": {"padding":
 * {"stepsSeen": [0, 1], "currentStep": 1, "completed": false, "exercises": {"size": {"attempts": 2,
 * "wrong": 1, "solved": true, "lastAnswer": "7"}}}}}}. Reading is strict about types and ranges
 * (a damaged file must be noticed, not half-read) and ignores fields it does not know.
 */
final class ProgressJson {
    static final int FORMAT = 1;
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final int MAX_ANSWER_CHARS = 4_000;

    private ProgressJson() {
    }

    static String write(Progress p) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("student", p.studentId());
        ObjectNode lessons = root.putObject("lessons");
        p.lessons().forEach((id, l) -> {
            ObjectNode o = lessons.putObject(id);
            ArrayNode seen = o.putArray("stepsSeen");
            l.stepsSeen().forEach(seen::add);
            o.put("currentStep", l.currentStep());
            o.put("completed", l.completed());
            ObjectNode ex = o.putObject("exercises");
            l.exercises().forEach((eid, e) -> {
                ObjectNode x = ex.putObject(eid);
                x.put("attempts", e.attempts());
                x.put("wrong", e.wrong());
                x.put("solved", e.solved());
                x.put("lastAnswer", e.lastAnswer());
            });
        });
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    /** Throws IllegalArgumentException (or Jackson's exception) saying what is wrong. */
    static Progress read(String text) {
        JsonNode root = JSON.readTree(text);
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        if (root.path("format").intValue(-1) != FORMAT) {
            throw new IllegalArgumentException("unknown format " + root.path("format"));
        }
        String student = root.path("student").stringValue(null);
        if (student == null || !student.matches("[A-Za-z0-9-]{1,64}")) {
            throw new IllegalArgumentException("no valid student id");
        }
        Map<String, LessonProgress> lessons = new LinkedHashMap<>();
        JsonNode ls = root.path("lessons");
        if (!ls.isObject()) {
            throw new IllegalArgumentException("`lessons` is not an object");
        }
        for (var e : ls.properties()) {
            lessons.put(e.getKey(), lesson(e.getKey(), e.getValue()));
        }
        return new Progress(student, lessons);
    }

    private static LessonProgress lesson(String id, JsonNode o) {
        if (!o.isObject() || !o.path("stepsSeen").isArray() || !o.path("exercises").isObject()) {
            throw new IllegalArgumentException("lesson " + id + " is not readable");
        }
        Set<Integer> seen = new TreeSet<>();
        for (JsonNode s : o.path("stepsSeen").values()) {
            seen.add(count(s, "a step of " + id));
        }
        int current = o.path("currentStep").isInt() ? o.path("currentStep").intValue() : -1;
        Map<String, ExerciseProgress> ex = new LinkedHashMap<>();
        for (var e : o.path("exercises").properties()) {
            JsonNode x = e.getValue();
            String answer = x.path("lastAnswer").stringValue("");
            if (!x.isObject() || !x.path("solved").isBoolean() || answer.length() > MAX_ANSWER_CHARS) {
                throw new IllegalArgumentException("exercise " + e.getKey() + " of " + id + " is not readable");
            }
            int attempts = count(x.path("attempts"), "attempts");
            int wrong = count(x.path("wrong"), "wrong answers");
            ex.put(e.getKey(), new ExerciseProgress(attempts, Math.min(wrong, attempts), x.path("solved").booleanValue(), answer));
        }
        return new LessonProgress(seen, current, ex, o.path("completed").booleanValue(false));
    }

    private static int count(JsonNode n, String what) {
        if (!n.isInt() || n.intValue() < 0) {
            throw new IllegalArgumentException(what + " must be a whole number ≥ 0, not " + n);
        }
        return n.intValue();
    }
}
