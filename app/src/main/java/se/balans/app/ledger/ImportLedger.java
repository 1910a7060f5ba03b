package se.balans.app.ledger;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

import se.balans.app.ConflictException;
import se.balans.app.closing.Staleness;
import se.balans.app.workspace.OrganisationCheck;
import se.balans.engine.organisation.Organisation;
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

    /**
     * What to import, how it joins the months other imports supply ({@link ImportMode}), and whose
     * ledger it must be: the workspace's organisation, which the file's header must not contradict and
     * which the store must belong to ({@link OrganisationCheck}). Empty only where no workspace applies
     * (tests of the store's own rules).
     */
    public record Request(Path file, ImportMode mode, Optional<Organisation> organisation) {
        public Request {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(mode, "mode");
            Objects.requireNonNull(organisation, "organisation");
        }

        public Request(Path file, ImportMode mode, Organisation organisation) {
            this(file, mode, Optional.of(organisation));
        }

        public Request(Path file, ImportMode mode) {
            this(file, mode, Optional.empty());
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
    public record Imported(ImportReceipt receipt, LedgerFileSummary summary, List<Staleness.Stale> madeStale,
                           Optional<LedgerWarning> organisationWarning) {
        public Imported {
            madeStale = List.copyOf(madeStale);
            Objects.requireNonNull(organisationWarning, "organisationWarning");
        }

        /**
         * What was tolerated rather than refused: how the file names its organisation, if not as the
         * workspace does, then the first of the reader's {@link LedgerFileSummary#warningCount()}.
         */
        public List<LedgerWarning> warnings() {
            List<LedgerWarning> all = new ArrayList<>();
            organisationWarning.ifPresent(all::add);
            all.addAll(summary.warnings());
            return all;
        }

        /** How many warnings there were, the reader's beyond those listed included. */
        public long warningCount() {
            return summary.warningCount() + (organisationWarning.isPresent() ? 1 : 0);
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
        return runAll(opening, List.of(request), file -> progress, (file, done) -> { }).get(0);
    }

    /**
     * Imports several files in one transaction, in the order given: every file is read and checked
     * first, then all land together or none does — a refusal of the last file leaves the first ones
     * unimported too, so that a year's files never land in part. All requests take the same mode.
     *
     * @param progress the progress of reading each file
     * @param read     told when each file has been read, before anything is stored
     * @return what each import did, in the order of {@code requests}
     */
    public static List<Imported> runAll(CompletableFuture<Store> opening, List<Request> requests,
                                        Function<Path, LedgerAggregator.Progress> progress,
                                        BiConsumer<Path, LedgerFileSummary> read) {
        if (requests.isEmpty()) {
            throw new IllegalArgumentException("no file to import");
        }
        ImportMode mode = requests.get(0).mode();
        if (requests.stream().anyMatch(r -> !r.mode().equals(mode))) {
            throw new IllegalArgumentException("the files of one import take one mode");
        }
        List<Parsed> parsed = new ArrayList<>();
        Set<String> hashes = new HashSet<>();
        for (Request request : requests) {
            Parsed p = parse(opening, request, progress.apply(request.file()));
            if (!hashes.add(p.ledger().sha256())) {
                throw new ConflictException(request.file() + " is given twice (the same SHA-256 as another file of "
                        + "this import): nothing was imported");
            }
            read.accept(request.file(), p.summary());
            parsed.add(p);
        }
        Store store = join(opening);
        requests.get(0).organisation().ifPresent(o -> OrganisationCheck.bind(store, o));
        List<ImportReceipt> receipts = store.importLedgers(parsed.stream().map(Parsed::ledger).toList(), mode);
        List<Staleness.Stale> stale = Staleness.of(store);
        List<Imported> out = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            long id = receipts.get(i).imported().id();
            out.add(new Imported(receipts.get(i), parsed.get(i).summary(),
                    stale.stream().filter(s -> s.changedBy().contains(id)).toList(), parsed.get(i).organisationWarning()));
        }
        return out;
    }

    /** A file read and checked, ready to store. */
    private record Parsed(LedgerImport ledger, LedgerFileSummary summary, Optional<LedgerWarning> organisationWarning) {
    }

    private static Parsed parse(CompletableFuture<Store> opening, Request request, LedgerAggregator.Progress progress) {
        Path file = request.file();
        LedgerFiles.size(file);
        // The file's SHA-256 on the other core while it is parsed: reading 40 MB twice in a row cost a third of a
        // second before the parse could start. The store's duplicate check waits for both.
        CompletableFuture<String> hashing = CompletableFuture.supplyAsync(() -> Fingerprint.sha256(file));
        AtomicReference<RuntimeException> refusal = new AtomicReference<>();
        CompletableFuture<Void> duplicateCheck = request.replace() ? CompletableFuture.completedFuture(null)
                : opening.thenAcceptBoth(hashing, (store, sha) -> duplicate(store, file, sha).ifPresent(refusal::set));
        LedgerAggregator agg = new LedgerAggregator(progress, () -> refusal.get() != null);
        LedgerFileSummary summary;
        try {
            summary = LedgerFiles.read(file, agg, LedgerReadOptions.DEFAULTS);
        } catch (LedgerAggregator.Stopped stopped) {
            throw refusal.get();
        }
        join(opening);
        String sha256 = join(hashing);
        join(duplicateCheck);
        if (refusal.get() != null) {
            throw refusal.get();
        }
        requireSomething(file, summary, agg);
        Optional<LedgerWarning> organisationWarning = request.organisation()
                .flatMap(o -> OrganisationCheck.ledger(o, file, summary.header()));
        LedgerImport ledger = new LedgerImport(file.getFileName().toString(),
                file.toAbsolutePath().normalize().toString(), sha256, summary.bytes(), summary.format(),
                summary.charset().name(), summary.vouchers(), summary.rows(), agg.balances(), agg.accountNames(),
                agg.openingBalances(file));
        return new Parsed(ledger, summary, organisationWarning);
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
