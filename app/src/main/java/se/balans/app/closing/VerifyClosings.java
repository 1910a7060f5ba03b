package se.balans.app.closing;

import se.balans.engine.balancesheet.BalanceSheetFollowUp;
import se.balans.engine.money.Money;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import se.balans.engine.EngineVersion;
import se.balans.engine.closing.ClosingComparison;
import se.balans.engine.closing.ClosingComparison.Difference;
import se.balans.engine.closing.MonthlyClosing;
import se.balans.io.Fingerprint;
import se.balans.io.closing.ClosingSetup;
import se.balans.io.closing.ClosingSetupReader;
import se.balans.engine.trace.SourceFile;
import se.balans.store.ChainCheck;
import se.balans.store.ClosingInfo;
import se.balans.store.ImportInfo;
import se.balans.store.LedgerSnapshot;
import se.balans.store.Store;
import se.balans.store.StoredClosing;

/**
 * Use case: verify the store, as an auditor does (see docs/postgresql.md, "What verify proves").
 * <ol>
 *   <li>The audit log's hash chain is walked ({@link ChainCheck}): a deleted, altered or inserted entry, or a
 *       record whose stored rows no longer match the entry that recorded them, is named.</li>
 *   <li>Every current import, and every import a checked closing read, is hashed again from its file; when the
 *       SHA-256 matches, its balances are re-derived from the file ({@link RederiveImport}) and compared with the
 *       stored ones to the öre — unless {@link Mode#QUICK}.</li>
 *   <li>Each valid closing is recomputed from the store — the very imports it recorded and its configuration kept
 *       verbatim — and compared with the stored one figure by figure ({@link ClosingComparison}); the hashes it
 *       recorded are checked; a closing that read an import whose balances differ from its file is a
 *       difference too: it was not recomputed from the evidence.</li>
 * </ol>
 */
public final class VerifyClosings {
    private VerifyClosings() {
    }

    /** One closing's verification. */
    public record ClosingCheck(ClosingInfo info, List<Difference> differences, boolean sameEngine) {
        public ClosingCheck {
            differences = List.copyOf(differences);
        }

        public boolean ok() {
            return differences.isEmpty();
        }
    }

    /** How much to check. */
    public enum Mode {
        /** Everything: the chain, the files' hashes, their balances re-derived, every closing recomputed. */
        FULL,
        /** The chain, the files' hashes and every closing recomputed from the stored balances, which are not
         *  re-derived from the files: quicker, and it cannot tell a stored balance changed with its closing. */
        QUICK
    }

    /**
     * One imported file: its stored hash against the file's bytes now, and its balances re-derived from it.
     *
     * @param rederived empty when not re-derived (the file is not there or changed, or {@link Mode#QUICK})
     */
    public record FileCheck(ImportInfo file, State state, Optional<String> sha256Now,
                            Optional<RederiveImport.Rederived> rederived) {
        /** What was found on disk. */
        public enum State { MATCHES, CHANGED, MISSING, NO_PATH }

        public FileCheck(ImportInfo file, State state, Optional<String> sha256Now) {
            this(file, state, sha256Now, Optional.empty());
        }

        /** Whether the file is there, unchanged, and (when re-derived) gives the stored balances. */
        boolean ok() {
            return state != State.CHANGED && state != State.MISSING
                    && rederived.map(RederiveImport.Rederived::ok).orElse(true);
        }
    }

    /**
     * Everything verified.
     *
     * @param stale the closings that no longer match the ledger (they reproduce from what they read, but
     *              the ledger has changed since): each is a failure until it is closed again
     */
    public record Result(List<ClosingCheck> closings, List<FileCheck> files, List<Staleness.Stale> stale,
                         Optional<ChainCheck> chain, Mode mode) {
        public Result {
            closings = List.copyOf(closings);
            files = List.copyOf(files);
            stale = List.copyOf(stale);
            Objects.requireNonNull(chain, "chain");
            Objects.requireNonNull(mode, "mode");
        }

        /** A verification with no stale closing and no chain checked. */
        public Result(List<ClosingCheck> closings, List<FileCheck> files) {
            this(closings, files, List.of(), Optional.empty(), Mode.FULL);
        }

        /**
         * Whether every closing reproduces and every imported file is still there unchanged. A file
         * that is gone fails too: the auditor cannot check that the closing read what the finance
         * unit exported, and "nothing differs" would claim what was not checked.
         */
        public boolean ok() {
            return stale.isEmpty() && closings.stream().allMatch(ClosingCheck::ok)
                    && files.stream().allMatch(FileCheck::ok) && chain.map(ChainCheck::ok).orElse(true);
        }
    }

    /** Everything ({@link Mode#FULL}), for every valid closing or only {@code month}'s. */
    public static Result run(Store store, Optional<YearMonth> month) {
        return run(store, month, Mode.FULL);
    }

    /**
     * Every valid closing, or only {@code month}'s, with the imports they read — and without a month every
     * current import too; the audit log's chain always.
     */
    public static Result run(Store store, Optional<YearMonth> month, Mode mode) {
        ChainCheck chain = store.checkAuditChain();
        Map<Long, ImportInfo> imports = new HashMap<>();
        Map<Long, ImportInfo> used = new TreeMap<>();
        for (ImportInfo i : store.imports()) {
            imports.put(i.id(), i);
            if (month.isEmpty() && i.current()) {
                used.put(i.id(), i);
            }
        }
        List<StoredClosing> toCheck = new ArrayList<>();
        for (ClosingInfo info : store.closings()) {
            if (!info.valid() || month.isPresent() && !month.get().equals(info.period())) {
                continue;
            }
            StoredClosing stored = store.closingById(info.id()).orElseThrow();
            stored.imports().forEach(ref -> used.put(ref.importId(), imports.get(ref.importId())));
            toCheck.add(stored);
        }
        List<FileCheck> files = new ArrayList<>();
        Map<Long, FileCheck> fileById = new HashMap<>();
        for (ImportInfo i : used.values()) {
            if (i == null) {
                continue;
            }
            FileCheck f = fileCheck(i);
            if (mode == Mode.FULL && f.state() == FileCheck.State.MATCHES) {
                f = new FileCheck(i, f.state(), f.sha256Now(),
                        Optional.of(RederiveImport.of(store, i, Path.of(i.filePath().orElseThrow()))));
            }
            files.add(f);
            fileById.put(i.id(), f);
        }
        Staleness.Checker staleness = Staleness.checker(store);
        List<Staleness.Stale> stale = new ArrayList<>();
        List<ClosingCheck> checks = new ArrayList<>();
        for (StoredClosing stored : toCheck) {
            ClosingCheck c = check(store, stored, imports);
            List<Difference> fromEvidence = new ArrayList<>(c.differences());
            for (StoredClosing.ImportRef ref : stored.imports()) {
                FileCheck f = fileById.get(ref.importId());
                if (f != null && f.rederived().isPresent() && !f.rederived().get().ok()) {
                    fromEvidence.add(new Difference("import #" + ref.importId() + ": the balances this closing read",
                            "(as stored)", f.rederived().get().differences().size() + " differ from the file"));
                }
            }
            // A closed closing is its month's valid one: the pointer to it (closed_period) deleted or moved behind the
            // program's back would make the month look open, or another closing its figures. A reopening moves the
            // pointer and marks the old closing in one transaction, so the pointer is read first and the closing's
            // state after it: one reopened meanwhile by another process is not a finding.
            Optional<Long> pointed = store.validClosingId(stored.info().period());
            boolean stillClosed = !pointed.equals(Optional.of(stored.info().id())) && store.closings().stream()
                    .anyMatch(i -> i.id() == stored.info().id() && i.valid());
            if (stillClosed) {
                fromEvidence.add(new Difference("closed_period " + stored.info().period() + ": the month's valid closing",
                        "#" + stored.info().id(), pointed.map(id -> "#" + id).orElse("(none: the month looks open)")));
            }
            checks.add(new ClosingCheck(c.info(), fromEvidence, c.sameEngine()));
            staleness.check(stored).ifPresent(stale::add);
        }
        return new Result(checks, files, stale, Optional.of(chain), mode);
    }

    static ClosingCheck check(Store store, StoredClosing stored, Map<Long, ImportInfo> imports) {
        YearMonth month = stored.info().period();
        List<Difference> diffs = new ArrayList<>();
        for (StoredClosing.ImportRef ref : stored.imports()) {
            ImportInfo now = imports.get(ref.importId());
            if (now == null || !now.sha256().equals(ref.sha256())) {
                diffs.add(new Difference("import #" + ref.importId() + " sha256", ref.sha256(),
                        now == null ? "(missing)" : now.sha256()));
            }
        }
        Map<String, String> texts = new LinkedHashMap<>();
        List<SourceFile> files = new ArrayList<>();
        for (SourceFile f : stored.config()) {
            texts.put(f.name(), f.content());
            SourceFile again = SourceFile.of(f.name(), f.content());
            files.add(again);
            if (!again.sha256().equals(f.sha256())) {
                diffs.add(new Difference("configuration " + f.name() + " sha256", f.sha256(), again.sha256()));
            }
        }
        String fingerprint = ClosingComputation.fingerprint(stored.info().engineVersion(), month,
                stored.imports().stream().map(StoredClosing.ImportRef::sha256).toList(), files);
        if (!fingerprint.equals(stored.info().inputsSha256())) {
            diffs.add(new Difference("inputs sha256", stored.info().inputsSha256(), fingerprint));
        }
        ClosingSetup setup = ClosingSetupReader.parse(Path.of("closing #" + stored.info().id()), texts);
        LedgerSnapshot ledger = store.ledgerOf(stored.imports().stream().map(StoredClosing.ImportRef::importId).toList(),
                ClosingComputation.firstYearRead(month), month);
        MonthlyClosing again = ClosingComputation.compute(setup, month, ledger);
        diffs.addAll(ClosingComparison.compare(stored.closing(), again));
        // The balance sheet is derived from the same recorded imports and configuration: recomputed here,
        // a ledger that does not tie is a finding, never a silently unbalanced sheet in a report.
        ClosingBalanceSheet.of(stored, setup.mapping(), ledger, Optional.empty(), Optional.empty()).balanceSheet()
                .map(BalanceSheetFollowUp::position).filter(p -> !p.ties())
                .ifPresent(p -> diffs.add(new Difference("balance sheet: the ledger's balances sum to (trial balance)",
                        Money.ZERO, p.trialBalanceDifference())));
        return new ClosingCheck(stored.info(), diffs, stored.info().engineVersion().equals(EngineVersion.get()));
    }

    static FileCheck fileCheck(ImportInfo i) {
        if (i.filePath().isEmpty()) {
            return new FileCheck(i, FileCheck.State.NO_PATH, Optional.empty());
        }
        Path p = Path.of(i.filePath().get());
        if (!Files.isRegularFile(p)) {
            return new FileCheck(i, FileCheck.State.MISSING, Optional.empty());
        }
        String now = Fingerprint.sha256(p);
        return new FileCheck(i, now.equals(i.sha256()) ? FileCheck.State.MATCHES : FileCheck.State.CHANGED,
                Optional.of(now));
    }
}
