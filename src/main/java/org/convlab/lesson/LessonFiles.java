package org.convlab.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Finds lesson files: {@code lessons/NN-name/lesson.md}, one per folder. */
public final class LessonFiles {
    public static final String FILE_NAME = "lesson.md";

    private LessonFiles() {
    }

    /**
     * The lesson files {@code path} stands for: a file itself, a lesson folder's lesson.md, or the
     * lesson.md of each sub-folder of a folder of lessons, sorted by folder name.
     */
    public static List<Path> find(Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            throw new java.nio.file.NoSuchFileException(path.toString());
        }
        if (Files.isRegularFile(path.resolve(FILE_NAME))) {
            return List.of(path.resolve(FILE_NAME));
        }
        List<Path> out = new ArrayList<>();
        try (Stream<Path> children = Files.list(path)) {
            for (Path child : children.sorted().toList()) {
                if (Files.isDirectory(child) && Files.isRegularFile(child.resolve(FILE_NAME))) {
                    out.add(child.resolve(FILE_NAME));
                }
            }
        }
        return out;
    }
}
