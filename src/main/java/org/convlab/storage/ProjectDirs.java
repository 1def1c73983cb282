package org.convlab.storage;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the project's own folders, {@code lessons/} and {@code assets/}: under the root the
 * launcher passes as {@code -Dconvlab.root}, else the working directory or one of its parents.
 */
public final class ProjectDirs {
    public static final String ROOT_PROPERTY = "convlab.root";

    private ProjectDirs() {
    }

    public static Path root() {
        String prop = System.getProperty(ROOT_PROPERTY);
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("lessons")) || Files.isDirectory(p.resolve("assets"))) {
                return p;
            }
        }
        return dir;
    }

    public static Path lessons() {
        return root().resolve("lessons");
    }

    public static Path assets() {
        return root().resolve("assets");
    }
}
