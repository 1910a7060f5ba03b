package se.balans.engine.balancesheet;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import se.balans.engine.InvalidInputException;
import se.balans.engine.ledger.LedgerAmount;
import se.balans.engine.ledger.LedgerMapping;
import se.balans.engine.ledger.OpeningBalance;
import se.balans.engine.money.Money;
import se.balans.engine.statement.BalanceSheetLine;
import se.balans.engine.statement.Statement;
import se.balans.engine.statement.StatementKind;

/**
 * The balance sheet at a month end from the ledger: each account's opening balance of the year plus
 * its movements through the month, summed onto the balance-sheet lines by {@link BalanceSheetMapping};
 * every other account's balance is the year's result to date, shown in equity.
 *
 * <p>The rules, each once:
 * <ul>
 * <li><b>Opening balances.</b> The year's {@code #IB} when the ledger gives them; else last year's
 * opening balances plus its twelve months' movements (rolled forward, its result into equity), when
 * last year is complete in the ledger. Neither: no balance sheet, and why. When both exist they are
 * compared line by line and a difference is told (ingående balans ≠ föregående års utgående balans).</li>
 * <li><b>The year's result.</b> The negated balance of every account that is not a balance-sheet
 * account; an opening balance on such an account (last year's result, rolled forward) is equity.</li>
 * <li><b>The trial balance.</b> Every account's balance summed: zero when the ledger ties. Not zero,
 * the difference is carried and told, never booked away.</li>
 * <li><b>Unmapped accounts.</b> An account the result mapping leaves outside the result and this
 * mapping does not place, or an account placed by both, refuses the sheet, naming every one.</li>
 * </ul>
 */
public final class LedgerBalanceSheet {
    private LedgerBalanceSheet() {
    }

    /**
     * @param openings the opening balances the ledger states, any year (others are ignored)
     * @param amounts  the monthly movements, any months (those of the month's year through it are used,
     *                 and last year's for a roll-forward)
     * @throws InvalidInputException naming the unmapped accounts, or why there are no opening balances
     */
    public static BalanceSheetPosition of(BalanceSheetMapping mapping, LedgerMapping resultMapping,
                                          List<OpeningBalance> openings, List<LedgerAmount> amounts,
                                          YearMonth month) {
        int year = month.getYear();
        requireMapped(mapping, resultMapping, openings, amounts, year);
        List<String> notes = new ArrayList<>();
        Optional<Map<String, Money>> fromFile = stated(openings, year);
        Optional<Map<String, Money>> rolled = rolledForward(openings, amounts, year - 1);
        Map<String, Money> opening;
        BalanceSheetPosition.Opening source;
        if (fromFile.isPresent()) {
            opening = fromFile.get();
            source = BalanceSheetPosition.Opening.FILE;
            rolled.ifPresent(r -> compareOpenings(mapping, fromFile.get(), r, year, notes));
        } else if (rolled.isPresent()) {
            opening = rolled.get();
            source = BalanceSheetPosition.Opening.ROLLED_FORWARD;
        } else {
            throw new InvalidInputException("opening_balance", year, "no opening balances for " + year
                    + ": the ledger states none (SIE #IB 0 of the fiscal year " + year + ") and "
                    + (complete(amounts, year - 1) ? "no earlier year in it states its own to roll forward from"
                    : (year - 1) + " is not complete in it to roll forward from")
                    + "; import a file with the year's opening balances");
        }
        Map<String, Money> movements = new HashMap<>();
        for (LedgerAmount a : amounts) {
            if (a.period().getYear() == year && !a.period().isAfter(month)) {
                movements.merge(a.account(), a.amount(), Money::plus);
            }
        }
        Map<BalanceSheetLine, Money> lines = new EnumMap<>(BalanceSheetLine.class);
        Map<BalanceSheetLine, Map<String, Money>> byAccount = new EnumMap<>(BalanceSheetLine.class);
        for (BalanceSheetLine l : BalanceSheetMapping.ACCOUNT_LINES) {
            lines.put(l, Money.ZERO);
        }
        Money result = Money.ZERO;
        Money cash = Money.ZERO;
        Money debt = Money.ZERO;
        Money openingDebt = Money.ZERO;
        Money trial = Money.ZERO;
        SortedSet<String> accounts = new TreeSet<>(opening.keySet());
        accounts.addAll(movements.keySet());
        for (String account : accounts) {
            Money open = opening.getOrDefault(account, Money.ZERO);
            Money moved = movements.getOrDefault(account, Money.ZERO);
            Money balance = open.plus(moved);
            trial = trial.plus(balance);
            Optional<BalanceSheetLine> line = mapping.accounts().lookup(account).flatMap(BalanceSheetMapping.Target::line);
            if (line.isPresent()) {
                Money shown = BalanceSheetMapping.sign(line.get()) > 0 ? balance : balance.negated();
                lines.merge(line.get(), shown, Money::plus);
                byAccount.computeIfAbsent(line.get(), k -> new TreeMap<>()).merge(account, shown, Money::plus);
                Optional<BalanceSheetMapping.Memo> memo = mapping.memos().lookup(account);
                if (memo.isPresent()) {
                    if (memo.get() == BalanceSheetMapping.Memo.CASH) {
                        cash = cash.plus(balance);
                    } else {
                        debt = debt.plus(balance.negated());
                        openingDebt = openingDebt.plus(open.negated());
                        byAccount.computeIfAbsent(BalanceSheetLine.INTEREST_BEARING_DEBT, k -> new TreeMap<>())
                                .merge(account, balance.negated(), Money::plus);
                    }
                }
            } else {
                // A result account: what it opened with is last year's result, now equity.
                if (!open.isZero()) {
                    lines.merge(BalanceSheetLine.OPENING_EQUITY, open.negated(), Money::plus);
                    byAccount.computeIfAbsent(BalanceSheetLine.OPENING_EQUITY, k -> new TreeMap<>())
                            .merge(account, open.negated(), Money::plus);
                }
                result = result.plus(moved.negated());
                byAccount.computeIfAbsent(BalanceSheetLine.RESULT_FOR_YEAR, k -> new TreeMap<>())
                        .merge(account, moved.negated(), Money::plus);
            }
        }
        lines.put(BalanceSheetLine.RESULT_FOR_YEAR, result);
        lines.put(BalanceSheetLine.INTEREST_BEARING_DEBT, debt);
        if (!trial.isZero()) {
            notes.add("the trial balance does not tie: the accounts sum to " + trial.sek().toPlainString()
                    + " SEK, so total assets differ from equity, provisions and liabilities by that amount");
        }
        return new BalanceSheetPosition(month, Statement.of(StatementKind.BALANCE_SHEET, year, lines), cash, trial,
                source, byAccount, notes, openingDebt);
    }

    /** The opening balances the ledger states for the year, by account, if it states any. */
    static Optional<Map<String, Money>> stated(List<OpeningBalance> openings, int year) {
        Map<String, Money> out = new TreeMap<>();
        boolean any = false;
        for (OpeningBalance o : openings) {
            if (o.year() == year) {
                any = true;
                out.merge(o.account(), o.amount(), Money::plus);
            }
        }
        return any ? Optional.of(out) : Optional.empty();
    }

    private static boolean complete(List<LedgerAmount> amounts, int year) {
        return amounts.stream().filter(a -> a.period().getYear() == year).map(a -> a.period().getMonthValue())
                .distinct().count() == 12;
    }

    /** The year's closing balances by account (the next year's opening), when the year is complete in the ledger. */
    static Optional<Map<String, Money>> rolledForward(List<OpeningBalance> openings, List<LedgerAmount> amounts,
                                                      int year) {
        if (!complete(amounts, year)) {
            return Optional.empty();
        }
        boolean anyEarlier = false;
        Map<String, Money> out = new TreeMap<>();
        for (LedgerAmount a : amounts) {
            if (a.period().getYear() == year) {
                out.merge(a.account(), a.amount(), Money::plus);
            } else if (a.period().getYear() < year) {
                anyEarlier = true;
            }
        }
        Optional<Map<String, Money>> open = stated(openings, year);
        if (open.isEmpty() && anyEarlier) {
            open = rolledForward(openings, amounts, year - 1);
        }
        if (open.isEmpty()) {
            return Optional.empty();
        }
        open.get().forEach((k, v) -> out.merge(k, v, Money::plus));
        return Optional.of(out);
    }

    /** Tells, line by line, where the year's stated opening balances differ from last year's closing balances. */
    private static void compareOpenings(BalanceSheetMapping mapping, Map<String, Money> stated,
                                        Map<String, Money> rolled, int year, List<String> notes) {
        Map<BalanceSheetLine, Money> a = byLine(mapping, stated);
        Map<BalanceSheetLine, Money> b = byLine(mapping, rolled);
        for (BalanceSheetLine l : BalanceSheetMapping.ACCOUNT_LINES) {
            Money diff = a.getOrDefault(l, Money.ZERO).minus(b.getOrDefault(l, Money.ZERO));
            if (!diff.isZero()) {
                notes.add("the opening balance of " + year + " on " + l.code() + " differs from the closing balance of "
                        + (year - 1) + " in the ledger by " + diff.sek().toPlainString() + " SEK");
            }
        }
    }

    private static Map<BalanceSheetLine, Money> byLine(BalanceSheetMapping mapping, Map<String, Money> balances) {
        Map<BalanceSheetLine, Money> out = new EnumMap<>(BalanceSheetLine.class);
        balances.forEach((account, balance) -> {
            BalanceSheetLine line = mapping.accounts().lookup(account).flatMap(BalanceSheetMapping.Target::line)
                    .orElse(BalanceSheetLine.OPENING_EQUITY);
            out.merge(line, BalanceSheetMapping.sign(line) > 0 ? balance : balance.negated(), Money::plus);
        });
        return out;
    }

    /** Refuses accounts the two mappings leave without a place, or both place. */
    private static void requireMapped(BalanceSheetMapping mapping, LedgerMapping resultMapping,
                                      List<OpeningBalance> openings, List<LedgerAmount> amounts, int year) {
        SortedSet<String> seen = new TreeSet<>();
        openings.forEach(o -> seen.add(o.account()));
        amounts.forEach(a -> seen.add(a.account()));
        SortedSet<String> unmapped = new TreeSet<>();
        SortedSet<String> both = new TreeSet<>();
        for (String account : seen) {
            Optional<BalanceSheetMapping.Target> target = mapping.accounts().lookup(account);
            Optional<LedgerMapping.AccountTarget> result = resultMapping.accounts().lookup(account);
            boolean resultLine = result.isPresent() && result.get().line().isPresent();
            if (target.isEmpty() && !resultLine) {
                unmapped.add(account);
            } else if (target.isPresent() && target.get().line().isPresent() && resultLine) {
                both.add(account);
            }
        }
        if (!unmapped.isEmpty() || !both.isEmpty()) {
            StringBuilder sb = new StringBuilder("the balance sheet of " + year + " cannot be drawn up:");
            if (!unmapped.isEmpty()) {
                sb.append(" no balance-sheet line for account").append(unmapped.size() == 1 ? " " : "s ")
                        .append(String.join(", ", unmapped))
                        .append(" (add a range to the balance-sheet mapping, or map it to result)");
            }
            if (!both.isEmpty()) {
                sb.append(unmapped.isEmpty() ? "" : ";").append(" account").append(both.size() == 1 ? " " : "s ")
                        .append(String.join(", ", both))
                        .append(" mapped both to a result line and to a balance-sheet line");
            }
            throw new InvalidInputException("account", year, sb.toString());
        }
    }
}
