package se.balans.io.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.balans.engine.organisation.Organisation;
import se.balans.engine.treasury.Loan;
import se.balans.io.Repo;
import se.balans.io.csv.CsvTable;
import se.balans.io.ledger.BalanceRecord;
import se.balans.io.ledger.LedgerRow;
import se.balans.io.ledger.LedgerSink;
import se.balans.io.ledger.LedgerVoucher;
import se.balans.io.sie.SieReader;
import se.balans.io.treasury.LoanRegister;

/**
 * The sample ledger's balance sheet, read back from the SIE files the demo writes: the first year
 * opens at the balance budget's 2023 year end, each later year at the previous year's closing with
 * its result in equity, and the loans and the cash at month end are the treasury's figures.
 */
class SampleBalanceSheetTest {
    private static final Path REGION = Repo.path("sample-data/region-vasterbotten");

    /** A SIE file read back: its #IB 0 per account, and its rows summed per month and account, in öre. */
    record Year(SortedMap<String, Long> opening, SortedMap<YearMonth, Map<String, Long>> movements,
                SortedMap<YearMonth, Map<String, Long>> payments) {
    }

    static final SortedMap<Integer, Year> YEARS = new TreeMap<>();

    @BeforeAll
    static void writeAndReadBack(@TempDir Path dir) {
        LedgerOutline outline = LedgerOutline.read(REGION.resolve("sample-ledger-outline.csv"));
        List<Path> files = SampleLedgerFiles.write(outline, SampleLedgerGenerator.Options.defaults(), dir, "sample",
                Organisation.of("Region Västerbotten", "232100-0222"), SampleLedgerFiles.Format.SIE, n -> { });
        for (Path f : files) {
            Year y = new Year(new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
            SieReader.read(f, new LedgerSink() {
                @Override
                public void voucher(LedgerVoucher v) {
                    YearMonth m = YearMonth.from(v.date());
                    for (LedgerRow r : v.rows()) {
                        long ore = r.amount().movePointRight(2).longValueExact();
                        y.movements.computeIfAbsent(m, k -> new HashMap<>()).merge(r.account(), ore, Long::sum);
                        if (v.series().equals("B")) {
                            y.payments.computeIfAbsent(m, k -> new HashMap<>()).merge(r.account(), ore, Long::sum);
                        }
                    }
                }

                @Override
                public void balance(BalanceRecord b) {
                    if (b.kind() == BalanceRecord.Kind.IB && b.yearIndex() == 0) {
                        y.opening.merge(b.account(), b.amount().movePointRight(2).longValueExact(), Long::sum);
                    }
                }
            });
            YEARS.put(YearMonth.from(y.movements.firstKey()).getYear(), y);
        }
        assertThat(YEARS.keySet()).containsExactly(2024, 2025, 2026);
    }

    /** The balance-sheet accounts' balances at the end of a month, in öre, debit positive. */
    static Map<String, Long> balancesAt(YearMonth month) {
        Year y = YEARS.get(month.getYear());
        Map<String, Long> out = new TreeMap<>(y.opening);
        y.movements.headMap(month.plusMonths(1)).values().forEach(m -> m.forEach((account, ore) -> {
            if (SampleLedgerGenerator.isBalanceSheet(account)) {
                out.merge(account, ore, Long::sum);
            }
        }));
        return out;
    }

    /** The year's result: the negated sum of every account outside the balance sheet. */
    static long result(int year) {
        long sum = 0;
        for (Map<String, Long> m : YEARS.get(year).movements.values()) {
            for (Map.Entry<String, Long> e : m.entrySet()) {
                if (!SampleLedgerGenerator.isBalanceSheet(e.getKey())) {
                    sum += e.getValue();
                }
            }
        }
        return -sum;
    }

    /** The balance-sheet line of an account: the most specific prefix wins, as the balance sheet maps them. */
    static String line(String account) {
        Map<String, String> prefixes = Map.ofEntries(Map.entry("10", "fixed_assets"), Map.entry("11", "fixed_assets"),
                Map.entry("12", "fixed_assets"), Map.entry("13", "fixed_assets"), Map.entry("14", "current_assets"),
                Map.entry("15", "current_assets"), Map.entry("16", "current_assets"), Map.entry("17", "current_assets"),
                Map.entry("18", "current_assets"), Map.entry("19", "current_assets"), Map.entry("20", "equity"),
                Map.entry("22", "other_provisions"), Map.entry("221", "pension_provisions"),
                Map.entry("23", "long_term_liabilities"), Map.entry("24", "current_liabilities"),
                Map.entry("25", "current_liabilities"), Map.entry("26", "current_liabilities"),
                Map.entry("27", "current_liabilities"), Map.entry("28", "current_liabilities"),
                Map.entry("29", "current_liabilities"));
        for (int n = account.length(); n > 0; n--) {
            String l = prefixes.get(account.substring(0, n));
            if (l != null) {
                return l;
            }
        }
        return "unmapped";
    }

    static long ore(String mnkr) {
        return new BigDecimal(mnkr).movePointRight(8).longValueExact();
    }

    static Map<String, Long> byLine(Map<String, Long> balances) {
        Map<String, Long> out = new TreeMap<>();
        balances.forEach((account, ore) -> out.merge(line(account), ore, Long::sum));
        return out;
    }

    @Test
    void everyYearsOpeningBalancesSumToZero() {
        YEARS.forEach((year, y) -> assertThat(y.opening.values().stream().mapToLong(Long::longValue).sum())
                .as("the #IB of %d", year).isZero());
    }

    @Test
    void everyBalanceSheetAccountIsOnALineOfTheBalanceSheet() {
        YEARS.forEach((year, y) -> {
            Set<String> accounts = new java.util.TreeSet<>(y.opening.keySet());
            y.movements.values().forEach(m -> m.keySet().stream().filter(SampleLedgerGenerator::isBalanceSheet)
                    .forEach(accounts::add));
            assertThat(accounts).as("%d", year).allSatisfy(a -> assertThat(line(a)).isNotEqualTo("unmapped"));
        });
    }

    @Test
    void twentyTwentyFourOpensAtTheBalanceBudgetsYearEndTwentyTwentyThree() {
        Map<String, Long> lines = byLine(YEARS.get(2024).opening);
        // Seed 004 §5.3 and balance-sheet.csv, 2023: debit positive.
        assertThat(lines).containsExactlyInAnyOrderEntriesOf(Map.of(
                "fixed_assets", ore("7673"), "current_assets", ore("7338.7"), "equity", ore("-2831"),
                "pension_provisions", ore("-6887"), "long_term_liabilities", ore("-2668.3"),
                "current_liabilities", ore("-2625.4")));
        Map<String, Long> opening = YEARS.get(2024).opening;
        assertThat(opening.get("1930")).as("cash at the end of 2023 (cash-flow.csv)").isEqualTo(ore("130"));
        assertThat(opening.get("2310")).as("loans at the start of 2024 (seed 004 §5.4)").isEqualTo(ore("-2220"));

        Map<String, BigDecimal> budget = new HashMap<>();
        for (CsvTable.Row r : CsvTable.read(REGION.resolve("balance-sheet.csv"), Set.of("year", "line", "amount"),
                Set.of("source")).rows()) {
            if (r.text("year").equals("2023")) {
                budget.put(r.text("line"), r.number("amount"));
            }
        }
        assertThat(budget.get("fixed_assets")).isEqualByComparingTo("7673");
        assertThat(budget.get("current_assets")).isEqualByComparingTo("7338.7");
        assertThat(budget.get("opening_equity").add(budget.get("result_for_year"))).isEqualByComparingTo("2831");
        assertThat(budget.get("pension_provisions")).isEqualByComparingTo("6887");
        assertThat(budget.get("long_term_liabilities")).isEqualByComparingTo("2668.3");
        assertThat(budget.get("current_liabilities")).isEqualByComparingTo("2625.4");
        assertThat(budget.get("interest_bearing_debt")).isEqualByComparingTo("2220");
    }

    @Test
    void eachLaterYearOpensAtThePreviousYearsClosingWithItsResultInEquity() {
        for (int year : List.of(2025, 2026)) {
            Map<String, Long> closing = balancesAt(YearMonth.of(year - 1, 12));
            closing.merge("2010", -result(year - 1), Long::sum);
            closing.values().removeIf(v -> v == 0);
            assertThat(YEARS.get(year).opening).as("#IB %d", year).containsExactlyInAnyOrderEntriesOf(closing);
        }
        assertThat(result(2024)).as("årets resultat 2024 (seed 003)").isEqualTo(ore("-521"));
        assertThat(YEARS.get(2025).opening.get("2010")).isEqualTo(ore("-2310"));
        assertThat(result(2025)).as("årets resultat 2025 (seed 000)").isEqualTo(ore("18"));
        assertThat(YEARS.get(2026).opening.get("2010")).isEqualTo(ore("-2328"));
    }

    @Test
    void theLoansAtMonthEndAreTheLoanRegisters() {
        assertThat(balancesAt(YearMonth.of(2025, 7)).get("2310")).as("seed 001").isEqualTo(ore("-2570"));
        assertThat(balancesAt(YearMonth.of(2026, 2)).get("2310")).as("seed 000").isEqualTo(ore("-3020"));
        // The later register holds every loan of the earlier one: each month end's loans are what it had outstanding.
        List<Loan> register = LoanRegister.read(REGION.resolve("treasury/loans-2026-02-28.csv")).portfolio().loans();
        for (YearMonth m = YearMonth.of(2024, 1); !m.isAfter(YearMonth.of(2026, 2)); m = m.plusMonths(1)) {
            LocalDate end = m.atEndOfMonth();
            long outstanding = register.stream().filter(l -> l.isOutstandingOn(end))
                    .mapToLong(l -> l.amount().sek().movePointRight(2).longValueExact()).sum();
            assertThat(-balancesAt(m).getOrDefault("2310", 0L)).as("2310 at the end of %s", m).isEqualTo(outstanding);
        }
    }

    @Test
    void theCashAtMonthEndIsTheTreasurysAndNeverBelowZero() {
        for (CsvTable.Row r : CsvTable.read(REGION.resolve("treasury/cash.csv"), Set.of("month", "cash"),
                Set.of("source")).rows()) {
            assertThat(balancesAt(r.month("month")).get("1930")).as("1930 at the end of %s", r.text("month"))
                    .isEqualTo(ore(r.text("cash")));
        }
        assertThat(balancesAt(YearMonth.of(2025, 7)).get("1930")).isEqualTo(ore("517"));
        assertThat(balancesAt(YearMonth.of(2026, 2)).get("1930")).isEqualTo(ore("264"));
        assertThat(balancesAt(YearMonth.of(2024, 12)).get("1930")).as("the cash-flow budget's 349").isEqualTo(ore("349"));
        YEARS.forEach((year, y) -> y.movements.keySet().forEach(m -> {
            Map<String, Long> b = balancesAt(m);
            assertThat(b.getOrDefault("1930", 0L)).as("cash at the end of %s", m).isNotNegative();
            assertThat(b.getOrDefault("1820", 0L)).as("short-term placements at the end of %s", m).isPositive();
        }));
    }

    @Test
    void receivablesAndLiabilitiesAreSettledTheMonthAfter() {
        YEARS.forEach((year, y) -> y.movements.forEach((m, movements) -> {
            Map<String, Long> end = balancesAt(m);
            Map<String, Long> paid = y.payments.getOrDefault(m, Map.of());
            for (String account : List.of("1510", "2440", "2710", "2740")) {
                long booked = movements.getOrDefault(account, 0L) - paid.getOrDefault(account, 0L);
                assertThat(end.get(account)).as("%s at the end of %s: what the month booked", account, m)
                        .isEqualTo(booked);
            }
        }));
    }

    @Test
    void theBalanceSheetSideLeavesTheResultAlone() {
        LedgerOutline outline = LedgerOutline.read(REGION.resolve("sample-ledger-outline.csv"));
        SampleLedgerGenerator.Options o = new SampleLedgerGenerator.Options(5_000, 7);
        for (LedgerOutline.Year y : outline.years().values()) {
            assertThat(resultRows(y, o, SampleLedgerGenerator.opening(y, o)))
                    .as("%d's result rows, opening at its balances or at nothing", y.year())
                    .isEqualTo(resultRows(y, o, Map.of()));
        }
    }

    private static Map<String, Long> resultRows(LedgerOutline.Year y, SampleLedgerGenerator.Options o,
                                                Map<String, Long> opening) {
        Map<String, Long> out = new TreeMap<>();
        SampleLedgerGenerator.generate(y, o, opening, v -> v.rows().stream()
                .filter(r -> !SampleLedgerGenerator.isBalanceSheet(r.account()))
                .forEach(r -> out.merge(v.date() + " " + r.account() + " " + r.costCentre(), r.ore(), Long::sum)));
        return out;
    }
}
