package se.balans.io.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import se.balans.io.InputFileException;

/** What the ledger readers ask of a file before reading it. */
public final class LedgerFiles {
    private LedgerFiles() {
    }

    /** The file's size in bytes, for progress; a missing or unreadable file is bad input. */
    public static long size(Path file) {
        try {
            return Files.size(file);
        } catch (NoSuchFileException e) {
            throw new InputFileException(file, null, null, "no such file");
        } catch (IOException e) {
            throw new InputFileException(file, null, null, "cannot read: " + e.getMessage(), e);
        }
    }
}
