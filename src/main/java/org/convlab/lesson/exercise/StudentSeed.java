package org.convlab.lesson.exercise;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The seed of one student's numbers for one exercise: a hash of the student id (random, kept in
 * the progress store), the lesson id and the exercise id. Stable across runs and machines, and
 * different for every student and exercise.
 */
public final class StudentSeed {
    private StudentSeed() {
    }

    public static long of(String studentId, String lessonId, String exerciseId) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] h = sha.digest((studentId + '\u0000' + lessonId + '\u0000' + exerciseId).getBytes(StandardCharsets.UTF_8));
            long seed = 0;
            for (int i = 0; i < 8; i++) {
                seed = (seed << 8) | (h[i] & 0xFF);
            }
            return seed;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
