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

    /** SIE files by their customary extensions (.se, .si, .sie) or a first byte of '#'; the rest is CSV. */
    public static boolean isSie(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".se") || name.endsWith(".si") || name.endsWith(".sie")) {
            return true;
        }
        if (name.endsWith(".csv")) {
            return false;
        }
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            return in.read() == '#';
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /**
     * Reads a ledger file into monthly balances as {@link #read} would, on every core where the format
     * allows (SIE, see {@link se.balans.io.sie.ParallelSieReader}); CSV is read in order.
     */
    public static LedgerFileSummary aggregate(Path file, LedgerAggregator agg, LedgerReadOptions options) {
        return isSie(file) ? se.balans.io.sie.ParallelSieReader.read(file, agg, options)
                : CsvLedgerReader.read(file, agg, options);
    }

    /** Reads a ledger file with the reader its format needs (SIE or the CSV ledger format). */
    public static LedgerFileSummary read(Path file, LedgerSink sink, LedgerReadOptions options) {
        return isSie(file) ? se.balans.io.sie.SieReader.read(file, sink, options)
                : CsvLedgerReader.read(file, sink, options);
    }
}
