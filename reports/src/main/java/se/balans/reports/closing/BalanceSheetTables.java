package se.balans.reports.closing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import se.balans.engine.balancesheet.BalanceSheetFollowUp;
import se.balans.engine.balancesheet.BalanceSheetPosition;
import se.balans.engine.money.Money;
import se.balans.engine.ratio.FinancialRatios;
import se.balans.engine.statement.BalanceSheetLine;
import se.balans.engine.statement.Statement;
import se.balans.engine.statement.StatementKind;
import se.balans.reports.chart.Chart;
import se.balans.reports.table.Cell;
import se.balans.reports.table.Table;
import se.balans.reports.text.Labels;
import se.balans.reports.text.NumberStyle;

/**
 * Balansräkning i sammandrag: the month-end sheet from the ledger beside the forecast and budget for
 * the year end, soliditet both ways, likvida medel like with like, and the interest-bearing debt
 * reconciled with the loan register — one set of tables and words for the monthly report and the
 * terminal.
 */
public final class BalanceSheetTables {
    private static final List<BalanceSheetLine> LINES = List.of(BalanceSheetLine.FIXED_ASSETS,
            BalanceSheetLine.CURRENT_ASSETS, BalanceSheetLine.TOTAL_ASSETS, BalanceSheetLine.OPENING_EQUITY,
            BalanceSheetLine.RESULT_FOR_YEAR, BalanceSheetLine.EQUITY, BalanceSheetLine.PENSION_PROVISIONS,
            BalanceSheetLine.OTHER_PROVISIONS, BalanceSheetLine.LONG_TERM_LIABILITIES,
            BalanceSheetLine.CURRENT_LIABILITIES, BalanceSheetLine.TOTAL_EQUITY_AND_LIABILITIES);

    private final BalanceSheetFollowUp f;
    private final Labels labels;
    private final NumberStyle n;
    private final int year;
    private final int month;

    public BalanceSheetTables(BalanceSheetFollowUp followUp, Labels labels) {
        this.f = followUp;
        this.labels = labels;
        this.n = NumberStyle.of(labels.language());
        this.year = followUp.position().month().getYear();
        this.month = followUp.position().month().getMonthValue();
    }

    /** "31 mars": the month end without its year, for a column the table's title dates. */
    private String dayMonth() {
        return labels.format("bs.day_month", f.position().month().lengthOfMonth(), labels.get("month." + month));
    }

    private String monthEnd() {
        return labels.format("bs.month_end", f.position().month().lengthOfMonth(), labels.get("month." + month), year);
    }

    /** In words: soliditet, likvida medel, the debt reconciliation, and anything that does not tie. */
    public List<String> narrative() {
        List<String> out = new ArrayList<>();
        BalanceSheetPosition p = f.position();
        String ratio = f.equityRatio().map(r -> n.percent(r, 1)).orElse("–");
        out.add(f.equityRatioInclPensionCommitments()
                .map(r -> labels.format("bs.text.equity_ratio_incl", monthEnd(), ratio, n.percent(r, 1)))
                .orElse(labels.format("bs.text.equity_ratio", monthEnd(), ratio)));
        f.forecastEquityRatio().ifPresent(r -> out.add(f.forecastEquityRatioInclPensionCommitments()
                .map(i -> labels.format("bs.text.forecast_incl", year, n.percent(r, 1), n.percent(i, 1)))
                .orElse(labels.format("bs.text.forecast", year, n.percent(r, 1)))));
        StringBuilder cash = new StringBuilder(labels.format("bs.text.cash", monthEnd(), n.mnkr(p.cash(), 0)));
        f.cashBudget().ifPresent(b -> cash.append(' ').append(labels.format("bs.text.cash_budget", n.mnkr(b, 0))));
        f.cashLastYear().ifPresent(b -> cash.append(' ').append(labels.format("bs.text.cash_last_year",
                n.mnkr(b, 0), year - 1)));
        out.add(cash.toString());
        out.add(f.debtDifference().map(d -> d.isZero()
                        ? labels.format("bs.text.debt_matches", n.mnkr(p.interestBearingDebt(), 0))
                        : labels.format("bs.text.debt_differs", n.mnkr(p.interestBearingDebt(), 1),
                        n.mnkr(f.registerDebt().orElseThrow(), 1), n.mnkr(d, 1)))
                .orElse(labels.format("bs.text.debt_no_register", n.mnkr(p.interestBearingDebt(), 0), monthEnd())));
        if (!p.ties()) {
            out.add(labels.format("bs.text.not_tied", n.kronor(p.trialBalanceDifference())));
        }
        if (p.opening() == BalanceSheetPosition.Opening.ROLLED_FORWARD) {
            out.add(labels.format("bs.text.rolled_forward", year, year - 1));
        }
        p.notes().stream().filter(s -> !s.startsWith("the trial balance"))
                .forEach(s -> out.add(labels.format("bs.text.note", s)));
        return out;
    }

    /** The sheet: the month end from the ledger, the forecast year end and the budget's year end. */
    public Table sheet() {
        List<String> columns = new ArrayList<>();
        List<Function<BalanceSheetLine, Optional<Money>>> values = new ArrayList<>();
        columns.add(labels.format("bs.col.outcome", dayMonth()));
        values.add(l -> Optional.of(f.outcome().value(l)));
        f.forecast().ifPresent(fc -> {
            columns.add(labels.get("bs.col.forecast"));
            values.add(l -> Optional.of(fc.value(l)));
        });
        f.budget().ifPresent(b -> {
            columns.add(labels.get("bs.col.budget"));
            values.add(l -> Optional.of(b.value(l)));
        });
        Table.Builder t = Table.builder(labels.format("bs.title", monthEnd()), labels.get("label.line"), columns);
        // A total line adds its components shown above it.
        java.util.Map<BalanceSheetLine, Integer> at = new java.util.EnumMap<>(BalanceSheetLine.class);
        for (BalanceSheetLine line : LINES) {
            List<Cell> cells = values.stream().map(v -> v.apply(line).map(Cell::amount).orElse(Cell.EMPTY)).toList();
            String label = labels.line(StatementKind.BALANCE_SHEET, line);
            List<Integer> parts = line.components().stream().filter(at::containsKey).map(at::get).toList();
            at.put(line, t.next());
            if (line.isTotal() && !parts.isEmpty()) {
                t.total(label, cells, se.balans.reports.table.Sum.of(parts));
            } else if (line.isTotal()) {
                t.total(label, cells);
            } else {
                t.row(label, cells);
            }
        }
        t.heading(labels.get("bs.memo"));
        memo(t, values, BalanceSheetLine.CONTINGENT_PENSION_LIABILITY, f.outcome(), f.forecast(), f.budget());
        memo(t, values, BalanceSheetLine.INTEREST_BEARING_DEBT, f.outcome(), f.forecast(), f.budget());
        List<Cell> cash = new ArrayList<>();
        cash.add(Cell.amount(f.position().cash()));
        for (int i = 1; i < columns.size(); i++) {
            cash.add(Cell.EMPTY);
        }
        t.row(labels.get("bs.cash"), cash);
        List<Cell> ratios = new ArrayList<>();
        ratios.add(f.equityRatio().map(Cell::percent).orElse(Cell.EMPTY));
        f.forecast().ifPresent(x -> ratios.add(f.forecastEquityRatio().map(Cell::percent).orElse(Cell.EMPTY)));
        f.budget().ifPresent(b -> ratios.add(FinancialRatios.equityRatio(b).map(Cell::percent).orElse(Cell.EMPTY)));
        t.row(labels.get("plan.equity_ratio"), ratios);
        List<Cell> incl = new ArrayList<>();
        incl.add(f.equityRatioInclPensionCommitments().map(Cell::percent).orElse(Cell.EMPTY));
        f.forecast().ifPresent(x -> incl.add(f.forecastEquityRatioInclPensionCommitments().map(Cell::percent)
                .orElse(Cell.EMPTY)));
        f.budget().ifPresent(b -> incl.add(FinancialRatios.equityRatioInclPensionCommitments(b).map(Cell::percent)
                .orElse(Cell.EMPTY)));
        t.row(labels.get("plan.equity_ratio_incl"), incl);
        t.note(labels.get(f.budget().isPresent() ? "bs.note" : "bs.note_no_budget"));
        return t.build();
    }

    private void memo(Table.Builder t, List<Function<BalanceSheetLine, Optional<Money>>> values,
                             BalanceSheetLine line, Statement<BalanceSheetLine> outcome,
                             Optional<Statement<BalanceSheetLine>> forecast, Optional<Statement<BalanceSheetLine>> budget) {
        List<Cell> cells = new ArrayList<>();
        cells.add(outcome.given(line).map(Cell::amount).orElse(Cell.EMPTY));
        forecast.ifPresent(fc -> cells.add(fc.given(line).map(Cell::amount).orElse(Cell.EMPTY)));
        budget.ifPresent(b -> cells.add(b.given(line).map(Cell::amount).orElse(Cell.EMPTY)));
        t.row(labels.line(StatementKind.BALANCE_SHEET, line), cells);
    }

    /** Likvida medel and the debt: the ledger beside what it is compared with. */
    public Table reconciliation() {
        Table.Builder t = Table.builder(labels.format("bs.reconciliation.title", monthEnd()), labels.get("label.line"),
                List.of(labels.get("bs.reconciliation.col.ledger"), labels.get("bs.reconciliation.col.compared"),
                        labels.get("bs.reconciliation.col.difference")));
        Money debt = f.position().interestBearingDebt();
        t.row(labels.get("bs.reconciliation.debt"), List.of(Cell.amount(debt),
                f.registerDebt().map(Cell::amount).orElse(Cell.EMPTY),
                f.debtDifference().map(Cell::amount).orElse(Cell.EMPTY)));
        Money cash = f.position().cash();
        f.cashBudget().ifPresent(b -> t.row(labels.get("bs.reconciliation.cash_budget"),
                List.of(Cell.amount(cash), Cell.amount(b), Cell.amount(cash.minus(b)))));
        f.cashLastYear().ifPresent(b -> t.row(labels.format("bs.reconciliation.cash_last_year", year - 1),
                List.of(Cell.amount(cash), Cell.amount(b), Cell.amount(cash.minus(b)))));
        t.row(labels.get("bs.reconciliation.trial_balance"), List.of(Cell.amount(f.position().trialBalanceDifference()),
                Cell.amount(Money.ZERO), Cell.amount(f.position().trialBalanceDifference())));
        t.note(labels.get("bs.reconciliation.note"));
        return t.build();
    }

    /** Soliditet both ways: the month end, the forecast year end and the budget, as bars. */
    public Chart chart() {
        List<String> categories = new ArrayList<>(List.of(labels.get("plan.equity_ratio"),
                labels.get("plan.equity_ratio_incl")));
        List<Chart.Series> series = new ArrayList<>();
        series.add(series(labels.format("bs.col.outcome", monthEnd()), f.equityRatio(),
                f.equityRatioInclPensionCommitments()));
        f.forecast().ifPresent(x -> series.add(series(labels.get("bs.col.forecast") + " " + year, f.forecastEquityRatio(),
                f.forecastEquityRatioInclPensionCommitments())));
        f.budget().ifPresent(b -> series.add(series(labels.get("bs.col.budget") + " " + year,
                FinancialRatios.equityRatio(b), FinancialRatios.equityRatioInclPensionCommitments(b))));
        return Chart.bar(labels.get("bs.chart.title"), "", "%", categories, series);
    }

    /** Soliditet and, when known, soliditet including the commitments: a ratio not known is left out, never drawn as zero. */
    private static Chart.Series series(String name, Optional<BigDecimal> ratio, Optional<BigDecimal> incl) {
        List<BigDecimal> values = new ArrayList<>();
        values.add(pct(ratio));
        incl.ifPresent(i -> values.add(pct(Optional.of(i))));
        return values.size() == 2 ? new Chart.Series(name, values) : Chart.Series.partial(name, values);
    }

    private static BigDecimal pct(Optional<BigDecimal> fraction) {
        return fraction.map(x -> x.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_EVEN))
                .orElse(BigDecimal.ZERO);
    }
}
