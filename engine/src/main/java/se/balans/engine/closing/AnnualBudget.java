package se.balans.engine.closing;

import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import se.balans.engine.ledger.LedgerMapping.Key;
import se.balans.engine.money.Money;
import se.balans.engine.statement.IncomeStatementLine;

/**
 * The year's budget (årsbudget) per committee and result line, signed as the result statement
 * (revenues positive, costs negative). A committee's operating lines sum to minus its frame.
 *
 * <p>The sign is checked, because a cost budgeted positive is read as a revenue: the deviation and
 * the forecast would be silently wrong by twice the amount. Verksamhetens intäkter, skatteintäkter
 * and finansiella intäkter are never negative; verksamhetens kostnader, avskrivningar and
 * finansiella kostnader never positive. Generella statsbidrag och utjämning may be either (a region
 * can pay more into the equalisation than it receives), and so may extraordinära poster.
 */
public record AnnualBudget(int year, Map<Key, Money> amounts) {
    private static final Set<IncomeStatementLine> REVENUES = EnumSet.of(IncomeStatementLine.OPERATING_REVENUE,
            IncomeStatementLine.TAX_REVENUE, IncomeStatementLine.FINANCIAL_INCOME);
    private static final Set<IncomeStatementLine> COSTS = EnumSet.of(IncomeStatementLine.OPERATING_COSTS,
            IncomeStatementLine.DEPRECIATION, IncomeStatementLine.FINANCIAL_COSTS);

    public AnnualBudget {
        amounts = Map.copyOf(Objects.requireNonNull(amounts, "amounts"));
        amounts.forEach((k, v) -> requireSign(k.line(), v));
    }

    /**
     * Checks that an amount is signed as the result statement signs its line.
     *
     * @throws IllegalArgumentException saying which sign the line takes
     */
    public static void requireSign(IncomeStatementLine line, Money amount) {
        if (REVENUES.contains(line) && amount.isNegative()) {
            throw new IllegalArgumentException(line.code() + " is a revenue, signed positive as in the result statement; "
                    + "got " + amount.toMnkr().toPlainString() + " mnkr");
        }
        if (COSTS.contains(line) && amount.isPositive()) {
            throw new IllegalArgumentException(line.code() + " is a cost, signed negative as in the result statement "
                    + "(write -" + amount.toMnkr().toPlainString() + "); got " + amount.toMnkr().toPlainString() + " mnkr");
        }
    }

    public Money amount(Key key) {
        return amounts.getOrDefault(key, Money.ZERO);
    }

    /** A line of the result statement for the whole organisation: its own amounts, or its components' sum. */
    public Money total(IncomeStatementLine line) {
        if (!line.components().isEmpty()) {
            return Money.sum(line.components().stream().map(this::total).toList());
        }
        return Money.sum(amounts.entrySet().stream().filter(e -> e.getKey().line() == line).map(Map.Entry::getValue)
                .toList());
    }
}
