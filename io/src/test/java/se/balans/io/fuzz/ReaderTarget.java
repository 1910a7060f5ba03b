package se.balans.io.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A reader under test: the real files it starts from, how to generate random input for it, and how
 * to run it on an input placed in its working directory.
 *
 * <p>A reader of a directory (the plan, the closing configuration) gets a working copy of all its
 * sample files, one of which is replaced by the input and restored afterwards, so that the other
 * files give the damaged one its context (committees for the frames, and so on).
 *
 * @param name        how reports name it
 * @param seeds       the real files mutations start from
 * @param grammar     random input of roughly the right shape
 * @param read        runs the reader on the working directory, the input written as {@code file}
 * @param directory   whether the reader reads the whole directory (the other seeds stay in place)
 * @param alwaysLine  whether every refusal must name a line (the streaming ledger readers do)
 */
record ReaderTarget(String name, List<Seed> seeds, Grammar grammar, Read read, boolean directory,
                    boolean alwaysLine) {

    /** Runs the reader. */
    interface Read {
        /** Reads; a success that breaks a promise of the reader's is an {@link AssertionError}. */
        Object read(Path dir, Path file) throws Exception;
    }

    /** Random text of the reader's kind. */
    interface Grammar {
        byte[] generate(java.util.Random random, Seed like);
    }

    /** A fresh working directory holding the seeds when the reader reads a directory. */
    Path workspace() {
        try {
            Path dir = Files.createTempDirectory("balans-fuzz-" + name.replaceAll("[^A-Za-z0-9]", "") + "-");
            if (directory) {
                for (Seed s : seeds) {
                    Files.write(dir.resolve(s.file()), s.bytes());
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the input into the working directory. */
    Path place(Path dir, FuzzInput input) throws IOException {
        Path f = dir.resolve(input.file());
        Files.write(f, input.bytes());
        return f;
    }

    /** Puts back what {@link #place} replaced. */
    void restore(Path dir, FuzzInput input) throws IOException {
        Path f = dir.resolve(input.file());
        if (directory) {
            Seed original = seeds.stream().filter(s -> s.file().equals(input.file())).findFirst().orElseThrow();
            Files.write(f, original.bytes());
        } else {
            Files.deleteIfExists(f);
        }
    }

    static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
