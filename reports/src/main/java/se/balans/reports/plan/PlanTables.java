package se.balans.reports.plan;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Function;

import se.balans.engine.goal.GoalEvaluation;
import se.balans.engine.goal.GoalEvaluator;
import se.balans.engine.money.Money;
import se.balans.engine.plan.BudgetFrame;
import se.balans.engine.plan.Committee;
import se.balans.engine.plan.FinancialGoal;
import se.balans.engine.plan.FrameBridge;
import se.balans.engine.plan.FrameChangeKind;
import se.balans.engine.plan.GoalMetric;
import se.balans.engine.plan.InvestmentPlanYear;
import se.balans.engine.plan.RegionalPlan;
import se.balans.engine.ratio.FinancialRatios;
import se.balans.engine.statement.BalanceSheetLine;
import se.balans.engine.statement.CashFlowLine;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.engine.statement.Statement;
import se.balans.engine.statement.StatementKind;
import se.balans.engine.statement.StatementLine;
import se.balans.reports.table.Cell;
import se.balans.reports.table.Row;
import se.balans.reports.table.Sum;
import se.balans.reports.table.Table;
import se.balans.reports.text.GoalText;
import se.balans.reports.text.Labels;

/** The regional plan as tables: key figures, the three budgets, frames and bridge, investments, goals. */
public final class PlanTables {
    private final RegionalPlan plan;
    private final Labels labels;
    private final Optional<Integer> onlyYear;

    /** Tables over every year of the plan. */
    public PlanTables(RegionalPlan plan, Labels labels) {
        this(plan, labels, Optional.empty());
    }

    /** Tables restricted to one year, when {@code onlyYear} is given. */
    public PlanTables(RegionalPlan plan, Labels labels, Optional<Integer> onlyYear) {
        this.plan = plan;
        this.labels = labels;
        this.onlyYear = onlyYear;
    }

    private <V> SortedMap<Integer, V> asSorted(java.util.Map<Integer, V> m) {
        SortedMap<Integer, V> s = new java.util.TreeMap<>(m);
        onlyYear.ifPresent(y -> s.keySet().removeIf(k -> !k.equals(y)));
        return s;
    }

    private List<String> yearHeaders(Set<Integer> years) {
        return years.stream().map(String::valueOf).toList();
    }

    private List<String> statusHeaders(Set<Integer> years) {
        return years.stream().map(y -> plan.status(y).map(s -> labels.get("status." + s.code())).orElse("")).toList();
    }

    /** Key figures per year: the board's one-page view of the plan. */
    public Table summary() {
        SortedMap<Integer, Statement<IncomeStatementLine>> is = asSorted(plan.incomeStatements());
        Set<Integer> years = is.keySet();
        Table.Builder b = Table.builder(labels.format("plan.summary.title", plan.region(), plan.planYear()),
                labels.get("label.mnkr"), yearHeaders(years)).subHeader(statusHeaders(years));
        b.row(labels.get("plan.taxes_and_grants"), cells(years, y -> Cell.amount(FinancialRatios.taxesAndGrants(is.get(y)))));
        b.row(labels.line(StatementKind.INCOME_STATEMENT, IncomeStatementLine.NET_OPERATING_COST),
                cells(years, y -> Cell.amount(is.get(y).value(IncomeStatementLine.NET_OPERATING_COST))));
        b.total(labels.line(StatementKind.INCOME_STATEMENT, IncomeStatementLine.OPERATING_RESULT),
                cells(years, y -> Cell.amount(is.get(y).value(IncomeStatementLine.OPERATING_RESULT))), Sum.of(0, 1));
        b.row(labels.get("plan.net_financial_items"),
                cells(years, y -> Cell.amount(FinancialRatios.netFinancialItems(is.get(y)))));
        // Årets resultat adds the two rows above it unless a year has extraordinary items, which are not shown here.
        boolean extraordinary = years.stream().anyMatch(y -> !is.get(y).value(IncomeStatementLine.EXTRAORDINARY_ITEMS)
                .isZero());
        List<Cell> result = cells(years, y -> Cell.amount(is.get(y).value(IncomeStatementLine.RESULT_FOR_YEAR)));
        String resultLabel = labels.line(StatementKind.INCOME_STATEMENT, IncomeStatementLine.RESULT_FOR_YEAR);
        if (extraordinary) {
            b.total(resultLabel, result);
        } else {
            b.total(resultLabel, result, Sum.of(2, 3));
        }
        b.row(labels.get("plan.operating_result_share"),
                cells(years, y -> percent(FinancialRatios.operatingResultShare(is.get(y)))));
        b.row(labels.get("plan.equity_ratio"), cells(years, y -> plan.balanceSheet(y)
                .map(s -> percent(FinancialRatios.equityRatio(s))).orElse(Cell.EMPTY)));
        b.row(labels.get("plan.equity_ratio_incl"), cells(years, y -> plan.balanceSheet(y)
                .map(s -> percent(FinancialRatios.equityRatioInclPensionCommitments(s))).orElse(Cell.EMPTY)));
        b.row(labels.line(StatementKind.CASH_FLOW, CashFlowLine.CLOSING_CASH), cells(years, y -> plan.cashFlow(y)
                .map(s -> Cell.amount(s.value(CashFlowLine.CLOSING_CASH))).orElse(Cell.EMPTY)));
        b.row(labels.get("plan.investments.frame"), cells(years, y -> plan.investments(y)
                .map(i -> Cell.amount(i.investmentFrame())).orElse(Cell.EMPTY)));
        b.row(labels.get("plan.frame_total"), cells(years, y -> plan.frames(y).isEmpty() ? Cell.EMPTY
                : Cell.amount(plan.frameTotal(y))));
        return b.build();
    }

    public Table incomeStatement() {
        return statement(labels.get("plan.income.title"), StatementKind.INCOME_STATEMENT,
                IncomeStatementLine.class, asSorted(plan.incomeStatements()));
    }

    public Table balanceSheet() {
        return statement(labels.get("plan.balance.title"), StatementKind.BALANCE_SHEET, BalanceSheetLine.class,
                asSorted(plan.balanceSheets()));
    }

    public Table cashFlow() {
        return statement(labels.get("plan.cashflow.title"), StatementKind.CASH_FLOW, CashFlowLine.class,
                asSorted(plan.cashFlows()));
    }

    private <L extends Enum<L> & StatementLine> Table statement(String title, StatementKind kind, Class<L> lines,
                                                                 SortedMap<Integer, Statement<L>> byYear) {
        Set<Integer> years = byYear.keySet();
        Table.Builder b = Table.builder(title, labels.get("label.mnkr"), yearHeaders(years))
                .subHeader(statusHeaders(years));
        // A total line adds its components shown above it (a line left out is zero in every year).
        java.util.Map<StatementLine, Integer> at = new java.util.HashMap<>();
        for (L line : lines.getEnumConstants()) {
            boolean anyGiven = byYear.values().stream().anyMatch(s -> s.has(line));
            if (!line.isTotal() && !anyGiven) {
                continue; // an input line no year uses (e.g. extraordinary items) is left out
            }
            List<Cell> cells = cells(years, y -> line.isTotal() || byYear.get(y).has(line)
                    ? Cell.amount(byYear.get(y).value(line)) : Cell.EMPTY);
            Row row = new Row(labels.line(kind, line), cells, line.isTotal() ? Row.Style.TOTAL : Row.Style.NORMAL);
            List<Integer> parts = line.components().stream().filter(at::containsKey).map(at::get).toList();
            at.put(line, b.next());
            b.row(parts.isEmpty() ? row : row.withSum(Sum.of(parts)));
        }
        return b.build();
    }

    /** Frames per committee for {@code year} with the bridge from the year before. */
    public Table frames(int year) {
        Optional<FrameBridge> bridge = plan.frameBridge(year);
        List<FrameChangeKind> kinds = bridge.map(PlanTables::kindsUsed).orElse(List.of());
        List<String> cols = new ArrayList<>();
        if (bridge.isPresent()) {
            cols.add(labels.format("plan.bridge.opening", year - 1));
            kinds.forEach(k -> cols.add(labels.get("kind." + k.code())));
        }
        cols.add(labels.format("plan.bridge.closing", year));
        Table.Builder b = Table.builder(bridge.isPresent()
                        ? labels.format("plan.bridge.title", year - 1, year) : labels.format("plan.frames.title", year),
                labels.get("label.committee"), cols);
        for (BudgetFrame f : plan.frames(year)) {
            Committee c = plan.committee(f.committee()).orElseThrow();
            List<Cell> cells = new ArrayList<>();
            bridge.flatMap(br -> br.rows().stream().filter(r -> r.committee().equals(f.committee())).findFirst())
                    .ifPresent(r -> {
                        cells.add(Cell.amount(r.opening()));
                        kinds.forEach(k -> cells.add(Cell.amount(r.change(k))));
                    });
            cells.add(Cell.amount(f.amount()));
            b.row(labels.committee(c), cells);
        }
        List<Cell> totals = new ArrayList<>();
        bridge.ifPresent(br -> {
            totals.add(Cell.amount(br.totalOpening()));
            kinds.forEach(k -> totals.add(Cell.amount(br.total(k))));
        });
        totals.add(Cell.amount(plan.frameTotal(year)));
        b.totalOfDetailRows(labels.get("label.total"), totals);
        return b.build();
    }

    /** The kinds of change a bridge uses, in the order of {@link FrameChangeKind}: its columns and steps. */
    public static List<FrameChangeKind> kindsUsed(FrameBridge bridge) {
        Set<FrameChangeKind> used = EnumSet.noneOf(FrameChangeKind.class);
        bridge.rows().forEach(r -> used.addAll(r.changes().keySet()));
        return List.copyOf(used);
    }

    public Table investments() {
        List<InvestmentPlanYear> inv = plan.investmentPlan().stream()
                .filter(i -> onlyYear.map(y -> y == i.year()).orElse(true)).toList();
        List<String> years = inv.stream().map(i -> String.valueOf(i.year())).toList();
        Table.Builder b = Table.builder(labels.get("plan.investments.title"), labels.get("label.mnkr"), years)
                .subHeader(inv.stream().map(i -> plan.status(i.year())
                        .map(s -> labels.get("status." + s.code())).orElse("")).toList());
        b.row(labels.get("plan.investments.frame"), inv.stream().map(i -> Cell.amount(i.investmentFrame())).toList());
        b.row(labels.get("plan.investments.depreciation"),
                inv.stream().map(i -> Cell.amount(i.depreciation())).toList());
        return b.build();
    }

    /** The goals of a year: the goal as worded, its target, the plan's value and the verdict. */
    public Table goals(int year) {
        List<GoalEvaluation> evals = GoalEvaluator.evaluate(plan, year);
        Table.Builder b = Table.builder(labels.format("plan.goals.title", year), labels.get("label.goal"),
                List.of(labels.get("label.target"), labels.get("label.value"), labels.get("label.verdict")));
        for (GoalEvaluation e : evals) {
            FinancialGoal g = e.goal();
            Cell target = Cell.text(GoalText.target(g, labels));
            Cell value = e.value().map(v -> Cell.text(GoalText.value(g.metric(), v, labels))).orElse(Cell.EMPTY);
            b.row(labels.get("goal.metric." + g.metric().code()),
                    List.of(target, value, Cell.text(labels.get("goal.status." + e.status().name()))));
        }
        return b.build();
    }

    private static Cell percent(Optional<java.math.BigDecimal> fraction) {
        return fraction.map(Cell::percent).orElse(Cell.EMPTY);
    }

    private static List<Cell> cells(Set<Integer> years, Function<Integer, Cell> f) {
        return years.stream().map(f).toList();
    }

}
