package se.balans.engine.closing;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import se.balans.engine.ledger.LedgerMapping.Key;
import se.balans.engine.money.Money;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.engine.statement.StatementLine;

/**
 * A closed month (månadsbokslut): the measures per committee and result line, the forecast bases,
 * and the back-test of the forecast method on the last complete year.
 *
 * <p>Only the committee × line grain is stored; every total (a committee's net cost, verksamhetens
 * resultat, årets resultat) is summed from it here, so stored and reported figures cannot drift.
 */
public record MonthlyClosing(YearMonth month, List<String> committees, List<Row> rows, List<MonthRow> months,
                             List<ForecastBasis> bases, Optional<Backtest> backtest) {

    /** One committee's result line. */
    public record Row(Key key, Measures measures) {
    }

    /**
     * One month of the closing's year for one committee and line, for the month-by-month charts:
     * the outcome (zero after the closing month), last year's outcome and the periodised budget.
     */
    public record MonthRow(Key key, int month, Money actual, Money lastYear, Money budget) {
        public MonthRow {
            Objects.requireNonNull(key, "key");
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException("month must be 1–12, got " + month);
            }
            Objects.requireNonNull(actual, "actual");
            Objects.requireNonNull(lastYear, "lastYear");
            Objects.requireNonNull(budget, "budget");
        }
    }

    /** Twelve months of a figure: this year's outcome, last year's and the periodised budget. */
    public record MonthSeries(List<Money> actual, List<Money> lastYear, List<Money> budget) {
        public MonthSeries {
            actual = List.copyOf(actual);
            lastYear = List.copyOf(lastYear);
            budget = List.copyOf(budget);
        }

        /** Running totals, January first. */
        public static List<Money> cumulative(List<Money> monthly) {
            List<Money> out = new java.util.ArrayList<>();
            Money acc = Money.ZERO;
            for (Money m : monthly) {
                acc = acc.plus(m);
                out.add(acc);
            }
            return out;
        }
    }

    /** The lines that make up a committee's net cost (verksamhetens nettokostnad). */
    public static final Set<IncomeStatementLine> OPERATING_LINES = Set.of(IncomeStatementLine.OPERATING_REVENUE,
            IncomeStatementLine.OPERATING_COSTS, IncomeStatementLine.DEPRECIATION);

    public MonthlyClosing {
        Objects.requireNonNull(month, "month");
        committees = List.copyOf(committees);
        rows = canonicalOrder(rows, committees);
        List<String> order = committees;
        List<MonthRow> sortedMonths = new java.util.ArrayList<>(months);
        sortedMonths.sort(java.util.Comparator.<MonthRow>comparingInt(r -> {
            int i = order.indexOf(r.key().committee());
            return i < 0 ? Integer.MAX_VALUE : i;
        }).thenComparing(r -> r.key().committee()).thenComparing(r -> r.key().line()).thenComparingInt(MonthRow::month));
        months = List.copyOf(sortedMonths);
        bases = List.copyOf(bases);
        Objects.requireNonNull(backtest, "backtest");
    }

    /** Rows in report order: committees as listed (others after, by code), then lines in LKBR order. */
    private static List<Row> canonicalOrder(List<Row> rows, List<String> committees) {
        List<Row> out = new java.util.ArrayList<>(rows);
        out.sort(java.util.Comparator.<Row>comparingInt(r -> {
            int i = committees.indexOf(r.key().committee());
            return i < 0 ? Integer.MAX_VALUE : i;
        }).thenComparing(r -> r.key().committee()).thenComparing(r -> r.key().line()));
        return List.copyOf(out);
    }

    public Measures measures(Key key) {
        return rows.stream().filter(r -> r.key().equals(key)).map(Row::measures).findFirst().orElse(Measures.ZERO);
    }

    /** A region-wide line of the result statement; totals are summed from their components. */
    public Measures line(IncomeStatementLine line) {
        if (line.isTotal()) {
            Measures m = Measures.ZERO;
            for (StatementLine c : line.components()) {
                m = m.plus(line((IncomeStatementLine) c));
            }
            return m;
        }
        Measures m = Measures.ZERO;
        for (Row r : rows) {
            if (r.key().line() == line) {
                m = m.plus(r.measures());
            }
        }
        return m;
    }

    /** A region-wide line month by month; totals are summed from their components. */
    public MonthSeries series(IncomeStatementLine line) {
        return series(r -> line.isTotal() ? contains(line, r.key().line()) : r.key().line() == line, false);
    }

    /** Finansnetto month by month. */
    public MonthSeries netFinancialItemsSeries() {
        return series(r -> r.key().line() == IncomeStatementLine.FINANCIAL_INCOME
                || r.key().line() == IncomeStatementLine.FINANCIAL_COSTS, false);
    }

    /** A committee's net cost month by month, positive. */
    public MonthSeries committeeNetCostSeries(String committee) {
        return series(r -> r.key().committee().equals(committee) && OPERATING_LINES.contains(r.key().line()), true);
    }

    /** The region's net cost (verksamhetens nettokostnader) month by month, positive. */
    public MonthSeries netCostSeries() {
        return series(r -> OPERATING_LINES.contains(r.key().line()), true);
    }

    private static boolean contains(IncomeStatementLine total, IncomeStatementLine line) {
        return ClosingFigure.leaves(total).contains(line);
    }

    private MonthSeries series(java.util.function.Predicate<MonthRow> include, boolean negate) {
        Money[] actual = new Money[12];
        Money[] last = new Money[12];
        Money[] budget = new Money[12];
        java.util.Arrays.fill(actual, Money.ZERO);
        java.util.Arrays.fill(last, Money.ZERO);
        java.util.Arrays.fill(budget, Money.ZERO);
        for (MonthRow r : months) {
            if (include.test(r)) {
                int i = r.month() - 1;
                actual[i] = actual[i].plus(negate ? r.actual().negated() : r.actual());
                last[i] = last[i].plus(negate ? r.lastYear().negated() : r.lastYear());
                budget[i] = budget[i].plus(negate ? r.budget().negated() : r.budget());
            }
        }
        return new MonthSeries(List.of(actual), List.of(last), List.of(budget));
    }

    /** Finansnetto: financial income plus financial costs. */
    public Measures netFinancialItems() {
        return line(IncomeStatementLine.FINANCIAL_INCOME).plus(line(IncomeStatementLine.FINANCIAL_COSTS));
    }

    /** A committee's net cost, positive (nettokostnad = costs + depreciation − revenues). */
    public Measures committeeNetCost(String committee) {
        Measures m = Measures.ZERO;
        for (Row r : rows) {
            if (r.key().committee().equals(committee) && OPERATING_LINES.contains(r.key().line())) {
                m = m.plus(r.measures());
            }
        }
        return m.negated();
    }

    public Map<String, ForecastBasis> basesByTarget() {
        Map<String, ForecastBasis> m = new java.util.LinkedHashMap<>();
        bases.forEach(b -> m.put(b.target(), b));
        return m;
    }
}
