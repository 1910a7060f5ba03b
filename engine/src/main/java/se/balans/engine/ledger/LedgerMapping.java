package se.balans.engine.ledger;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
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
 *
 * <p>Rows booked without a cost centre — skatteintäkter, generella statsbidrag and finansiella
 * poster often are — belong to no cost-centre range; where they go is said explicitly, by account
 * range ({@code withoutCostCentre}: e.g. class 8 to the committee that owns central finance, or
 * {@link PrefixRange#all()} for every account). Without such a rule they stop the closing as an
 * unmapped (empty) cost centre, as before.
 *
 * @param withoutCostCentre account ranges → committee, for rows with an empty cost centre only
 */
public record LedgerMapping(RangeMap<AccountTarget> accounts, RangeMap<String> costCentres,
                            RangeMap<String> withoutCostCentre) {

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
        Objects.requireNonNull(withoutCostCentre, "withoutCostCentre");
    }

    /** A mapping with no rule for rows without a cost centre: they stay unmapped. */
    public LedgerMapping(RangeMap<AccountTarget> accounts, RangeMap<String> costCentres) {
        this(accounts, costCentres, RangeMap.of(List.of()));
    }

    /**
     * Where one ledger amount goes: the closing's key (committee and result line), nothing for a
     * balance-sheet account, or unmapped. The one mapping rule: {@link #apply} sums by it, and the
     * tracing of a figure to its accounts ({@link #accountsOf}) selects by it.
     */
    public sealed interface Placement {
        /** Mapped to a committee's result line. */
        record Mapped(Key key) implements Placement {
        }

        /** A balance-sheet account: outside the result statement. */
        record OutsideResult() implements Placement {
        }

        /** The account or the cost centre has no mapping. */
        record Unmapped(Optional<String> account, Optional<String> costCentre) implements Placement {
        }
    }

    /**
     * The placement of an account and cost centre under this mapping. An empty cost centre (a row
     * booked without one) is placed by its account through {@code withoutCostCentre}; any other by
     * the cost-centre ranges.
     */
    public Placement place(String account, String costCentre) {
        Optional<AccountTarget> target = accounts.lookup(account);
        if (target.isEmpty()) {
            return new Placement.Unmapped(Optional.of(account), Optional.empty());
        }
        if (target.get().line().isEmpty()) {
            return new Placement.OutsideResult();
        }
        Optional<String> committee = costCentre.isEmpty() ? withoutCostCentre.lookup(account)
                : costCentres.lookup(costCentre);
        if (committee.isEmpty()) {
            return new Placement.Unmapped(Optional.empty(), Optional.of(costCentre));
        }
        return new Placement.Mapped(new Key(committee.get(), target.get().line().get()));
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
        // Placed once per account and cost centre, looked up without building a key per amount.
        Map<String, Map<String, Placement>> cache = new HashMap<>();
        for (LedgerAmount a : amounts) {
            Placement p = cache.computeIfAbsent(a.account(), k -> new HashMap<>())
                    .computeIfAbsent(a.costCentre(), cc -> place(a.account(), cc));
            if (p instanceof Placement.Mapped m) {
                out.computeIfAbsent(a.period(), x -> new HashMap<>()).merge(m.key(), a.amount().negated(), Money::plus);
            } else if (p instanceof Placement.Unmapped u) {
                u.account().ifPresent(unmappedAccounts::add);
                u.costCentre().ifPresent(unmappedCostCentres::add);
            }
        }
        if (!unmappedAccounts.isEmpty() || !unmappedCostCentres.isEmpty()) {
            throw new UnmappedLedgerException(unmappedAccounts, unmappedCostCentres);
        }
        return out;
    }

    /**
     * A figure traced to its accounts: the year-to-date amount of each account whose placement
     * {@code include} accepts, signed as the result statement (the sign {@link #apply} gives).
     *
     * @param through the month whose year to date is traced
     */
    public Map<String, Money> accountsOf(Iterable<LedgerAmount> amounts, YearMonth through,
                                        java.util.function.Predicate<Key> include) {
        Map<String, Money> out = new java.util.TreeMap<>();
        for (LedgerAmount a : amounts) {
            if (a.period().getYear() != through.getYear() || a.period().isAfter(through)) {
                continue;
            }
            if (place(a.account(), a.costCentre()) instanceof Placement.Mapped m && include.test(m.key())) {
                out.merge(a.account(), a.amount().negated(), Money::plus);
            }
        }
        return out;
    }
}
