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
import se.balans.store.ClosingInfo;
import se.balans.store.ImportInfo;
import se.balans.store.LedgerSnapshot;
import se.balans.store.Store;
import se.balans.store.StoredClosing;

/**
 * Use case: verify the stored closings, as an auditor does. Each valid closing is recomputed from what
 * the store holds — the very imports it recorded and its configuration kept verbatim — and compared
 * with the stored one figure by figure ({@link ClosingComparison}); the hashes it recorded are checked;
 * and the imported files are hashed again.
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

    /** One imported file: its stored hash against the file's bytes now. */
    public record FileCheck(ImportInfo file, State state, Optional<String> sha256Now) {
        /** What was found on disk. */
        public enum State { MATCHES, CHANGED, MISSING, NO_PATH }
    }

    /**
     * Everything verified.
     *
     * @param stale the closings that no longer match the ledger (they reproduce from what they read, but
     *              the ledger has changed since): each is a failure until it is closed again
     */
    public record Result(List<ClosingCheck> closings, List<FileCheck> files, List<Staleness.Stale> stale) {
        public Result {
            closings = List.copyOf(closings);
            files = List.copyOf(files);
            stale = List.copyOf(stale);
        }

        /** A verification with no stale closing. */
        public Result(List<ClosingCheck> closings, List<FileCheck> files) {
            this(closings, files, List.of());
        }

        /**
         * Whether every closing reproduces and every imported file is still there unchanged. A file
         * that is gone fails too: the auditor cannot check that the closing read what the finance
         * unit exported, and "nothing differs" would claim what was not checked.
         */
        public boolean ok() {
            return stale.isEmpty() && closings.stream().allMatch(ClosingCheck::ok) && files.stream()
                    .noneMatch(f -> f.state() == FileCheck.State.CHANGED || f.state() == FileCheck.State.MISSING);
        }
    }

    /** Every valid closing, or only {@code month}'s. */
    public static Result run(Store store, Optional<YearMonth> month) {
        List<ClosingCheck> checks = new ArrayList<>();
        Map<Long, ImportInfo> used = new TreeMap<>();
        Map<Long, ImportInfo> imports = new HashMap<>();
        store.imports().forEach(i -> imports.put(i.id(), i));
        Staleness.Checker staleness = Staleness.checker(store);
        List<Staleness.Stale> stale = new ArrayList<>();
        for (ClosingInfo info : store.closings()) {
            if (!info.valid() || month.isPresent() && !month.get().equals(info.period())) {
                continue;
            }
            StoredClosing stored = store.closingById(info.id()).orElseThrow();
            stored.imports().forEach(ref -> used.put(ref.importId(), imports.get(ref.importId())));
            checks.add(check(store, stored, imports));
            staleness.check(stored).ifPresent(stale::add);
        }
        List<FileCheck> files = new ArrayList<>();
        for (ImportInfo i : used.values()) {
            files.add(fileCheck(i));
        }
        return new Result(checks, files, stale);
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
