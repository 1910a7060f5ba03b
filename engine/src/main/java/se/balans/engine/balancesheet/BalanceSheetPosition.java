package se.balans.engine.balancesheet;

import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import se.balans.engine.money.Money;
import se.balans.engine.statement.BalanceSheetLine;
import se.balans.engine.statement.Statement;

/**
 * The balance sheet at a month end as the ledger gives it (balansräkning i sammandrag): each line, the
 * year's result to date in equity, the interest-bearing debt and likvida medel, and what the trial
 * balance leaves over.
 *
 * @param month      the month whose end it is
 * @param sheet      the lines, signed as the sheet shows them (assets, equity, provisions and
 *                   liabilities positive), with {@link BalanceSheetLine#RESULT_FOR_YEAR} and the memo
 *                   {@link BalanceSheetLine#INTEREST_BEARING_DEBT}; totals by {@link Statement#value}
 * @param cash       likvida medel at the month end
 * @param trialBalanceDifference what every account's balance sums to; zero when the ledger ties
 *                   (huvudboken balanserar). Not zero, total assets differ from equity and liabilities
 *                   by exactly this, and the sheet says so
 * @param opening    where the opening balances came from
 * @param accounts   per line, each account's balance as the line shows it: a figure traced to its accounts
 * @param notes      what an auditor must be told: opening balances that differ from last year's closing
 *                   balances, a choice between imports
 * @param openingInterestBearingDebt the interest-bearing debt at the start of the year (its opening balances)
 */
public record BalanceSheetPosition(YearMonth month, Statement<BalanceSheetLine> sheet, Money cash,
                                   Money trialBalanceDifference, Opening opening,
                                   Map<BalanceSheetLine, Map<String, Money>> accounts, List<String> notes,
                                   Money openingInterestBearingDebt) {

    /** Where a year's opening balances came from. */
    public enum Opening {
        /** The ledger file's own opening balances (ingående balanser, SIE {@code #IB}). */
        FILE,
        /** Last year's closing balances rolled forward, its result into equity (no {@code #IB} for the year). */
        ROLLED_FORWARD
    }

    public BalanceSheetPosition {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(cash, "cash");
        Objects.requireNonNull(trialBalanceDifference, "trialBalanceDifference");
        Objects.requireNonNull(opening, "opening");
        Map<BalanceSheetLine, Map<String, Money>> copy = new EnumMap<>(BalanceSheetLine.class);
        accounts.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new TreeMap<>(v))));
        accounts = Collections.unmodifiableMap(copy);
        notes = List.copyOf(notes);
        Objects.requireNonNull(openingInterestBearingDebt, "openingInterestBearingDebt");
    }

    /** Whether the trial balance ties: every account sums to zero with the year's result in equity. */
    public boolean ties() {
        return trialBalanceDifference.isZero();
    }

    /** A line's value, totals computed. */
    public Money value(BalanceSheetLine line) {
        return sheet.value(line);
    }

    /** The interest-bearing debt (räntebärande låneskuld) at the month end. */
    public Money interestBearingDebt() {
        return sheet.value(BalanceSheetLine.INTEREST_BEARING_DEBT);
    }
}
