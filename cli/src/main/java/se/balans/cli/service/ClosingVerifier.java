package se.balans.cli.service;

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
import se.balans.engine.closing.Backtest;
import se.balans.engine.closing.ForecastBasis;
import se.balans.engine.closing.Measures;
import se.balans.engine.closing.MonthlyClosing;
import se.balans.engine.ledger.LedgerMapping.Key;
import se.balans.engine.money.Money;
import se.balans.io.closing.ClosingSetup;
import se.balans.io.closing.ClosingSetupReader;
import se.balans.io.closing.SourceFile;
import se.balans.store.ClosingInfo;
import se.balans.store.ConfigFile;
import se.balans.store.ImportInfo;
import se.balans.store.LedgerSnapshot;
import se.balans.store.Store;
import se.balans.store.StoredClosing;

/**
 * Recomputes stored closings from what the store holds — the very imports each closing recorded and
 * its configuration kept verbatim — and compares every stored figure with the recomputed one; and
 * hashes the imported files again. This is how an auditor checks that a closing reproduces.
 */
public final class ClosingVerifier {
    private ClosingVerifier() {
    }

    /**
     * A stored figure that differs from its recomputation: amounts as {@link Money}, other figures
     * (hashes, bases) as text.
     */
    public record Difference(String figure, Object stored, Object recomputed) {
    }

    /** One closing's verification. */
    public record ClosingCheck(ClosingInfo info, List<Difference> differences, boolean sameEngine) {
        public boolean ok() {
            return differences.isEmpty();
        }
    }

    /** One imported file: its stored hash against the file's bytes now. */
    public record FileCheck(ImportInfo file, State state, Optional<String> sha256Now) {
        /** What was found on disk. */
        public enum State { MATCHES, CHANGED, MISSING, NO_PATH }
    }

    /** Everything verified. */
    public record Result(List<ClosingCheck> closings, List<FileCheck> files) {
        public boolean ok() {
            return closings.stream().allMatch(ClosingCheck::ok)
                    && files.stream().noneMatch(f -> f.state() == FileCheck.State.CHANGED);
        }
    }

    public static Result verify(Store store, Optional<YearMonth> month) {
        List<ClosingCheck> checks = new ArrayList<>();
        Map<Long, ImportInfo> used = new TreeMap<>();
        Map<Long, ImportInfo> imports = new HashMap<>();
        store.imports().forEach(i -> imports.put(i.id(), i));
        for (ClosingInfo info : store.closings()) {
            if (!info.valid() || month.isPresent() && !month.get().equals(info.period())) {
                continue;
            }
            StoredClosing stored = store.closingById(info.id()).orElseThrow();
            stored.imports().forEach(ref -> used.put(ref.importId(), imports.get(ref.importId())));
            checks.add(check(store, stored, imports));
        }
        List<FileCheck> files = new ArrayList<>();
        for (ImportInfo i : used.values()) {
            files.add(fileCheck(i));
        }
        return new Result(checks, files);
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
        for (ConfigFile f : stored.config()) {
            texts.put(f.name(), f.content());
            SourceFile again = SourceFile.of(f.name(), f.content());
            files.add(again);
            if (!again.sha256().equals(f.sha256())) {
                diffs.add(new Difference("configuration " + f.name() + " sha256", f.sha256(), again.sha256()));
            }
        }
        String fingerprint = MonthCloser.fingerprint(stored.info().engineVersion(), month,
                stored.imports().stream().map(StoredClosing.ImportRef::sha256).toList(), files);
        if (!fingerprint.equals(stored.info().inputsSha256())) {
            diffs.add(new Difference("inputs sha256", stored.info().inputsSha256(), fingerprint));
        }
        ClosingSetup setup = ClosingSetupReader.parse(Path.of("closing #" + stored.info().id()), texts);
        LedgerSnapshot ledger = store.ledgerOf(stored.imports().stream().map(StoredClosing.ImportRef::importId).toList(),
                MonthCloser.firstYearRead(month), month);
        MonthlyClosing again = MonthCloser.compute(setup, month, ledger);
        compare(stored.closing(), again, diffs);
        return new ClosingCheck(stored.info(), diffs, stored.info().engineVersion().equals(EngineVersion.get()));
    }

    /** Figure by figure at the stored grain, so a difference names exactly the figure that differs. */
    static void compare(MonthlyClosing stored, MonthlyClosing again, List<Difference> out) {
        Map<Key, Measures> a = new LinkedHashMap<>();
        stored.rows().forEach(r -> a.put(r.key(), r.measures()));
        Map<Key, Measures> b = new LinkedHashMap<>();
        again.rows().forEach(r -> b.put(r.key(), r.measures()));
        for (Key k : union(a.keySet(), b.keySet())) {
            Measures x = a.getOrDefault(k, Measures.ZERO);
            Measures y = b.getOrDefault(k, Measures.ZERO);
            String at = k.committee() + " " + k.line().code() + " ";
            money(at + "month", x.month(), y.month(), out);
            money(at + "ytd", x.ytd(), y.ytd(), out);
            money(at + "ytd_last_year", x.ytdLastYear(), y.ytdLastYear(), out);
            money(at + "budget_ytd", x.budgetYtd(), y.budgetYtd(), out);
            money(at + "budget_year", x.budgetYear(), y.budgetYear(), out);
            money(at + "forecast_year", x.forecastYear(), y.forecastYear(), out);
        }
        Map<String, MonthlyClosing.MonthRow> ma = new LinkedHashMap<>();
        stored.months().forEach(r -> ma.put(monthKey(r), r));
        Map<String, MonthlyClosing.MonthRow> mb = new LinkedHashMap<>();
        again.months().forEach(r -> mb.put(monthKey(r), r));
        for (String k : union(ma.keySet(), mb.keySet())) {
            MonthlyClosing.MonthRow x = ma.get(k);
            MonthlyClosing.MonthRow y = mb.get(k);
            money(k + " actual", x == null ? Money.ZERO : x.actual(), y == null ? Money.ZERO : y.actual(), out);
            money(k + " last_year", x == null ? Money.ZERO : x.lastYear(), y == null ? Money.ZERO : y.lastYear(), out);
            money(k + " budget", x == null ? Money.ZERO : x.budget(), y == null ? Money.ZERO : y.budget(), out);
        }
        Map<String, ForecastBasis> ba = stored.basesByTarget();
        Map<String, ForecastBasis> bb = again.basesByTarget();
        for (String t : union(ba.keySet(), bb.keySet())) {
            if (!Objects.equals(ba.get(t), bb.get(t))) {
                out.add(new Difference("forecast basis " + t, String.valueOf(ba.get(t)), String.valueOf(bb.get(t))));
            }
        }
        Optional<Backtest> ta = stored.backtest();
        Optional<Backtest> tb = again.backtest();
        if (!ta.equals(tb)) {
            out.add(new Difference("backtest", ta.map(Object::toString).orElse("(none)"),
                    tb.map(Object::toString).orElse("(none)")));
        }
    }

    private static String monthKey(MonthlyClosing.MonthRow r) {
        return r.key().committee() + " " + r.key().line().code() + " month " + r.month();
    }

    private static void money(String figure, Money stored, Money again, List<Difference> out) {
        if (!stored.equals(again)) {
            out.add(new Difference(figure, stored, again));
        }
    }

    private static <T> List<T> union(java.util.Collection<T> a, java.util.Collection<T> b) {
        java.util.LinkedHashSet<T> s = new java.util.LinkedHashSet<>(a);
        s.addAll(b);
        return new ArrayList<>(s);
    }

    static FileCheck fileCheck(ImportInfo i) {
        if (i.filePath().isEmpty()) {
            return new FileCheck(i, FileCheck.State.NO_PATH, Optional.empty());
        }
        Path p = Path.of(i.filePath().get());
        if (!Files.isRegularFile(p)) {
            return new FileCheck(i, FileCheck.State.MISSING, Optional.empty());
        }
        String now = se.balans.io.Fingerprint.sha256(p);
        return new FileCheck(i, now.equals(i.sha256()) ? FileCheck.State.MATCHES : FileCheck.State.CHANGED,
                Optional.of(now));
    }
}
