package se.balans.reports.plan;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import se.balans.engine.goal.GoalEvaluation;
import se.balans.engine.goal.GoalEvaluator;
import se.balans.engine.money.Money;
import se.balans.engine.plan.BudgetFrame;
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
import se.balans.engine.statement.StatementLine;
import se.balans.reports.output.Data;
import se.balans.reports.output.ReportData;
import se.balans.reports.table.Cell;
import se.balans.reports.table.Table;

/**
 * The regional plan for programs ({@code balans plan show --format csv|json}): the three budgets,
 * frames and the frame bridge, the investment plan, key ratios and the goals with their
 * evaluation, as {@link PlanTables} shows them to people. Amounts in mnkr, ratios as fractions.
 */
public final class PlanData implements ReportData {
    private final RegionalPlan plan;
    private final Optional<Integer> onlyYear;
    private final int focus;

    /**
     * @param onlyYear the one year to give, when given; frames, bridge and goals are those of this
     *                 year, else of the plan year
     */
    public PlanData(RegionalPlan plan, Optional<Integer> onlyYear) {
        this.plan = plan;
        this.onlyYear = onlyYear;
        this.focus = onlyYear.orElse(plan.planYear());
    }

    private boolean included(int year) {
        return onlyYear.isEmpty() || onlyYear.get() == year;
    }

    /** One record per figure: section (the statement's code, frames, ratios, goals…), year, item, value, unit. */
    @Override
    public Table records() {
        Table.Builder t = Table.keyed("plan", "section", List.of("year", "item", "value", "unit"));
        statementRecords(t, plan.incomeStatements(), IncomeStatementLine.class);
        statementRecords(t, plan.balanceSheets(), BalanceSheetLine.class);
        statementRecords(t, plan.cashFlows(), CashFlowLine.class);
        for (int y : plan.frameYears()) {
            if (included(y)) {
                for (BudgetFrame f : plan.frames(y)) {
                    record(t, "frames", y, f.committee(), Cell.amount(f.amount()), "mnkr");
                }
            }
        }
        Optional<FrameBridge> bridge = plan.frameBridge(focus);
        if (bridge.isPresent()) {
            for (FrameBridge.Row r : bridge.get().rows()) {
                record(t, "frame_bridge", focus, r.committee() + ".opening", Cell.amount(r.opening()), "mnkr");
                for (FrameChangeKind k : FrameChangeKind.values()) {
                    if (r.changes().containsKey(k)) {
                        record(t, "frame_bridge", focus, r.committee() + "." + k.code(), Cell.amount(r.change(k)),
                                "mnkr");
                    }
                }
            }
        }
        for (InvestmentPlanYear i : plan.investmentPlan()) {
            if (included(i.year())) {
                record(t, "investment_plan", i.year(), "investment_frame", Cell.amount(i.investmentFrame()), "mnkr");
                record(t, "investment_plan", i.year(), "depreciation", Cell.amount(i.depreciation()), "mnkr");
            }
        }
        for (int y : plan.years()) {
            if (included(y)) {
                ratios(y).forEach((code, v) -> record(t, "ratios", y, code, Cell.percent(v), "fraction"));
            }
        }
        for (GoalEvaluation g : GoalEvaluator.evaluate(plan, focus)) {
            GoalMetric metric = g.goal().metric();
            String unit = metric.unit() == GoalMetric.Unit.RATIO ? "fraction" : "mnkr";
            record(t, "goals", focus, g.goal().id() + ".target", goalCell(metric, g.goal().target()), unit);
            record(t, "goals", focus, g.goal().id() + ".value",
                    g.value().map(v -> goalCell(metric, v)).orElse(Cell.EMPTY), unit);
            record(t, "goals", focus, g.goal().id() + ".status", Cell.text(status(g)), "status");
        }
        return t.build();
    }

    private static void record(Table.Builder t, String section, int year, String item, Cell value, String unit) {
        t.keyed(section, List.of(Cell.integer(year), Cell.text(item), value, Cell.text(unit)));
    }

    private <L extends Enum<L> & StatementLine> void statementRecords(Table.Builder t,
            Map<Integer, Statement<L>> statements, Class<L> lines) {
        for (Statement<L> s : new TreeMap<>(statements).values()) {
            if (included(s.year())) {
                for (L line : lines.getEnumConstants()) {
                    if (line.isTotal() || s.has(line)) {
                        record(t, s.kind().code(), s.year(), line.code(), Cell.amount(s.value(line)), "mnkr");
                    }
                }
            }
        }
    }

    /** The plan as one document: region, year status, the budgets by year, frames, bridge, investments, ratios, goals. */
    @Override
    public Data document() {
        Data.ObjectBuilder d = Data.object().text("region", plan.region()).number("plan_year", plan.planYear())
                .text("unit", "mnkr");
        Data.ObjectBuilder status = Data.object();
        plan.yearStatus().forEach((y, s) -> {
            if (included(y)) {
                status.text(String.valueOf(y), s.code());
            }
        });
        d.put("year_status", status.build());
        d.put("income_statement", statements(plan.incomeStatements(), IncomeStatementLine.class));
        d.put("balance_sheet", statements(plan.balanceSheets(), BalanceSheetLine.class));
        d.put("cash_flow", statements(plan.cashFlows(), CashFlowLine.class));
        Data.ObjectBuilder frames = Data.object();
        for (int y : plan.frameYears()) {
            if (included(y)) {
                Data.ObjectBuilder year = Data.object();
                plan.frames(y).forEach(f -> year.amount(f.committee(), f.amount()));
                frames.put(String.valueOf(y), year.amount("total", plan.frameTotal(y)).build());
            }
        }
        d.put("frames", frames.build());
        d.putIfPresent("frame_bridge", plan.frameBridge(focus).map(this::bridge));
        Data.ObjectBuilder investments = Data.object();
        for (InvestmentPlanYear i : plan.investmentPlan()) {
            if (included(i.year())) {
                investments.put(String.valueOf(i.year()), Data.object().amount("investment_frame", i.investmentFrame())
                        .amount("depreciation", i.depreciation()).build());
            }
        }
        d.put("investment_plan", investments.build());
        Data.ObjectBuilder ratios = Data.object();
        for (int y : plan.years()) {
            Map<String, BigDecimal> r = ratios(y);
            if (included(y) && !r.isEmpty()) {
                Data.ObjectBuilder year = Data.object();
                r.forEach(year::decimal);
                ratios.put(String.valueOf(y), year.build());
            }
        }
        d.put("ratios", ratios.build());
        d.put("goals", Data.array(GoalEvaluator.evaluate(plan, focus), PlanData::goal));
        return d.build();
    }

    private Data bridge(FrameBridge bridge) {
        Data.ObjectBuilder b = Data.object().number("year", focus);
        for (FrameBridge.Row r : bridge.rows()) {
            Data.ObjectBuilder committee = Data.object().amount("opening", r.opening());
            for (FrameChangeKind k : FrameChangeKind.values()) {
                if (r.changes().containsKey(k)) {
                    committee.amount(k.code(), r.change(k));
                }
            }
            b.put(r.committee(), committee.amount("closing", r.computedClosing()).build());
        }
        return b.build();
    }

    private static Data goal(GoalEvaluation e) {
        GoalMetric metric = e.goal().metric();
        return Data.object().text("id", e.goal().id()).number("year", e.goal().year()).text("metric", metric.code())
                .text("comparison", e.goal().atLeast() ? "at_least" : "at_most")
                .put("target", goalData(metric, e.goal().target()))
                .put("value", Data.orNull(e.value().map(v -> goalData(metric, v))))
                .text("status", status(e)).text("text", e.goal().text()).build();
    }

    private <L extends Enum<L> & StatementLine> Data statements(Map<Integer, Statement<L>> statements,
            Class<L> lines) {
        Data.ObjectBuilder years = Data.object();
        for (Statement<L> s : new TreeMap<>(statements).values()) {
            if (included(s.year())) {
                Data.ObjectBuilder year = Data.object();
                for (L line : lines.getEnumConstants()) {
                    if (line.isTotal() || s.has(line)) {
                        year.amount(line.code(), s.value(line));
                    }
                }
                years.put(String.valueOf(s.year()), year.build());
            }
        }
        return years.build();
    }

    /** The key ratios the plan's statements give for a year, by code. */
    private Map<String, BigDecimal> ratios(int y) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        plan.balanceSheet(y).ifPresent(bs -> {
            FinancialRatios.equityRatio(bs).ifPresent(v -> m.put("equity_ratio", v));
            FinancialRatios.equityRatioInclPensionCommitments(bs)
                    .ifPresent(v -> m.put("equity_ratio_incl_pension_commitments", v));
        });
        plan.incomeStatement(y).ifPresent(is -> {
            FinancialRatios.operatingResultShare(is).ifPresent(v -> m.put("operating_result_share", v));
            plan.balanceSheet(y).flatMap(bs -> FinancialRatios.debtShare(bs, is)).ifPresent(v -> m.put("debt_share", v));
        });
        return m;
    }

    private static String status(GoalEvaluation e) {
        return e.status().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** A goal's target or value: a ratio as a fraction, an amount (given in kronor) in mnkr. */
    private static Cell goalCell(GoalMetric metric, BigDecimal v) {
        return metric.unit() == GoalMetric.Unit.RATIO ? Cell.percent(v) : Cell.amount(Money.ofSek(v));
    }

    private static Data goalData(GoalMetric metric, BigDecimal v) {
        return metric.unit() == GoalMetric.Unit.RATIO ? Data.decimal(v) : Data.amount(Money.ofSek(v));
    }
}
