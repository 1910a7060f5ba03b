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

    /**
     * The shared folder with the third-party SIE samples, which the repository must not contain: named by
     * BALANS_SHARED, else {@code ../shared} beside the repository, else this workplace's /work/shared.
     */
    public static java.util.Optional<Path> shared() {
        java.util.List<Path> candidates = new java.util.ArrayList<>();
        String env = System.getenv("BALANS_SHARED");
        if (env != null && !env.isBlank()) {
            candidates.add(Path.of(env));
        }
        candidates.add(root().resolve("../shared").normalize());
        candidates.add(Path.of("/work/shared"));
        return candidates.stream().filter(p -> Files.isDirectory(p.resolve("sie-samples"))).findFirst();
    }

    /**
     * A shared SIE sample, or the test is skipped when the shared folder is not there (a clone elsewhere);
     * with BALANS_REQUIRE_SHARED=1 a missing folder fails instead.
     */
    public static Path sieSample(String name) {
        java.util.Optional<Path> shared = shared();
        if (shared.isEmpty()) {
            String why = "the shared SIE samples are not beside the repository (set BALANS_SHARED to the folder "
                    + "holding sie-samples/)";
            if ("1".equals(System.getenv("BALANS_REQUIRE_SHARED"))) {
                throw new IllegalStateException(why);
            }
            org.junit.jupiter.api.Assumptions.abort(why);
        }
        Path p = shared.get().resolve("sie-samples").resolve(name);
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("SIE sample not found: " + p);
        }
        return p;
    }

    public static Path samplePlan() {
        return path("sample-data/region-vasterbotten");
    }
}
