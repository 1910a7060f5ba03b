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
 * <p>A line may be given whole or in parts (delposter) that sum to it — financial costs as the loans' interest
 * and the financial part of the pension cost, say — so that each part keeps its own source. One part has a
 * meaning of its own: {@link #UNREALISED}, the pension fund's unrealised return, which counts in årets resultat
 * but not in the balanskravsresultat (KL 11 kap. 12 §, LKBR), and is kept apart for that.
 *
 * @param round  the closed month the round starts from
 * @param line   the result line
 * @param part   the part of the line, or empty for the whole line
 * @param amount the full-year amount
 * @param source where the figure comes from ("SKR cirkulär 26:14, 2026-04-24"), for the reader and the auditor
 * @param note   for a figure Balans computed, how (the loans and the assumptions); empty for a figure given
 */
public record CentralItem(YearMonth round, IncomeStatementLine line, String part, Money amount, String source,
                          String note) {
    /** The part of the financial items that is the pension fund's unrealised return (orealiserad avkastning). */
    public static final String UNREALISED = "pension_fund_unrealised";
    /** The part of the financial costs that is the loan portfolio's interest (räntekostnad på lån). */
    public static final String LOAN_INTEREST = "loan_interest";

    /** The lines the finance unit forecasts centrally. */
    public static final Set<IncomeStatementLine> LINES = EnumSet.of(IncomeStatementLine.TAX_REVENUE,
            IncomeStatementLine.GENERAL_GRANTS, IncomeStatementLine.FINANCIAL_INCOME,
            IncomeStatementLine.FINANCIAL_COSTS);

    public CentralItem {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(note, "note");
        if (!LINES.contains(line)) {
            throw new IllegalArgumentException(line.code() + " is not a central item; expected one of "
                    + LINES.stream().map(IncomeStatementLine::code).toList());
        }
        if (!part.isEmpty() && !part.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("the part \"" + part + "\" of " + line.code()
                    + " is not a code (lower case letters, digits and _, e.g. loan_interest)");
        }
        if (part.equals(LOAN_INTEREST) && line != IncomeStatementLine.FINANCIAL_COSTS) {
            throw new IllegalArgumentException(LOAN_INTEREST + " is a part of financial_costs, not of " + line.code());
        }
        if (part.equals(UNREALISED) && line != IncomeStatementLine.FINANCIAL_INCOME
                && line != IncomeStatementLine.FINANCIAL_COSTS) {
            throw new IllegalArgumentException(UNREALISED + " is a part of the financial items, not of " + line.code());
        }
        if (line == IncomeStatementLine.TAX_REVENUE && amount.isNegative()
                || line == IncomeStatementLine.FINANCIAL_INCOME && amount.isNegative()
                || line == IncomeStatementLine.FINANCIAL_COSTS && amount.isPositive()) {
            throw new IllegalArgumentException(line.code() + " has the wrong sign: " + amount.toMnkr().toPlainString()
                    + " (revenue positive, costs negative, as the result statement)");
        }
    }

    /** A figure given, not computed. */
    public CentralItem(YearMonth round, IncomeStatementLine line, String part, Money amount, String source) {
        this(round, line, part, amount, source, "");
    }

    /** The whole line. */
    public CentralItem(YearMonth round, IncomeStatementLine line, Money amount, String source) {
        this(round, line, "", amount, source);
    }
}
