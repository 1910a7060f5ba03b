package se.balans.engine.forecast;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import se.balans.engine.money.Money;
import se.balans.engine.statement.IncomeStatementLine;

/**
 * One central item of a forecast round, forecast by the finance unit rather than a committee: taxes and
 * general grants (from SKR's prognosunderlag), financial income and costs (the loan portfolio's interest,
 * the pension administrator's financial part of the pension cost, the pension fund's return) — for the
 * round's year, signed as the result statement (revenue positive, costs negative).
 *
 * @param round  the closed month the round starts from
 * @param line   the result line
 * @param amount the full-year amount
 * @param source where the figure comes from ("SKR cirkulär 26:14, 2026-04-24"), for the reader and the auditor
 */
public record CentralItem(YearMonth round, IncomeStatementLine line, Money amount, String source) {
    /** The lines the finance unit forecasts centrally. */
    public static final Set<IncomeStatementLine> LINES = EnumSet.of(IncomeStatementLine.TAX_REVENUE,
            IncomeStatementLine.GENERAL_GRANTS, IncomeStatementLine.FINANCIAL_INCOME,
            IncomeStatementLine.FINANCIAL_COSTS);

    public CentralItem {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(source, "source");
        if (!LINES.contains(line)) {
            throw new IllegalArgumentException(line.code() + " is not a central item; expected one of "
                    + LINES.stream().map(IncomeStatementLine::code).toList());
        }
        if (line == IncomeStatementLine.TAX_REVENUE && amount.isNegative()
                || line == IncomeStatementLine.FINANCIAL_INCOME && amount.isNegative()
                || line == IncomeStatementLine.FINANCIAL_COSTS && amount.isPositive()) {
            throw new IllegalArgumentException(line.code() + " has the wrong sign: " + amount.toMnkr().toPlainString()
                    + " (revenue positive, costs negative, as the result statement)");
        }
    }
}
