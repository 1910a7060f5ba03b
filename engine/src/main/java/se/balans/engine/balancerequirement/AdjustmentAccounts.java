package se.balans.engine.balancerequirement;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import se.balans.engine.ledger.LedgerAmount;
import se.balans.engine.ledger.RangeMap;
import se.balans.engine.money.Money;

/**
 * Which accounts carry the balanskravsjusteringar (LKBR 11 kap. 10 §), by configuration: the
 * realisation gains, the exempted gains and losses, the unrealised value changes in securities (the
 * pension fund's, typically) and their reversals. From the ledger's balances of those accounts, the
 * adjustments booked to date, each signed as the balanskravsutredning prints it.
 *
 * <p>The signs, one rule per line, from the ledger's debit-positive amounts (a gain is a credit):
 * a line that removes an effect from årets resultat — all realisation gains, unrealised gains and
 * losses, their reversals — is the accounts' amount as booked (a gain of 10, booked −10, is
 * removed as −10); a line that adds back — exempted gains (+ their gain) and exempted losses
 * (+ their loss) — is the effect itself: a gain's −amount, a loss's +amount.
 *
 * @param ranges account ranges and the line each feeds; most specific range wins, as in every mapping
 */
public record AdjustmentAccounts(RangeMap<BalanceRequirementLine> ranges) {
    /** The lines accounts may feed: the adjustments between årets resultat and the result after them. */
    public static final Set<BalanceRequirementLine> LINES = Set.of(BalanceRequirementLine.REALISATION_GAINS,
            BalanceRequirementLine.EXEMPT_REALISATION_GAINS, BalanceRequirementLine.EXEMPT_REALISATION_LOSSES,
            BalanceRequirementLine.UNREALISED_SECURITIES, BalanceRequirementLine.UNREALISED_REVERSAL);

    public AdjustmentAccounts {
        Objects.requireNonNull(ranges, "ranges");
        for (RangeMap.Entry<BalanceRequirementLine> e : ranges.entries()) {
            if (!LINES.contains(e.value())) {
                throw new IllegalArgumentException(e.value().code() + " is not an adjustment fed from accounts");
            }
        }
    }

    /**
     * The adjustments booked from the start of {@code through}'s year up to and including it.
     *
     * @param amounts the ledger's balances (any months and accounts; others are left out)
     */
    public Map<BalanceRequirementLine, Money> toDate(List<LedgerAmount> amounts, YearMonth through) {
        Map<BalanceRequirementLine, Money> sums = new EnumMap<>(BalanceRequirementLine.class);
        for (LedgerAmount a : amounts) {
            if (a.period().getYear() != through.getYear() || a.period().isAfter(through)) {
                continue;
            }
            ranges.lookup(a.account()).ifPresent(line -> sums.merge(line, signed(line, a.amount()), Money::plus));
        }
        return sums;
    }

    /** A booked amount as the line prints it. */
    static Money signed(BalanceRequirementLine line, Money booked) {
        return line == BalanceRequirementLine.EXEMPT_REALISATION_GAINS ? booked.negated() : booked;
    }
}
