package se.balans.app.closing;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import se.balans.app.ConflictException;
import se.balans.app.MissingInputException;
import se.balans.app.ledger.Supply;
import se.balans.engine.EngineVersion;
import se.balans.engine.closing.MonthlyClosing;
import se.balans.io.closing.ClosingSetup;
import se.balans.engine.trace.SourceFile;
import se.balans.store.ClosingDraft;
import se.balans.store.ClosingInfo;
import se.balans.engine.trace.SourceFile;
import se.balans.store.ImportInfo;
import se.balans.store.LedgerSnapshot;
import se.balans.store.Store;

/**
 * Use case: close a month (månadsbokslut). Reads the current ledger, maps it, computes the closing
 * and stores it with everything it read — the imports and their hashes, the configuration verbatim,
 * the engine version — so that {@link VerifyClosings} can recompute it from the store alone. A closed
 * month is not changed: closing it again is {@link ReopenMonth}.
 */
public final class CloseMonth {
    private CloseMonth() {
    }

    /** The month to close with its configuration (mappings, budgets, profiles, committees). */
    public record Request(YearMonth month, ClosingSetup setup) {
        public Request {
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(setup, "setup");
        }
    }

    /**
     * A stored closing and its figures, and the later closings of its year that are stale (read
     * another ledger than this closing did): they must be closed again too.
     */
    public record Closed(ClosingInfo info, MonthlyClosing closing, List<Staleness.Stale> laterStale) {
        public Closed {
            laterStale = List.copyOf(laterStale);
        }
    }

    /**
     * @throws ConflictException     when the month is already closed (or the ledger changed meanwhile)
     * @throws MissingInputException when the year has no budget, the month no ledger, or the mapping a gap
     */
    public static Closed run(Store store, Request request) {
        return runAll(store, List.of(request.month()), request.setup(), false).get(0);
    }

    /** Computes and stores; {@code reopen} lets the store replace the month's valid closing. */
    static Closed closeAndStore(Store store, Request request, boolean reopen) {
        return closeAndStore(store, List.of(request.month()), request.setup(), reopen).get(0);
    }

    /**
     * Closes several months in one go — a year's twelve, say — for about the cost of one: the ledger is read once,
     * through the last month, and each month's closing computed from the part of it that month's own closing would
     * read ({@link LedgerSnapshot#restrictedTo}), so its figures, fingerprint and stored rows are the ones a closing
     * of that month alone gives. Every month is computed before any is stored: a month already closed, a gap, a
     * missing budget or an unmapped account refuses the whole batch with nothing stored.
     *
     * @param months the months, in any order; each once
     * @throws ConflictException     when a month is already closed (and not {@code reopen}), or the ledger changed
     * @throws MissingInputException when a year has no budget, a month no ledger, or the mapping a gap
     */
    public static List<Closed> runAll(Store store, List<YearMonth> months, ClosingSetup setup, boolean reopen) {
        if (!reopen) {
            List<String> closed = new ArrayList<>();
            for (YearMonth m : months) {
                store.closing(m).ifPresent(c -> closed.add(m + " is already closed (closing #" + c.info().id()
                        + " on " + c.info().closedAt().toLocalDate() + " by " + c.info().closedBy() + ")"));
            }
            if (!closed.isEmpty()) {
                throw new ConflictException(String.join("; ", closed) + "; a closed month is not changed — use "
                        + "--reopen to close " + (closed.size() == 1 ? "it" : "them") + " again"
                        + (months.size() > 1 ? " (nothing was closed)" : ""));
            }
        }
        return closeAndStore(store, months, setup, reopen);
    }

    private static List<Closed> closeAndStore(Store store, List<YearMonth> asked, ClosingSetup setup, boolean reopen) {
        List<YearMonth> months = new ArrayList<>(new java.util.TreeSet<>(asked));
        if (months.isEmpty() || months.size() != asked.size()) {
            throw new IllegalArgumentException("each month once: " + asked);
        }
        for (YearMonth month : months) {
            if (setup.budget(month.getYear()).isEmpty()) {
                throw new MissingInputException("no budget for " + month.getYear() + ": add budget-" + month.getYear()
                        + ".csv to the configuration");
            }
        }
        java.util.Set<YearMonth> supplied = Supply.current(store).keySet();
        months.forEach(m -> requireNoGap(supplied, m));
        YearMonth last = months.get(months.size() - 1);
        LedgerSnapshot read = store.ledger(ClosingComputation.firstYearRead(months.get(0)), last);
        var mapped = ClosingComputation.mapped(setup, months.size() == 1 ? last.toString()
                : months.get(0) + "–" + last, read);
        List<ClosingDraft> drafts = new ArrayList<>();
        for (YearMonth month : months) {
            LedgerSnapshot snapshot = read.restrictedTo(ClosingComputation.firstYearRead(month), month);
            MonthlyClosing closing = ClosingComputation.compute(setup, month, snapshot, mapped);
            drafts.add(new ClosingDraft(closing, setup.organisation(), setup.committees(), EngineVersion.get(),
                    ClosingComputation.fingerprint(EngineVersion.get(), month,
                            snapshot.imports().stream().map(ImportInfo::sha256).toList(), setup.files()),
                    snapshot.ledgerVersion(), snapshot.imports(), configFiles(setup.files())));
        }
        List<ClosingInfo> stored = new ArrayList<>();
        for (ClosingDraft draft : drafts) {
            stored.add(store.saveClosing(draft, reopen));
        }
        // The closings after the batch's last month of each year that the new figures leave stale.
        java.util.Map<Integer, YearMonth> lastOfYear = new java.util.HashMap<>();
        months.forEach(m -> lastOfYear.merge(m.getYear(), m, (a, b) -> a.isAfter(b) ? a : b));
        List<Staleness.Stale> later = Staleness.of(store, c -> lastOfYear.containsKey(c.period().getYear())
                && c.period().isAfter(lastOfYear.get(c.period().getYear())));
        List<Closed> out = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            YearMonth m = months.get(i);
            boolean lastOfItsYear = m.equals(lastOfYear.get(m.getYear()));
            out.add(new Closed(stored.get(i), drafts.get(i).closing(), lastOfItsYear
                    ? later.stream().filter(s -> s.closing().period().getYear() == m.getYear()).toList() : List.of()));
        }
        return out;
    }

    /**
     * A closing's year to date needs every month of its year up to it: one without a ledger would be
     * summed as zero and the figures would look right and be wrong.
     *
     * @throws MissingInputException naming every month of the year up to {@code month} that has no ledger
     */
    private static void requireNoGap(java.util.Set<YearMonth> supplied, YearMonth month) {
        List<YearMonth> missing = new java.util.ArrayList<>();
        for (YearMonth m = YearMonth.of(month.getYear(), 1); !m.isAfter(month); m = m.plusMonths(1)) {
            if (!supplied.contains(m)) {
                missing.add(m);
            }
        }
        if (!missing.isEmpty() && supplied.contains(month)) {
            throw new MissingInputException("cannot close " + month + ": no ledger is imported for "
                    + String.join(", ", missing.stream().map(YearMonth::toString).toList()) + ", so the year to date "
                    + "would miss " + (missing.size() == 1 ? "that month" : "those months") + "; import "
                    + (missing.size() == 1 ? "it" : "them") + " first (balans import FILE)");
        }
    }

    static List<SourceFile> configFiles(List<SourceFile> files) {
        return files.stream().map(f -> new SourceFile(f.name(), f.sha256(), f.content())).toList();
    }
}
