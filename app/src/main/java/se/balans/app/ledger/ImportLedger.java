package se.balans.app.ledger;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

import se.balans.app.ConflictException;
import se.balans.app.closing.Staleness;
import se.balans.io.Fingerprint;
import se.balans.io.InputFileException;
import se.balans.io.ledger.LedgerAggregator;
import se.balans.io.ledger.LedgerFileSummary;
import se.balans.io.ledger.LedgerFiles;
import se.balans.io.ledger.LedgerReadOptions;
import se.balans.io.ledger.LedgerWarning;
import se.balans.store.ImportInfo;
import se.balans.store.ImportMode;
import se.balans.store.ImportReceipt;
import se.balans.store.LedgerImport;
import se.balans.store.Store;

/**
 * Use case: import a ledger file (SIE or CSV) into the store. The file is hashed, streamed through its
 * reader into monthly balances ({@link LedgerAggregator}) and stored in one transaction: it lands whole
 * or not at all. A file the store already has is refused unless {@code replace}, and so is a file with
 * nothing to import: no vouchers and no period balances.
 */
public final class ImportLedger {
    private ImportLedger() {
    }

    /** What to import, and how it joins the months other imports supply ({@link ImportMode}). */
    public record Request(Path file, ImportMode mode) {
        public Request {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(mode, "mode");
        }

        /** A new file, or with {@code replace} a re-export replacing what it overlaps. */
        public Request(Path file, boolean replace) {
            this(file, ImportMode.of(replace));
        }

        boolean replace() {
            return mode.replace();
        }
    }

    /**
     * What an import did: the store's receipt (the import, what it superseded), what the reader found,
     * and the closings this import made stale (they must be closed again).
     */
    public record Imported(ImportReceipt receipt, LedgerFileSummary summary, List<Staleness.Stale> madeStale) {
        public Imported {
            madeStale = List.copyOf(madeStale);
        }

        /** What the reader tolerated rather than refused: the first ones of {@link LedgerFileSummary#warningCount()}. */
        public List<LedgerWarning> warnings() {
            return summary.warnings();
        }
    }

    public static Imported run(Store store, Request request, LedgerAggregator.Progress progress) {
        return run(CompletableFuture.completedFuture(store), request, progress);
    }

    /**
     * Imports with the store still opening: opening a database and warming its SQL layer costs about
     * as much as parsing a year's ledger, so on a machine with two cores the two overlap. The store's
     * answer on a duplicate file stops the parse as soon as it is known; nothing is written before
     * the whole file has been read.
     *
     * @throws ConflictException when the store already has the file and {@code replace} is not asked
     * @throws InputFileException when the file cannot be read, or has no vouchers and no period balances
     */
    public static Imported run(CompletableFuture<Store> opening, Request request, LedgerAggregator.Progress progress) {
        Path file = request.file();
        String sha256 = Fingerprint.sha256(file);
        AtomicReference<RuntimeException> refusal = new AtomicReference<>();
        CompletableFuture<Void> duplicateCheck = request.replace() ? CompletableFuture.completedFuture(null)
                : opening.thenAccept(store -> duplicate(store, file, sha256).ifPresent(refusal::set));
        LedgerAggregator agg = new LedgerAggregator(progress, () -> refusal.get() != null);
        LedgerFileSummary summary;
        try {
            summary = LedgerFiles.read(file, agg, LedgerReadOptions.DEFAULTS);
        } catch (LedgerAggregator.Stopped stopped) {
            throw refusal.get();
        }
        Store store = join(opening);
        join(duplicateCheck);
        if (refusal.get() != null) {
            throw refusal.get();
        }
        requireSomething(file, summary, agg);
        LedgerImport ledger = new LedgerImport(file.getFileName().toString(),
                file.toAbsolutePath().normalize().toString(), sha256, summary.bytes(), summary.format(),
                summary.charset().name(), summary.vouchers(), summary.rows(), agg.balances(), agg.accountNames());
        ImportReceipt receipt = store.importLedger(ledger, request.mode());
        long id = receipt.imported().id();
        return new Imported(receipt, summary, Staleness.of(store).stream()
                .filter(s -> s.changedBy().contains(id)).toList());
    }

    /**
     * Refuses a file that gives no balance: recorded, it would be an import covering no months that
     * looks like a ledger in {@code status}, and a replace with it would empty a year without a word.
     */
    static void requireSomething(Path file, LedgerFileSummary summary, LedgerAggregator agg) {
        if (summary.vouchers() == 0 && agg.balances().isEmpty()) {
            throw new InputFileException(file, null, null, "no vouchers and no period balances of the current year "
                    + "(SIE #VER or #PSALDO; CSV rows): nothing to import. An export of the account plan or of the "
                    + "year's balances only (SIE 1)? Export the general ledger (huvudboken) with its vouchers");
        }
    }

    /** The refusal of a file the store already has, if it has it. */
    static Optional<RuntimeException> duplicate(Store store, Path file, String sha256) {
        for (ImportInfo i : store.imports()) {
            if (i.current() && i.sha256().equals(sha256)) {
                return Optional.of(new ConflictException(file + " is already imported (import #"
                        + i.id() + " of " + i.fileName() + " on " + i.importedAt().toLocalDate() + " by "
                        + i.importedBy() + ", same SHA-256); use --replace to import it again"));
            }
        }
        return Optional.empty();
    }

    /** The value of a future, with its own exception unwrapped (a store that could not open, a refusal). */
    public static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }
}
