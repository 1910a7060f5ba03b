package se.balans.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where Balans finds its sample data when no path is given: the directory the {@code ./balans}
 * launcher sets as {@code balans.home}, else the working directory.
 */
public final class BalansHome {
    private BalansHome() {
    }

    public static Path get() {
        String p = System.getProperty("balans.home");
        return p != null ? Path.of(p) : Path.of("").toAbsolutePath();
    }

    public static Path sampleRegion() {
        return get().resolve("sample-data").resolve("region-vasterbotten");
    }

    /** A path as given, or, if it does not exist relative to the working directory, under balans.home. */
    public static Path resolve(Path given) {
        if (given.isAbsolute() || Files.exists(given)) {
            return given;
        }
        Path underHome = get().resolve(given);
        return Files.exists(underHome) ? underHome : given;
    }
}
