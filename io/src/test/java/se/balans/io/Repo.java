package se.balans.io;

import java.nio.file.Files;
import java.nio.file.Path;

/** Paths in the repository, for tests that read the sample data and the shared seeds. */
public final class Repo {
    private Repo() {
    }

    public static Path root() {
        String p = System.getProperty("balans.repo");
        Path root = p != null ? Path.of(p) : Path.of("").toAbsolutePath();
        while (root != null && !Files.isDirectory(root.resolve("sample-data"))) {
            root = root.getParent();
        }
        if (root == null) {
            throw new IllegalStateException("cannot find the repository root (no sample-data directory)");
        }
        return root;
    }

    public static Path path(String relative) {
        return root().resolve(relative);
    }

    public static Path samplePlan() {
        return path("sample-data/region-vasterbotten");
    }
}
