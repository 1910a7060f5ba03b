package se.balans.engine.plan;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import se.balans.engine.money.Money;
import se.balans.engine.statement.BalanceSheetLine;
import se.balans.engine.statement.CashFlowLine;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.engine.statement.StatementLine;

/**
 * The sign each line of a plan's statements has as printed: in the resultatbudget revenues are
 * positive and costs (verksamhetens kostnader, avskrivningar, finansiella kostnader) negative; in
 * the balansbudget assets, provisions and liabilities are positive; in the kassaflödesanalys
 * investments are an outflow.
 *
 * <p>Why it is checked: every total is a plain sum of its lines, so a cost entered positive does
 * not stand out — the totals still tie, and {@code plan check} would call a plan consistent whose
 * result is twice the region's tax revenue. A line whose sign is not given by its nature (general
 * grants and equalisation can be negative, equity and the changes of the cash flow can go either
 * way) may have either sign.
 */
public final class StatementSigns {
    private static final Map<StatementLine, Rule> RULES = new HashMap<>();

    /** The required sign of a line and what the line is, for the message. */
    private record Rule(int sign, String nature) {
    }

    static {
        costs(IncomeStatementLine.OPERATING_COSTS, IncomeStatementLine.DEPRECIATION,
                IncomeStatementLine.FINANCIAL_COSTS);
        positive("revenue", IncomeStatementLine.OPERATING_REVENUE, IncomeStatementLine.TAX_REVENUE,
                IncomeStatementLine.FINANCIAL_INCOME);
        positive("an asset", BalanceSheetLine.FIXED_ASSETS, BalanceSheetLine.CURRENT_ASSETS,
                BalanceSheetLine.TOTAL_ASSETS);
        positive("a provision", BalanceSheetLine.PENSION_PROVISIONS, BalanceSheetLine.OTHER_PROVISIONS,
                BalanceSheetLine.TOTAL_PROVISIONS, BalanceSheetLine.CONTINGENT_PENSION_LIABILITY);
        positive("a liability", BalanceSheetLine.LONG_TERM_LIABILITIES, BalanceSheetLine.CURRENT_LIABILITIES,
                BalanceSheetLine.TOTAL_LIABILITIES, BalanceSheetLine.INTEREST_BEARING_DEBT);
        positive("a balance of cash (likvida medel)", CashFlowLine.OPENING_CASH, CashFlowLine.CLOSING_CASH);
        positive("an inflow", CashFlowLine.DISPOSALS);
        RULES.put(CashFlowLine.INVESTMENTS, new Rule(-1, "an outflow"));
    }

    private StatementSigns() {
    }

    private static void costs(StatementLine... lines) {
        for (StatementLine l : lines) {
            RULES.put(l, new Rule(-1, "a cost"));
        }
    }

    private static void positive(String nature, StatementLine... lines) {
        for (StatementLine l : lines) {
            RULES.put(l, new Rule(1, nature));
        }
    }

    /** +1 if the line is never negative as printed, −1 if never positive, 0 if it may have either sign. */
    public static int requiredSign(StatementLine line) {
        Rule r = RULES.get(Objects.requireNonNull(line, "line"));
        return r == null ? 0 : r.sign();
    }

    /**
     * Checks an amount of a line against the line's sign as printed.
     *
     * @throws IllegalArgumentException saying which sign the line has and why
     */
    public static Money check(StatementLine line, Money amount) {
        Rule r = RULES.get(Objects.requireNonNull(line, "line"));
        if (r == null || amount.signum() * r.sign() >= 0) {
            return amount;
        }
        String mnkr = amount.toMnkr().stripTrailingZeros().toPlainString();
        if (r.sign() < 0) {
            throw new IllegalArgumentException(line.code() + " is " + r.nature() + ", entered negative as printed: "
                    + "expected ≤ 0, got " + mnkr + " (did you mean -" + mnkr + "?)");
        }
        throw new IllegalArgumentException(line.code() + " is " + r.nature() + " and is never negative as printed: "
                + "expected ≥ 0, got " + mnkr);
    }
}
