package se.balans.io.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real input a mutation starts from: the bytes of a sample file, to be placed as {@code file}
 * in the reader's working directory.
 *
 * @param label where the bytes come from, for the report of a failing case
 */
record Seed(String file, String label, byte[] bytes) {

    static Seed of(Path source, String file) {
        try {
            return new Seed(file, source.getFileName().toString(), Files.readAllBytes(source));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Seed of(Path source) {
        return of(source, source.getFileName().toString());
    }
}
