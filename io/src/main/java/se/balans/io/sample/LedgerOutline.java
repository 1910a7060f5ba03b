package se.balans.io.sample;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import se.balans.engine.money.Money;
import se.balans.io.InputFileException;
import se.balans.io.csv.CsvTable;

/**
 * The outline a sample ledger is generated from ({@code sample-ledger-outline.csv}): per year the
 * taxes, general grants, financial costs, each committee's net cost and depreciation; per month
 * verksamhetens resultat and finansnetto. A complete year must tie: taxes + grants − the
 * committees' net cost = the months' verksamhetens resultat.
 *
 * <p>The balance-sheet side: the first year's opening balances per account ({@code opening:1930},
 * debit positive, summing to zero; later years open at the previous year's closing balances, so a
 * later year must follow a complete year); investments per fixed-asset account and year (a twelfth
 * a month, paid from the bank); cash in the bank at month end ({@code cash}, reached by moving money
 * to or from short-term placements); loans borrowed (+) or repaid (−) on a date ({@code loan:<id>}
 * with a date as the period); the part of an account's investments that carries a project
 * ({@code investment_project:<account>:<project>}, within the account's {@code investment:} amount; the
 * generator books it with the project as an object of SIE dimension 6, named as the register
 * {@code investment-projects.csv} beside the outline names it).
 */
public record LedgerOutline(SortedMap<Integer, Year> years, Map<String, String> projectNames) {

    /** The register beside the outline whose names the projects' {@code #OBJEKT 6} records carry. */
    public static final String PROJECT_REGISTER = "investment-projects.csv";

    /**
     * One year of the outline. Result amounts signed as the result statement (costs negative);
     * balance-sheet amounts as the ledger (debit positive).
     *
     * @param opening     the opening balance per account: given for the outline's first year only
     * @param investments the year's investments per fixed-asset account
     * @param projects    the part of an account's investments that carries a project, per account and project
     * @param cash        the bank balance wanted at a month's end, for the months that give one
     * @param loans       loans borrowed or repaid in the year, by date
     * @param previous    the year before, which this year opens from; {@code null} for the first year
     */
    public record Year(int year, Money taxes, Money grants, Money financialCosts, Map<String, Money> netCost,
                       Map<String, Money> depreciation, SortedMap<Integer, Money> operatingResult,
                       SortedMap<Integer, Money> netFinancialItems, Map<String, Money> opening,
                       Map<String, Money> investments, SortedMap<String, SortedMap<String, Money>> projects,
                       SortedMap<Integer, Money> cash, List<Loan> loans, Year previous) {
        public boolean complete() {
            return operatingResult.size() == 12;
        }
    }

    /** A loan borrowed (amount positive) or repaid (negative) on a date; {@code id} as in the loan register. */
    public record Loan(LocalDate date, String id, Money amount) {
    }

    public static LedgerOutline read(Path file) {
        CsvTable t = CsvTable.read(file, Set.of("period", "item", "amount"), Set.of("source"));
        Map<Integer, Builder> years = new TreeMap<>();
        Map<String, Long> lineOfItem = new HashMap<>();
        for (CsvTable.Row r : t.rows()) {
            String period = r.text("period");
            String item = r.text("item");
            Money amount = r.mnkr("amount");
            Long before = lineOfItem.putIfAbsent(period + " " + item, r.line());
            if (before != null) {
                throw r.error("item", item + " for " + period + " is given twice (also on line " + before + ")");
            }
            if (period.matches("\\d{4}")) {
                Builder b = years.computeIfAbsent(Integer.parseInt(period), Builder::new);
                if (item.equals("tax_revenue")) {
                    b.taxes = amount;
                } else if (item.equals("general_grants")) {
                    b.grants = amount;
                } else if (item.equals("financial_costs")) {
                    b.financialCosts = amount;
                } else if (item.startsWith("net_cost:")) {
                    b.netCost.put(item.substring("net_cost:".length()), amount);
                } else if (item.startsWith("depreciation:")) {
                    b.depreciation.put(item.substring("depreciation:".length()), amount);
                } else if (item.startsWith("opening:")) {
                    b.opening.put(balanceAccount(r, item.substring("opening:".length()), "12"), amount);
                    b.openingLine = Math.min(b.openingLine, r.line());
                } else if (item.startsWith("investment:")) {
                    b.investments.put(balanceAccount(r, item.substring("investment:".length()), "1"), amount);
                } else if (item.startsWith("investment_project:")) {
                    String[] parts = item.substring("investment_project:".length()).split(":", 2);
                    if (parts.length != 2 || parts[1].isBlank()) {
                        throw r.error("item", "expected investment_project:<account>:<project>, got \"" + item + "\"");
                    }
                    b.projects.computeIfAbsent(balanceAccount(r, parts[0], "1"), k -> new TreeMap<>())
                            .put(parts[1], amount);
                    b.projectLines.put(parts[0], r.line());
                } else {
                    throw r.error("item", "unknown yearly item \"" + item + "\"");
                }
            } else if (period.matches("\\d{4}-\\d{2}")) {
                YearMonth ym = r.month("period");
                Builder b = years.computeIfAbsent(ym.getYear(), Builder::new);
                if (item.equals("operating_result")) {
                    b.operatingResult.put(ym.getMonthValue(), amount);
                } else if (item.equals("net_financial_items")) {
                    b.netFinancialItems.put(ym.getMonthValue(), amount);
                } else if (item.equals("cash")) {
                    if (amount.isNegative()) {
                        throw r.error("amount", "cash at the end of " + period + " cannot be negative");
                    }
                    b.cash.put(ym.getMonthValue(), amount);
                } else {
                    throw r.error("item", "unknown monthly item \"" + item + "\"");
                }
            } else if (period.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate date = r.date("period");
                Builder b = years.computeIfAbsent(date.getYear(), Builder::new);
                if (item.startsWith("loan:") && item.length() > "loan:".length()) {
                    if (amount.isZero()) {
                        throw r.error("amount", "a loan event needs an amount: borrowed (+) or repaid (−)");
                    }
                    b.loans.add(new Loan(date, item.substring("loan:".length()), amount));
                } else {
                    throw r.error("item", "unknown dated item \"" + item + "\": expected loan:<id>");
                }
            } else {
                throw r.error("period", "expected YYYY, YYYY-MM or YYYY-MM-DD, got \"" + period + "\"");
            }
        }
        SortedMap<Integer, Year> out = new TreeMap<>();
        Year previous = null;
        for (Builder b : years.values()) {
            if (previous != null && !b.opening.isEmpty()) {
                throw new InputFileException(file, b.openingLine, "item", b.year + ": opening balances are given for "
                        + "the first year only (" + out.firstKey() + "); a later year opens at the previous year's closing");
            }
            if (previous != null && (previous.year() != b.year - 1 || !previous.complete())) {
                throw new InputFileException(file, null, "period", b.year + " would open at the closing of "
                        + (b.year - 1) + ", but the outline " + (previous.year() != b.year - 1 ? "does not have "
                        + (b.year - 1) : "has only " + previous.operatingResult().size() + " of its 12 months"));
            }
            Year y = b.build(file, previous);
            if (y.complete()) {
                Money months = Money.sum(y.operatingResult().values());
                Money implied = y.taxes().plus(y.grants()).minus(Money.sum(y.netCost().values()));
                if (!months.equals(implied)) {
                    throw new InputFileException(file, null, "amount", y.year() + ": the months' operating_result sum to "
                            + months.toMnkr().toPlainString() + " but taxes + grants − net costs = "
                            + implied.toMnkr().toPlainString());
                }
            }
            out.put(y.year(), y);
            previous = y;
        }
        return new LedgerOutline(out, projectNames(file.resolveSibling(PROJECT_REGISTER)));
    }

    /** Project names by code from the register beside the outline; none when there is no register. */
    private static Map<String, String> projectNames(Path register) {
        if (!java.nio.file.Files.isRegularFile(register)) {
            return Map.of();
        }
        Map<String, String> names = new TreeMap<>();
        for (CsvTable.Row r : CsvTable.read(register, Set.of("dimension", "project", "category", "name"),
                Set.of("name_en", "source", "description")).rows()) {
            names.put(r.text("project"), r.text("name"));
        }
        return names;
    }

    /** The account of an {@code opening:} or {@code investment:} item: one of the sample chart's balance-sheet accounts. */
    private static String balanceAccount(CsvTable.Row r, String account, String classes) {
        if (!SampleChart.BALANCE_ACCOUNTS.containsKey(account) || classes.indexOf(account.charAt(0)) < 0) {
            throw r.error("item", "\"" + account + "\" is not one of the sample chart's accounts in class "
                    + String.join(" or ", classes.split("")) + ": " + SampleChart.BALANCE_ACCOUNTS.keySet().stream()
                    .filter(a -> classes.indexOf(a.charAt(0)) >= 0).sorted().toList());
        }
        return account;
    }

    private static final class Builder {
        final int year;
        Money taxes;
        Money grants;
        Money financialCosts = Money.ZERO;
        final Map<String, Money> netCost = new LinkedHashMap<>();
        final Map<String, Money> depreciation = new LinkedHashMap<>();
        final SortedMap<Integer, Money> operatingResult = new TreeMap<>();
        final SortedMap<Integer, Money> netFinancialItems = new TreeMap<>();
        final SortedMap<String, Money> opening = new TreeMap<>();
        long openingLine = Long.MAX_VALUE;
        final SortedMap<String, Money> investments = new TreeMap<>();
        final SortedMap<String, SortedMap<String, Money>> projects = new TreeMap<>();
        final Map<String, Long> projectLines = new HashMap<>();
        final SortedMap<Integer, Money> cash = new TreeMap<>();
        final List<Loan> loans = new ArrayList<>();

        Builder(int year) {
            this.year = year;
        }

        Year build(Path file, Year previous) {
            if (taxes == null || grants == null || netCost.isEmpty()) {
                throw new InputFileException(file, null, "item", year + " needs tax_revenue, general_grants and "
                        + "net_cost:<committee> items");
            }
            if (!operatingResult.keySet().equals(netFinancialItems.keySet())) {
                throw new InputFileException(file, null, "item", year + ": operating_result and net_financial_items "
                        + "must be given for the same months");
            }
            Money openingSum = Money.sum(opening.values());
            if (!openingSum.isZero()) {
                throw new InputFileException(file, openingLine, "amount", year + ": the opening balances sum to "
                        + openingSum.toMnkr().toPlainString() + ", not zero (debit positive: assets; credit negative: "
                        + "equity and liabilities)");
            }
            for (int month : cash.keySet()) {
                if (!operatingResult.containsKey(month)) {
                    throw new InputFileException(file, null, "period", "cash is given for " + YearMonth.of(year, month)
                            + ", a month the outline does not generate");
                }
            }
            for (Map.Entry<String, SortedMap<String, Money>> p : projects.entrySet()) {
                Money total = investments.getOrDefault(p.getKey(), Money.ZERO);
                Money parts = Money.sum(p.getValue().values());
                if (parts.isNegative() || parts.compareTo(total) > 0) {
                    throw new InputFileException(file, projectLines.get(p.getKey()), "amount", year + ": the projects' "
                            + "investments on " + p.getKey() + " (" + parts.toMnkr().toPlainString() + ") are more than "
                            + "the account's investment:" + p.getKey() + " (" + total.toMnkr().toPlainString() + ")");
                }
            }
            loans.sort(Comparator.comparing(Loan::date));
            for (Loan l : loans) {
                if (!operatingResult.containsKey(l.date().getMonthValue())) {
                    throw new InputFileException(file, null, "period", "loan " + l.id() + " on " + l.date()
                            + " falls in a month the outline does not generate");
                }
            }
            return new Year(year, taxes, grants, financialCosts, netCost, depreciation, operatingResult,
                    netFinancialItems, opening, investments, projects, cash, List.copyOf(loans), previous);
        }
    }
}
