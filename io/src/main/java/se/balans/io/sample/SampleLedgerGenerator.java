package se.balans.io.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Consumer;

import se.balans.engine.money.Money;
import se.balans.engine.statement.IncomeStatementLine;

/**
 * Generates a region's ledger from an outline: every month's taxes, grants, committee net costs
 * (split into revenues, costs and depreciation) and financial items are spread over accounts and
 * cost centres in many rows, grouped into balanced vouchers with a balance-sheet counter-row.
 *
 * <p>The monthly totals per result line are exactly the outline's, so closings of the generated
 * ledger reproduce the outline's figures to the öre; only the spreading is random, from a fixed
 * seed, so the same outline and options always give the same ledger, byte for byte.
 *
 * <p>The balance sheet tells an illustrative story around that: the year opens at its opening
 * balances; each month the bank settles what customers, suppliers, payroll taxes and pension
 * premiums stood at the month before (so about a month stays outstanding), pays a twelfth of the
 * year's investments, borrows and repays the outline's loans, and at month end moves money to or
 * from short-term placements so that the bank holds the outline's cash. These vouchers (series B
 * and I) are exact and draw nothing from the random seed.
 */
public final class SampleLedgerGenerator {

    /**
     * @param rowsPerYear about how many transaction rows a full year gets (the scale)
     * @param seed the random seed for the spreading
     */
    public record Options(long rowsPerYear, long seed) {
        public Options {
            if (rowsPerYear < 1_000) {
                throw new IllegalArgumentException("rows per year must be at least 1 000");
            }
        }

        public static Options defaults() {
            return new Options(120_000, 2025);
        }
    }

    private static final int ROWS_PER_VOUCHER = 12;
    /** The series of the bank's payments, loans and placements. */
    private static final String BANK_SERIES = "B";
    /** The series of the investments. */
    private static final String INVESTMENT_SERIES = "I";
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final BigDecimal ORE_PER_SEK = BigDecimal.valueOf(100);

    private SampleLedgerGenerator() {
    }

    /**
     * Generates one year's vouchers in date order, opening at {@link #opening the year's opening balances}.
     *
     * @return the year's closing balances: see {@link #generate(LedgerOutline.Year, Options, Map, Consumer)}
     */
    public static SortedMap<String, Long> generate(LedgerOutline.Year y, Options o, Consumer<SampleVoucher> out) {
        return generate(y, o, opening(y, o), out);
    }

    /**
     * Generates one year's vouchers in date order: the result side (taxes, grants, committees, financial
     * items) and the balance-sheet side (settlements, investments, loans and placements; illustrative).
     * The balance-sheet vouchers draw nothing from the random seed, so the result side's rows are the
     * same whatever the year opens with.
     *
     * @param opening the opening balance per account in öre, debit positive
     * @return the closing balance per account in öre: the balance-sheet accounts' opening plus the
     *         year's movements; the other accounts' movements in the year (the result, not yet moved
     *         to equity: {@link #carriedForward})
     */
    public static SortedMap<String, Long> generate(LedgerOutline.Year y, Options o, Map<String, Long> opening,
                                                   Consumer<SampleVoucher> out) {
        SplittableRandom random = new SplittableRandom(o.seed() * 31 + y.year());
        Map<String, Integer> numbers = new LinkedHashMap<>();
        Map<String, Long> balances = new HashMap<>(opening);
        long monthRows = Math.max(200, o.rowsPerYear() / 12);
        for (int month : y.operatingResult().keySet()) {
            Map<String, Long> monthStart = new HashMap<>(balances);
            List<Target> targets = targets(y, month);
            long total = 0;
            for (Target t : targets) {
                total += Math.abs(t.ore);
            }
            List<SampleVoucher> vouchers = new ArrayList<>();
            for (Target t : targets) {
                int pieces = (int) Math.max(1, Math.round((double) monthRows * Math.abs(t.ore) / Math.max(1, total)));
                vouchers.addAll(vouchers(y.year(), month, t, pieces, random));
            }
            vouchers.addAll(payments(y, month, monthStart));
            for (SampleVoucher v : vouchers) {
                book(balances, v);
            }
            placement(y, month, monthStart, balances).ifPresent(v -> {
                book(balances, v);
                vouchers.add(v);
            });
            vouchers.sort(java.util.Comparator.comparing(SampleVoucher::date).thenComparing(SampleVoucher::series));
            for (SampleVoucher v : vouchers) {
                int n = numbers.merge(v.series(), 1, Integer::sum);
                out.accept(new SampleVoucher(v.series(), n, v.date(), v.text(), v.rows()));
            }
        }
        SortedMap<String, Long> closing = new TreeMap<>();
        balances.forEach((account, ore) -> {
            if (ore != 0) {
                closing.put(account, ore);
            }
        });
        return closing;
    }

    /**
     * A year's opening balances per account in öre, debit positive: the outline's for its first year;
     * for a later year the previous year's closing balances with its result moved to equity (the
     * previous years are generated, with the same options, to know them).
     */
    public static SortedMap<String, Long> opening(LedgerOutline.Year y, Options o) {
        if (y.previous() == null) {
            SortedMap<String, Long> out = new TreeMap<>();
            y.opening().forEach((account, amount) -> {
                if (!amount.isZero()) {
                    out.put(account, ore(amount));
                }
            });
            return out;
        }
        LedgerOutline.Year p = y.previous();
        return carriedForward(generate(p, o, opening(p, o), v -> { }));
    }

    /**
     * The next year's opening balances from a year's closing ones: the balance-sheet accounts (classes
     * 1 and 2) as they closed, and the year's result — the negated sum of every other account — added
     * to eget kapital. They sum to zero when the year's opening balances did, as every voucher balances.
     */
    public static SortedMap<String, Long> carriedForward(Map<String, Long> closing) {
        SortedMap<String, Long> out = new TreeMap<>();
        long resultMovements = 0;
        for (Map.Entry<String, Long> e : closing.entrySet()) {
            if (isBalanceSheet(e.getKey())) {
                out.merge(e.getKey(), e.getValue(), Long::sum);
            } else {
                resultMovements += e.getValue();
            }
        }
        out.merge(SampleChart.EQUITY, resultMovements, Long::sum);
        out.values().removeIf(v -> v == 0);
        return out;
    }

    /** Whether an account is on the balance sheet (classes 1 and 2) rather than in the result. */
    static boolean isBalanceSheet(String account) {
        return account.startsWith("1") || account.startsWith("2");
    }

    private static void book(Map<String, Long> balances, SampleVoucher v) {
        for (SampleVoucher.Row r : v.rows()) {
            balances.merge(r.account(), r.ore(), Long::sum);
        }
    }

    /**
     * The month's bank vouchers (illustrative): last month's receivables and liabilities settled, a
     * twelfth of the year's investments, and the loans borrowed and repaid.
     */
    private static List<SampleVoucher> payments(LedgerOutline.Year y, int month, Map<String, Long> monthStart) {
        List<SampleVoucher> out = new ArrayList<>();
        for (SampleChart.Settlement s : SampleChart.SETTLEMENTS) {
            long due = monthStart.getOrDefault(s.account(), 0L);
            if (due != 0) {
                out.add(new SampleVoucher(BANK_SERIES, 0, LocalDate.of(y.year(), month, s.day()),
                        s.text() + " " + monthName(month), List.of(new SampleVoucher.Row(s.account(), "", -due),
                        new SampleVoucher.Row(SampleChart.BANK, "", due))));
            }
        }
        for (Map.Entry<String, Money> e : y.investments().entrySet()) {
            long part = monthPart(e.getValue(), month);
            if (part != 0) {
                // The projects' twelfths carry their project; what is left of the account's twelfth carries none.
                List<SampleVoucher.Row> rows = new ArrayList<>();
                long left = part;
                for (Map.Entry<String, Money> p : y.projects().getOrDefault(e.getKey(), new java.util.TreeMap<>())
                        .entrySet()) {
                    long projectPart = monthPart(p.getValue(), month);
                    rows.add(new SampleVoucher.Row(e.getKey(), "", p.getKey(), projectPart));
                    left -= projectPart;
                }
                if (left != 0) {
                    rows.add(new SampleVoucher.Row(e.getKey(), "", left));
                }
                rows.add(new SampleVoucher.Row(SampleChart.BANK, "", -part));
                out.add(new SampleVoucher(INVESTMENT_SERIES, 0, LocalDate.of(y.year(), month, 15),
                        "Investeringar " + SampleChart.BALANCE_ACCOUNTS.get(e.getKey()).toLowerCase(Locale.ROOT) + " "
                                + monthName(month), rows));
            }
        }
        for (LedgerOutline.Loan l : y.loans()) {
            if (l.date().getMonthValue() == month) {
                long amount = ore(l.amount());
                out.add(new SampleVoucher(BANK_SERIES, 0, l.date(), (amount > 0 ? "Upptaget lån " : "Återbetalt lån ")
                        + l.id(), List.of(new SampleVoucher.Row(SampleChart.BANK, "", amount),
                        new SampleVoucher.Row(SampleChart.LOANS, "", -amount))));
            }
        }
        return out;
    }

    /**
     * The month-end move between the bank and short-term placements that leaves the bank at the
     * outline's cash for the month, or where it stood at the end of the month before when the outline
     * gives none.
     */
    private static Optional<SampleVoucher> placement(LedgerOutline.Year y, int month,
                                                     Map<String, Long> monthStart, Map<String, Long> balances) {
        Money wanted = y.cash().get(month);
        long target = wanted != null ? ore(wanted) : monthStart.getOrDefault(SampleChart.BANK, 0L);
        long surplus = balances.getOrDefault(SampleChart.BANK, 0L) - target;
        if (surplus == 0) {
            return Optional.empty();
        }
        return Optional.of(new SampleVoucher(BANK_SERIES, 0, YearMonth.of(y.year(), month).atEndOfMonth(),
                (surplus > 0 ? "Placering av överskottslikviditet " : "Uttag från kortfristiga placeringar ")
                        + monthName(month), List.of(new SampleVoucher.Row(SampleChart.PLACEMENTS, "", surplus),
                new SampleVoucher.Row(SampleChart.BANK, "", -surplus))));
    }

    /** An amount to book in a month: one committee's result line, signed as the result statement. */
    private record Target(String committee, IncomeStatementLine line, List<SampleChart.CostCentre> costCentres,
                          long ore) {
    }

    static List<Target> targets(LedgerOutline.Year y, int month) {
        List<Target> out = new ArrayList<>();
        long taxes = monthPart(y.taxes(), month);
        long grants = monthPart(y.grants(), month);
        out.add(new Target("RS", IncomeStatementLine.TAX_REVENUE, List.of(SampleChart.FINANCE), taxes));
        out.add(new Target("RS", IncomeStatementLine.GENERAL_GRANTS, List.of(SampleChart.FINANCE), grants));

        long netCost = netCostThrough(y, month) - netCostThrough(y, month - 1);
        long totalShares = 0;
        for (Money m : y.netCost().values()) {
            totalShares += ore(m);
        }
        // Each committee gets its share of the running total, rounded, less last month's: its year then
        // sums exactly to its net cost. The largest committee takes the month's rounding remainder.
        Map<String, Long> byCommittee = new LinkedHashMap<>();
        long assigned = 0;
        String largest = null;
        for (Map.Entry<String, Money> e : y.netCost().entrySet()) {
            long part = shareOf(netCostThrough(y, month), e.getValue(), totalShares)
                    - shareOf(netCostThrough(y, month - 1), e.getValue(), totalShares);
            byCommittee.put(e.getKey(), part);
            assigned += part;
            if (largest == null || ore(e.getValue()) > ore(y.netCost().get(largest))) {
                largest = e.getKey();
            }
        }
        byCommittee.merge(largest, netCost - assigned, Long::sum);

        for (Map.Entry<String, Long> e : byCommittee.entrySet()) {
            String c = e.getKey();
            long net = e.getValue();
            long dep = monthPart(y.depreciation().getOrDefault(c, Money.ZERO), month);
            BigDecimal share = SampleChart.REVENUE_SHARE.getOrDefault(c, BigDecimal.ZERO);
            long revenue = BigDecimal.valueOf(net).multiply(share)
                    .divide(BigDecimal.ONE.subtract(share), 0, RoundingMode.HALF_EVEN).longValueExact();
            long costs = net - dep + revenue;
            List<SampleChart.CostCentre> ccs = SampleChart.COST_CENTRES.get(c);
            if (ccs == null) {
                throw new IllegalArgumentException("the sample chart has no cost centres for committee " + c);
            }
            out.add(new Target(c, IncomeStatementLine.OPERATING_REVENUE, ccs, revenue));
            out.add(new Target(c, IncomeStatementLine.OPERATING_COSTS, ccs, -costs));
            if (dep != 0) {
                out.add(new Target(c, IncomeStatementLine.DEPRECIATION, ccs, -dep));
            }
        }

        long finCosts = monthPart(y.financialCosts(), month);
        long finIncome = ore(y.netFinancialItems().get(month)) - finCosts;
        if (finIncome < 0) {
            // A fall in the pension fund's value is booked as a financial cost, not as negative income.
            finCosts += finIncome;
            finIncome = 0;
        }
        out.add(new Target("RS", IncomeStatementLine.FINANCIAL_INCOME, List.of(SampleChart.FINANCE), finIncome));
        out.add(new Target("RS", IncomeStatementLine.FINANCIAL_COSTS, List.of(SampleChart.FINANCE), finCosts));
        out.removeIf(t -> t.ore == 0);
        return out;
    }

    /** The region's net cost from January through {@code month}: taxes and grants less verksamhetens resultat. */
    private static long netCostThrough(LedgerOutline.Year y, int month) {
        long total = 0;
        for (int m = 1; m <= month; m++) {
            total += monthPart(y.taxes(), m) + monthPart(y.grants(), m) - ore(y.operatingResult().get(m));
        }
        return total;
    }

    private static long shareOf(long amount, Money committee, long totalShares) {
        return BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(ore(committee)))
                .divide(BigDecimal.valueOf(totalShares), 0, RoundingMode.HALF_EVEN).longValueExact();
    }

    /** A yearly amount's share for one month: a twelfth, December taking the remainder. */
    private static long monthPart(Money yearly, int month) {
        long total = ore(yearly);
        long part = total / 12;
        return month == 12 ? total - 11 * part : part;
    }

    private static long ore(Money m) {
        return m.sek().multiply(ORE_PER_SEK).longValueExact();
    }

    /** Splits a target into rows over accounts and cost centres, grouped into balanced vouchers. */
    private static List<SampleVoucher> vouchers(int year, int month, Target t, int pieces, SplittableRandom random) {
        List<SampleChart.Account> accounts = SampleChart.ACCOUNTS.get(t.line);
        int totalWeight = accounts.stream().mapToInt(SampleChart.Account::weight).sum();
        long[] amounts = split(-t.ore, pieces, random); // ledger sign: debit positive
        Map<SampleChart.Account, List<SampleVoucher.Row>> byAccount = new LinkedHashMap<>();
        for (long a : amounts) {
            SampleChart.Account acc = pick(accounts, totalWeight, random);
            SampleChart.CostCentre cc = t.costCentres.get(random.nextInt(t.costCentres.size()));
            byAccount.computeIfAbsent(acc, k -> new ArrayList<>()).add(new SampleVoucher.Row(acc.number(), cc.id(), a));
        }
        List<SampleVoucher> out = new ArrayList<>();
        int days = YearMonth.of(year, month).lengthOfMonth();
        for (Map.Entry<SampleChart.Account, List<SampleVoucher.Row>> e : byAccount.entrySet()) {
            SampleChart.Account acc = e.getKey();
            List<SampleVoucher.Row> rows = e.getValue();
            for (int from = 0; from < rows.size(); from += ROWS_PER_VOUCHER) {
                List<SampleVoucher.Row> chunk = new ArrayList<>(rows.subList(from, Math.min(rows.size(),
                        from + ROWS_PER_VOUCHER)));
                long sum = 0;
                for (SampleVoucher.Row r : chunk) {
                    sum += r.ore();
                }
                chunk.add(new SampleVoucher.Row(acc.counterAccount(), "", -sum));
                LocalDate date = LocalDate.of(year, month, 1 + random.nextInt(days));
                out.add(new SampleVoucher(acc.series(), 0, date, text(acc, month), chunk));
            }
        }
        return out;
    }

    private static String text(SampleChart.Account acc, int month) {
        return acc.name() + " " + monthName(month);
    }

    private static String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL, SWEDISH);
    }

    private static SampleChart.Account pick(List<SampleChart.Account> accounts, int totalWeight,
                                            SplittableRandom random) {
        int r = random.nextInt(totalWeight);
        for (SampleChart.Account a : accounts) {
            r -= a.weight();
            if (r < 0) {
                return a;
            }
        }
        return accounts.get(accounts.size() - 1);
    }

    /** Splits an amount into {@code n} random parts of the same sign that sum to it exactly. */
    static long[] split(long amount, int n, SplittableRandom random) {
        long abs = Math.abs(amount);
        int pieces = (int) Math.max(1, Math.min(n, abs));
        double[] w = new double[pieces];
        double total = 0;
        for (int i = 0; i < pieces; i++) {
            w[i] = 0.2 + 1.6 * random.nextDouble();
            total += w[i];
        }
        long[] out = new long[pieces];
        long left = abs;
        for (int i = 0; i < pieces - 1; i++) {
            out[i] = Math.min(left, (long) Math.floor(abs * (w[i] / total)));
            left -= out[i];
        }
        out[pieces - 1] = left;
        if (amount < 0) {
            for (int i = 0; i < pieces; i++) {
                out[i] = -out[i];
            }
        }
        return out;
    }

    /** Account numbers and names of the sample chart, for the ledger file's account list. */
    public static Map<String, String> accountNames() {
        Map<String, String> m = new java.util.TreeMap<>(SampleChart.BALANCE_ACCOUNTS);
        for (List<SampleChart.Account> list : SampleChart.ACCOUNTS.values()) {
            list.forEach(a -> m.put(a.number(), a.name()));
        }
        return m;
    }

    /** Cost-centre ids and names of the sample chart. */
    public static Map<String, String> costCentreNames() {
        Map<String, String> m = new java.util.TreeMap<>();
        m.put(SampleChart.FINANCE.id(), SampleChart.FINANCE.name());
        SampleChart.COST_CENTRES.values().forEach(l -> l.forEach(c -> m.put(c.id(), c.name())));
        return m;
    }

}
