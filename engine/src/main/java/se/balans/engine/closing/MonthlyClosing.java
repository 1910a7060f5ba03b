package se.balans.engine.closing;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import se.balans.engine.ledger.LedgerMapping.Key;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.engine.statement.StatementLine;

/**
 * A closed month (månadsbokslut): the measures per committee and result line, the forecast bases,
 * and the back-test of the forecast method on the last complete year.
 *
 * <p>Only the committee × line grain is stored; every total (a committee's net cost, verksamhetens
 * resultat, årets resultat) is summed from it here, so stored and reported figures cannot drift.
 */
public record MonthlyClosing(YearMonth month, List<String> committees, List<Row> rows, List<ForecastBasis> bases,
                             Optional<Backtest> backtest) {

    /** One committee's result line. */
    public record Row(Key key, Measures measures) {
    }

    /** The lines that make up a committee's net cost (verksamhetens nettokostnad). */
    public static final Set<IncomeStatementLine> OPERATING_LINES = Set.of(IncomeStatementLine.OPERATING_REVENUE,
            IncomeStatementLine.OPERATING_COSTS, IncomeStatementLine.DEPRECIATION);

    public MonthlyClosing {
        Objects.requireNonNull(month, "month");
        committees = List.copyOf(committees);
        rows = canonicalOrder(rows, committees);
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
