package se.balans.engine.ledger;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import se.balans.engine.money.Money;
import se.balans.engine.statement.IncomeStatementLine;

/**
 * How the ledger maps onto the plan: accounts (ranges) to result-statement lines, cost centres
 * (dimension 1, ranges) to committees. Both are configuration, never code: a region's chart of
 * accounts and organisation change without a release.
 *
 * <p>An account range mapped to no line ({@link AccountTarget#ignored()}) is outside the result
 * statement — balance-sheet accounts. Any other account or cost centre without a mapping stops a
 * closing, listing every one of them, because a silent omission would misstate the result.
 */
public record LedgerMapping(RangeMap<AccountTarget> accounts, RangeMap<String> costCentres) {

    /** Where an account range goes: a result-statement line, or nowhere (balance-sheet accounts). */
    public record AccountTarget(Optional<IncomeStatementLine> line) {
        public static AccountTarget of(IncomeStatementLine line) {
            if (line.isTotal()) {
                throw new IllegalArgumentException(line.code() + " is a total; map accounts to input lines");
            }
            return new AccountTarget(Optional.of(line));
        }

        public static AccountTarget ignored() {
            return new AccountTarget(Optional.empty());
        }
    }

    /** A committee and a result line: the grain of a closing. */
    public record Key(String committee, IncomeStatementLine line) {
        public Key {
            Objects.requireNonNull(committee, "committee");
            Objects.requireNonNull(line, "line");
        }
    }

    public LedgerMapping {
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(costCentres, "costCentres");
    }

    /**
     * Sums ledger amounts by month, committee and result line, turning the sign to the result
     * statement's (revenues positive, costs negative).
     *
     * @throws UnmappedLedgerException listing every unmapped account and cost centre
     */
    public Map<YearMonth, Map<Key, Money>> apply(Iterable<LedgerAmount> amounts) {
        SortedSet<String> unmappedAccounts = new TreeSet<>();
        SortedSet<String> unmappedCostCentres = new TreeSet<>();
        Map<YearMonth, Map<Key, Money>> out = new HashMap<>();
        Map<String, Optional<AccountTarget>> accountCache = new HashMap<>();
        Map<String, Optional<String>> ccCache = new HashMap<>();
        for (LedgerAmount a : amounts) {
            Optional<AccountTarget> target = accountCache.computeIfAbsent(a.account(), accounts::lookup);
            if (target.isEmpty()) {
                unmappedAccounts.add(a.account());
                continue;
            }
            if (target.get().line().isEmpty()) {
                continue; // a balance-sheet account
            }
            Optional<String> committee = ccCache.computeIfAbsent(a.costCentre(), costCentres::lookup);
            if (committee.isEmpty()) {
                unmappedCostCentres.add(a.costCentre());
                continue;
            }
            out.computeIfAbsent(a.period(), p -> new HashMap<>())
                    .merge(new Key(committee.get(), target.get().line().get()), a.amount().negated(), Money::plus);
        }
        if (!unmappedAccounts.isEmpty() || !unmappedCostCentres.isEmpty()) {
            throw new UnmappedLedgerException(unmappedAccounts, unmappedCostCentres);
        }
        return out;
    }
}
