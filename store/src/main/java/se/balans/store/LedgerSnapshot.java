package se.balans.store;

import java.util.List;

import se.balans.engine.ledger.LedgerAmount;
import se.balans.engine.ledger.OpeningBalance;

/**
 * The ledger as a closing reads it: the current imports' balances and the opening balances they state,
 * which imports they were, and the ledger version, which the closing's commit checks is still current.
 * {@code quietMonths} are the months the imports cover without a balance (an export's month without a voucher):
 * supplied, with nothing in them.
 */
public record LedgerSnapshot(long ledgerVersion, List<ImportInfo> imports, List<LedgerAmount> amounts,
                             List<OpeningBalance> openings, java.util.SortedSet<java.time.YearMonth> quietMonths) {
    public LedgerSnapshot {
        imports = List.copyOf(imports);
        amounts = List.copyOf(amounts);
        openings = List.copyOf(openings);
        quietMonths = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(quietMonths));
    }

    /** A snapshot without quiet months. */
    public LedgerSnapshot(long ledgerVersion, List<ImportInfo> imports, List<LedgerAmount> amounts,
                          List<OpeningBalance> openings) {
        this(ledgerVersion, imports, amounts, openings, new java.util.TreeSet<>());
    }

    /** Whether the imports supply {@code month}: a balance in it, or it is one of their quiet months. */
    public boolean supplies(java.time.YearMonth month) {
        return quietMonths.contains(month) || amounts.stream().anyMatch(a -> a.period().equals(month));
    }

    /**
     * The part of this snapshot that a reading from January of {@code fromYear} through {@code through} gives: the
     * same imports and version, the balances of those months and the opening balances of those years. Closing a
     * year's months in one go reads the ledger once and gives each month its part.
     */
    public LedgerSnapshot restrictedTo(int fromYear, java.time.YearMonth through) {
        java.time.YearMonth from = java.time.YearMonth.of(fromYear, 1);
        return new LedgerSnapshot(ledgerVersion, imports,
                amounts.stream().filter(a -> !a.period().isBefore(from) && !a.period().isAfter(through)).toList(),
                openings.stream().filter(o -> o.year() >= fromYear && o.year() <= through.getYear()).toList(),
                quietMonths.subSet(from, through.plusMonths(1)));
    }

    /** A snapshot of a ledger without opening balances. */
    public LedgerSnapshot(long ledgerVersion, List<ImportInfo> imports, List<LedgerAmount> amounts) {
        this(ledgerVersion, imports, amounts, List.of());
    }
}
