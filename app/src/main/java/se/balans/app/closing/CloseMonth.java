package se.balans.app.closing;

import java.time.YearMonth;
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
        YearMonth month = request.month();
        store.closing(month).ifPresent(c -> {
            throw new ConflictException(month + " is already closed (closing #" + c.info().id()
                    + " on " + c.info().closedAt().toLocalDate() + " by " + c.info().closedBy()
                    + "); a closed month is not changed — use --reopen to close it again");
        });
        return closeAndStore(store, request, false);
    }

    /** Computes and stores; {@code reopen} lets the store replace the month's valid closing. */
    static Closed closeAndStore(Store store, Request request, boolean reopen) {
        YearMonth month = request.month();
        ClosingSetup setup = request.setup();
        if (setup.budget(month.getYear()).isEmpty()) {
            throw new MissingInputException("no budget for " + month.getYear() + ": add budget-" + month.getYear()
                    + ".csv to the configuration");
        }
        requireNoGap(store, month);
        LedgerSnapshot snapshot = store.ledger(ClosingComputation.firstYearRead(month), month);
        MonthlyClosing closing = ClosingComputation.compute(setup, month, snapshot);
        ClosingDraft draft = new ClosingDraft(closing, setup.organisation(), setup.committees(), EngineVersion.get(),
                ClosingComputation.fingerprint(
                EngineVersion.get(), month, snapshot.imports().stream().map(ImportInfo::sha256).toList(),
                setup.files()), snapshot.ledgerVersion(), snapshot.imports(), configFiles(setup.files()));
        ClosingInfo info = store.saveClosing(draft, reopen);
        List<Staleness.Stale> later = Staleness.of(store,
                c -> c.period().getYear() == month.getYear() && c.period().isAfter(month));
        return new Closed(info, closing, later);
    }

    /**
     * A closing's year to date needs every month of its year up to it: one without a ledger would be
     * summed as zero and the figures would look right and be wrong.
     *
     * @throws MissingInputException naming every month of the year up to {@code month} that has no ledger
     */
    static void requireNoGap(Store store, YearMonth month) {
        java.util.Set<YearMonth> supplied = Supply.current(store).keySet();
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
