package se.balans.reports.closing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.balans.engine.closing.Backtest;
import se.balans.engine.closing.ForecastBasis;
import se.balans.engine.closing.Measures;
import se.balans.engine.closing.MonthlyClosing;
import se.balans.engine.money.Money;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.engine.statement.StatementKind;
import se.balans.reports.table.Cell;
import se.balans.reports.table.Change;
import se.balans.reports.table.Row;
import se.balans.reports.table.Sum;
import se.balans.reports.table.Table;
import se.balans.reports.text.Labels;

/**
 * A closed month as tables: the summary the board reads first, the result statement to date in
 * LKBR order, the committees against their periodised frames, how the forecast was made and how
 * well the method did on the last complete year.
 */
public final class ClosingTables {
    private final MonthlyClosing closing;
    private final Labels labels;
    private final Map<String, String> committeeNames;
    /** Whether last year was booked; without it the last-year columns show a dash ({@link LastYear}). */
    private final boolean hasLastYear;

    /** @param committeeNames display names by committee code, in the report's language */
    public ClosingTables(MonthlyClosing closing, Labels labels, Map<String, String> committeeNames) {
        this.closing = closing;
        this.labels = labels;
        this.committeeNames = committeeNames;
        this.hasLastYear = LastYear.hasData(closing);
    }

    private String period() {
        return labels.format("closing.period", labels.get("month." + closing.month().getMonthValue()),
                closing.month().getYear());
    }

    /**
     * Verksamhetens resultat, finansnetto and årets resultat: month, to date, last year, plan, forecast.
     * Årets resultat is marked as the sum of the two rows above it when there are no extraordinary items
     * (the only other part of it); the deviations are coloured, positive being better.
     */
    public Table summary() {
        List<String> cols = List.of(labels.get("closing.col.month"), labels.get("closing.col.ytd"),
                labels.get("closing.col.ytd_last_year"), labels.get("closing.col.budget_ytd"),
                labels.get("closing.col.deviation"), labels.get("closing.col.budget_year"),
                labels.get("closing.col.forecast"), labels.get("closing.col.forecast_deviation"));
        Table.Builder b = Table.builder(labels.format("closing.summary.title", period()), labels.get("label.mnkr"), cols);
        b.row(labels.line(StatementKind.INCOME_STATEMENT, IncomeStatementLine.OPERATING_RESULT),
                summaryCells(closing.line(IncomeStatementLine.OPERATING_RESULT)));
        b.row(labels.get("plan.net_financial_items"), summaryCells(closing.netFinancialItems()));
        String result = labels.line(StatementKind.INCOME_STATEMENT, IncomeStatementLine.RESULT_FOR_YEAR);
        List<Cell> resultCells = summaryCells(closing.line(IncomeStatementLine.RESULT_FOR_YEAR));
        if (closing.line(IncomeStatementLine.EXTRAORDINARY_ITEMS).equals(Measures.ZERO)) {
            b.total(result, resultCells, Sum.of(0, 1));
        } else {
            b.total(result, resultCells);
        }
        return b.build();
    }

    private List<Cell> summaryCells(Measures m) {
        return List.of(Cell.amount(m.month()), Cell.amount(m.ytd()), lastYear(m),
                Cell.amount(m.budgetYtd()), Cell.favourableWhenPositive(m.deviationYtd()), Cell.amount(m.budgetYear()),
                Cell.amount(m.forecastYear()), Cell.favourableWhenPositive(m.forecastDeviation()));
    }

    /**
     * Resultaträkning to date in LKBR order, with budget, deviation, last year, the change against last
     * year in mnkr and, where one means something, in per cent ({@link Change}), and the forecast. Each
     * total line is the sum of its components shown above it.
     */
    public Table resultStatement() {
        List<String> cols = List.of(labels.get("closing.col.ytd"), labels.get("closing.col.budget_ytd"),
                labels.get("closing.col.deviation"), labels.get("closing.col.ytd_last_year"),
                labels.get("closing.col.change"), labels.get("closing.col.growth"), labels.get("closing.col.forecast"),
                labels.get("closing.col.budget_year"));
        Table.Builder b = Table.builder(labels.format("closing.result_statement.title", period()),
                labels.get("label.mnkr"), cols);
        Map<IncomeStatementLine, Integer> at = new java.util.EnumMap<>(IncomeStatementLine.class);
        for (IncomeStatementLine line : IncomeStatementLine.values()) {
            Measures m = closing.line(line);
            if (!line.isTotal() && m.equals(Measures.ZERO)) {
                continue;
            }
            Change.Nature nature = nature(line);
            List<Cell> cells = List.of(Cell.amount(m.ytd()), Cell.amount(m.budgetYtd()),
                    Cell.favourableWhenPositive(m.deviationYtd()), lastYear(m), change(m, nature), growth(m, nature),
                    Cell.amount(m.forecastYear()), Cell.amount(m.budgetYear()));
            Row row = new Row(labels.line(StatementKind.INCOME_STATEMENT, line), cells,
                    line.isTotal() ? Row.Style.TOTAL : Row.Style.NORMAL);
            List<Integer> parts = line.components().stream().filter(at::containsKey).map(at::get).toList();
            at.put(line, b.next());
            b.row(parts.isEmpty() ? row : row.withSum(Sum.of(parts)));
        }
        return b.build();
    }

    /** What a line of the result statement is, as printed: revenue, a cost signed negative, or a result. */
    static Change.Nature nature(IncomeStatementLine line) {
        return switch (line) {
            case OPERATING_REVENUE, TAX_REVENUE, GENERAL_GRANTS, FINANCIAL_INCOME -> Change.Nature.REVENUE;
            case OPERATING_COSTS, DEPRECIATION, NET_OPERATING_COST, FINANCIAL_COSTS -> Change.Nature.SIGNED_COST;
            case OPERATING_RESULT, RESULT_AFTER_FINANCIAL_ITEMS, EXTRAORDINARY_ITEMS, RESULT_FOR_YEAR ->
                    Change.Nature.RESULT;
        };
    }

    /**
     * Per committee: net cost to date against the periodised frame, the change against last year in mnkr
     * and, where one means something, in per cent, and the forecast. The total is the sum of the committees.
     */
    public Table committees() {
        List<String> cols = List.of(labels.get("closing.col.net_cost_ytd"), labels.get("closing.col.frame_ytd"),
                labels.get("closing.col.deviation"), labels.get("closing.col.change"),
                labels.get("closing.col.net_cost_growth"),
                labels.get("closing.col.forecast"), labels.get("closing.col.frame_year"),
                labels.get("closing.col.forecast_deviation"));
        Table.Builder b = Table.builder(labels.format("closing.committees.title", period()),
                labels.get("label.committee"), cols);
        Measures total = Measures.ZERO;
        for (String c : closing.committees()) {
            Measures m = closing.committeeNetCost(c);
            if (m.equals(Measures.ZERO)) {
                continue;
            }
            total = total.plus(m);
            b.row(committeeNames.getOrDefault(c, c), committeeCells(m));
        }
        b.totalOfDetailRows(labels.get("label.total"), committeeCells(total));
        return b.build();
    }

    private List<Cell> committeeCells(Measures m) {
        return List.of(Cell.amount(m.ytd()), Cell.amount(m.budgetYtd()), Cell.favourableWhenPositive(m.costDeviationYtd()),
                change(m, Change.Nature.COST), growth(m, Change.Nature.COST), Cell.amount(m.forecastYear()),
                Cell.amount(m.budgetYear()), Cell.favourableWhenPositive(m.costForecastDeviation()));
    }

    /** The same period last year, or a dash when last year was not booked. */
    private Cell lastYear(Measures m) {
        return hasLastYear ? Cell.amount(m.ytdLastYear()) : LastYear.NOT_AVAILABLE;
    }

    /** The change against last year in mnkr, coloured by its meaning; a dash when there is no last year. */
    private Cell change(Measures m, Change.Nature nature) {
        return hasLastYear ? Change.amount(m.ytd(), m.ytdLastYear(), nature) : LastYear.NOT_AVAILABLE;
    }

    /**
     * The change against last year in per cent, coloured by its meaning: empty where a percentage says
     * nothing ({@link Change}), a dash when there is no last year.
     */
    private Cell growth(Measures m, Change.Nature nature) {
        return hasLastYear ? Change.percent(m.ytd(), m.ytdLastYear(), nature) : LastYear.NOT_AVAILABLE;
    }

    /** A forecast basis's method in words ("Säsong: utfall ÷ andel"). */
    public static String method(ForecastBasis fb, Labels labels) {
        return labels.get("closing.method." + fb.method().code());
    }

    /** Where a forecast basis's profile came from, in words ("inlärd från 2024, 2025"). */
    public static String profile(ForecastBasis fb, Labels labels) {
        String profile = labels.get("closing.profile." + fb.profile().source().code());
        if (!fb.profile().learnedFrom().isEmpty()) {
            profile += " " + labels.format("closing.profile.from", String.join(", ",
                    fb.profile().learnedFrom().stream().map(String::valueOf).toList()));
        }
        return profile;
    }

    /** How the budget was periodised and the forecast made, per committee and line. */
    public Table forecastBasis() {
        Table.Builder b = Table.builder(labels.get("closing.basis.title"), labels.get("closing.col.target"),
                List.of(labels.get("closing.col.method"), labels.get("closing.col.profile"),
                        labels.get("closing.col.share_to_date")));
        for (ForecastBasis fb : closing.bases()) {
            b.row(target(fb.target()), List.of(Cell.text(method(fb, labels)), Cell.text(profile(fb, labels)),
                    Cell.percent(fb.profile().cumulative(closing.month().getMonthValue()))));
        }
        b.note(labels.get("closing.basis.note"));
        return b.build();
    }

    private String target(String code) {
        return IncomeStatementLine.fromCode(code).map(l -> labels.line(StatementKind.INCOME_STATEMENT, l))
                .orElseGet(() -> committeeNames.getOrDefault(code, code));
    }

    /** The back-test: the forecast each month end of the last complete year would have made. */
    public java.util.Optional<Table> backtest() {
        if (closing.backtest().isEmpty()) {
            return java.util.Optional.empty();
        }
        Backtest bt = closing.backtest().get();
        List<String> cols = List.of(labels.get("closing.backtest.forecast_or"), labels.get("closing.backtest.error"),
                labels.get("closing.backtest.forecast_result"), labels.get("closing.backtest.error"));
        Table.Builder b = Table.builder(labels.format("closing.backtest.title", bt.year(),
                        labels.format("closing.backtest.actual", money(bt.actualOperatingResult()), money(bt.actualResult()))),
                labels.get("closing.backtest.month_end"), cols);
        List<Backtest.Error> errors = bt.errors();
        for (int i = 0; i < bt.points().size(); i++) {
            Backtest.Point p = bt.points().get(i);
            Backtest.Error e = errors.get(i);
            b.row(labels.get("month." + p.month()) + " " + bt.year(), List.of(Cell.amount(p.forecastOperatingResult()),
                    Cell.amount(e.operatingResult()), Cell.amount(p.forecastResult()), Cell.amount(e.result())));
        }
        Backtest.Statistics so = bt.operatingResultStatistics();
        Backtest.Statistics sr = bt.resultStatistics();
        b.total(labels.get("closing.backtest.mae"), List.of(Cell.EMPTY, Cell.amount(sek(so.meanAbsoluteError())),
                Cell.EMPTY, Cell.amount(sek(sr.meanAbsoluteError()))));
        b.row(labels.get("closing.backtest.bias"), List.of(Cell.EMPTY, Cell.amount(sek(so.meanError())),
                Cell.EMPTY, Cell.amount(sek(sr.meanError()))));
        b.note(labels.get("closing.backtest.note"));
        return java.util.Optional.of(b.build());
    }

    private String money(Money m) {
        return se.balans.reports.text.NumberStyle.of(labels.language()).mnkrWithUnit(m);
    }

    /** A statistic (a double) back to an amount for display, rounded to the öre. */
    private static Money sek(double value) {
        return Money.ofSek(java.math.BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_EVEN));
    }

    /** Every table, in report order. */
    public List<Table> all() {
        List<Table> out = new ArrayList<>(List.of(summary(), resultStatement(), committees(), forecastBasis()));
        backtest().ifPresent(out::add);
        return out;
    }

}
