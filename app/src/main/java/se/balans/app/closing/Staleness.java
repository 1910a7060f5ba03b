package se.balans.app.closing;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import se.balans.app.ConflictException;
import se.balans.engine.ledger.LedgerAmount;
import se.balans.engine.money.Money;
import se.balans.store.ClosingInfo;
import se.balans.store.ImportInfo;
import se.balans.store.LedgerSnapshot;
import se.balans.store.Store;
import se.balans.store.StoredClosing;

/**
 * Which valid closings no longer match the ledger. A closing of month M read the imports that supplied
 * the months it uses — its year up to M, and the earlier years it compares with and learns its
 * seasonality from ({@link ClosingComputation#firstYearRead}). It is stale when, for one of those
 * months, the balances the current imports give differ from the balances it read: an import replaced
 * one it read (a re-export with a correction) or added to a month (late vouchers, an earlier year's
 * ledger). Its figures would come out differently, so it must be closed again; until then it is shown
 * as stale, {@code verify} fails on it and no report is written from it.
 *
 * <p>A monthly re-export of the year to date that leaves the earlier months as they were does not make
 * their closings stale: the balances are compared, not only which file supplied them.
 */
public final class Staleness {
    private Staleness() {
    }

    /**
     * A stale closing and the imports that made it stale.
     *
     * @param changedBy the current imports it did not read, and the imports that superseded ones it read
     * @param months    the months it uses whose supply changed
     */
    public record Stale(ClosingInfo closing, SortedSet<Long> changedBy, SortedSet<YearMonth> months) {
        public Stale {
            Objects.requireNonNull(closing, "closing");
            changedBy = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(changedBy));
            months = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(months));
        }
    }

    /**
     * Refuses to build on a stale closing: what is derived from it (a report, a year's record) would
     * show figures the ledger no longer gives.
     *
     * @throws ConflictException naming the closing, the import that made it stale and how to close it again
     */
    public static void requireCurrent(Store store, StoredClosing stored) {
        checker(store).check(stored).ifPresent(s -> {
            java.time.YearMonth month = stored.info().period();
            throw new ConflictException("the closing of " + month + " (#" + s.closing().id() + ") is stale: "
                    + describe(s) + "; close it again first: balans close " + month + " --reopen");
        });
    }

    /** "import #7 changed 2026-02, 2026-03": what made a closing stale, in words for a message. */
    public static String describe(Stale s) {
        return String.join(", ", s.changedBy().stream().map(id -> "import #" + id).toList()) + " changed "
                + String.join(", ", s.months().stream().map(YearMonth::toString).toList());
    }

    /** Every stale valid closing, in the store's order. */
    public static List<Stale> of(Store store) {
        return of(store, info -> true);
    }

    /** The stale ones among the valid closings {@code which} accepts; only those are read from the store. */
    public static List<Stale> of(Store store, java.util.function.Predicate<ClosingInfo> which) {
        List<ClosingInfo> asked = store.closings().stream().filter(c -> c.valid() && which.test(c)).toList();
        if (asked.isEmpty()) {
            // No closing to check (an import into a store without closings): nothing else is read.
            return List.of();
        }
        Checker checker = checker(store);
        List<Stale> out = new ArrayList<>();
        for (ClosingInfo info : asked) {
            checker.check(store.closingById(info.id()).orElseThrow()).ifPresent(out::add);
        }
        return out;
    }

    /**
     * A check of closings the caller has already read, against the ledger as it is now: the imports
     * and the months each supplies are read once, however many closings are checked.
     */
    public static Checker checker(Store store) {
        return new Checker(store, store.imports(), store.monthsByImport());
    }

    /** Checks closings against one reading of the store's imports. */
    public static final class Checker {
        private final Store store;
        private final List<ImportInfo> imports;
        private final Map<Long, SortedSet<YearMonth>> months;

        private Checker(Store store, List<ImportInfo> imports, Map<Long, SortedSet<YearMonth>> months) {
            this.store = store;
            this.imports = imports;
            this.months = months;
        }

        /** The closing, if it is stale. */
        public java.util.Optional<Stale> check(StoredClosing stored) {
            return Staleness.check(store, stored, imports, months);
        }
    }

    private static java.util.Optional<Stale> check(Store store, StoredClosing stored, List<ImportInfo> imports,
                                                   Map<Long, SortedSet<YearMonth>> months) {
        YearMonth month = stored.info().period();
        YearMonth from = YearMonth.of(ClosingComputation.firstYearRead(month), 1);
        Set<Long> read = new TreeSet<>();
        stored.imports().forEach(ref -> read.add(ref.importId()));
        SortedSet<Long> changedBy = new TreeSet<>();
        SortedSet<YearMonth> changed = new TreeSet<>();
        Map<Long, SortedSet<YearMonth>> monthsOfCause = new java.util.HashMap<>();
        for (ImportInfo i : imports) {
            SortedSet<YearMonth> used = within(months.getOrDefault(i.id(), new TreeSet<>()), from, month);
            if (used.isEmpty()) {
                continue;
            }
            boolean wasRead = read.contains(i.id());
            if (i.current() && !wasRead || !i.current() && wasRead) {
                long cause = i.current() ? i.id() : successor(i, imports);
                changedBy.add(cause);
                changed.addAll(used);
                monthsOfCause.computeIfAbsent(cause, k -> new TreeSet<>()).addAll(used);
            }
        }
        if (changedBy.isEmpty()) {
            return java.util.Optional.empty();
        }
        // Another file supplies some months now: stale only if their balances differ from what was read.
        int firstYear = ClosingComputation.firstYearRead(month);
        LedgerSnapshot thenRead = store.ledgerOf(List.copyOf(read), firstYear, month);
        LedgerSnapshot current = store.ledger(firstYear, month);
        Map<YearMonth, Map<String, Money>> before = byMonth(thenRead, changed);
        Map<YearMonth, Map<String, Money>> now = byMonth(current, changed);
        SortedSet<YearMonth> differ = new TreeSet<>();
        for (YearMonth m : changed) {
            if (!before.getOrDefault(m, Map.of()).equals(now.getOrDefault(m, Map.of()))) {
                differ.add(m);
            }
        }
        // Changed opening balances (#IB) change the balance sheet from the year's first month on.
        Map<Integer, Map<String, Money>> openedBefore = openings(thenRead);
        Map<Integer, Map<String, Money>> openedNow = openings(current);
        for (YearMonth m : changed) {
            if (!openedBefore.getOrDefault(m.getYear(), Map.of()).equals(openedNow.getOrDefault(m.getYear(), Map.of()))) {
                differ.add(YearMonth.of(m.getYear(), 1).isBefore(from) ? from : YearMonth.of(m.getYear(), 1));
                differ.add(m);
            }
        }
        changedBy.removeIf(id -> java.util.Collections.disjoint(monthsOfCause.get(id), differ));
        return differ.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(new Stale(stored.info(), changedBy, differ));
    }

    /** The opening balances by year and account; zeros left out. */
    private static Map<Integer, Map<String, Money>> openings(LedgerSnapshot snapshot) {
        Map<Integer, Map<String, Money>> out = new java.util.HashMap<>();
        snapshot.openings().stream().filter(o -> !o.amount().isZero()).forEach(o -> out
                .computeIfAbsent(o.year(), k -> new java.util.HashMap<>()).merge(o.account(), o.amount(), Money::plus));
        return out;
    }

    /** The amounts of the given months by account and cost centre; what nets to zero is left out. */
    private static Map<YearMonth, Map<String, Money>> byMonth(LedgerSnapshot snapshot, Set<YearMonth> months) {
        Map<YearMonth, Map<String, Money>> out = new java.util.HashMap<>();
        for (LedgerAmount a : snapshot.amounts()) {
            if (months.contains(a.period()) && !a.amount().isZero()) {
                out.computeIfAbsent(a.period(), k -> new java.util.HashMap<>())
                        .merge(a.account() + '\n' + a.costCentre(), a.amount(), Money::plus);
            }
        }
        return out;
    }

    /** The current import that (through any chain of replacements) supersedes {@code i}. */
    private static long successor(ImportInfo i, List<ImportInfo> imports) {
        ImportInfo at = i;
        for (int guard = 0; at.supersededBy().isPresent() && guard < imports.size(); guard++) {
            long next = at.supersededBy().get();
            at = imports.stream().filter(x -> x.id() == next).findFirst().orElse(at);
        }
        return at.id();
    }

    private static SortedSet<YearMonth> within(SortedSet<YearMonth> months, YearMonth from, YearMonth through) {
        SortedSet<YearMonth> out = new TreeSet<>();
        for (YearMonth m : months) {
            if (!m.isBefore(from) && !m.isAfter(through)) {
                out.add(m);
            }
        }
        return out;
    }
}
