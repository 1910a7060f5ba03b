package se.balans.cli.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.apache.commons.csv.CSVPrinter;

import com.fasterxml.jackson.core.JsonGenerator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.balans.cli.ExitCode;
import se.balans.cli.LanguageOption;
import se.balans.cli.UserException;
import se.balans.cli.output.MachineOutput;
import se.balans.cli.output.OutputFormat;
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
import se.balans.reports.plan.PlanTables;
import se.balans.reports.table.TextTableRenderer;

/** {@code balans plan show}: the plan's budgets, frames, investments, ratios and goals. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Show the regional plan: result, balance and cash-flow budgets, frames and the frame",
                "bridge, investments, key ratios and the financial goals with their evaluation."})
public final class PlanShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    LanguageOption lang;
    @Mixin
    PlanOption planOption;

    @Option(names = "--year", paramLabel = "YYYY",
            description = "Only this year (frames, bridge and goals of this year). Default: every year; "
                    + "frames and goals of the plan year.")
    Integer year;

    @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table",
            description = "table (default, for people), csv or json (plain numbers in mnkr, fractions for ratios).")
    OutputFormat format;

    @Override
    public Integer call() throws IOException {
        RegionalPlan plan = planOption.read();
        if (year != null && !plan.years().contains(year)) {
            throw new UserException(ExitCode.BAD_INPUT, "the plan in " + planOption.dir() + " has no figures for "
                    + year + "; it covers " + plan.years().first() + "–" + plan.years().last());
        }
        int focus = year != null ? year : plan.planYear();
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case table -> table(plan, focus, out);
            case csv -> csv(plan, focus, out);
            case json -> json(plan, focus, out);
        }
        out.flush();
        return ExitCode.OK;
    }

    private void table(RegionalPlan plan, int focus, PrintWriter out) {
        PlanTables t = new PlanTables(plan, lang.labels(), Optional.ofNullable(year));
        TextTableRenderer r = new TextTableRenderer(lang.numbers());
        if (!plan.incomeStatements().isEmpty()) {
            out.println(r.render(t.summary()));
            out.println(r.render(t.incomeStatement()));
        }
        if (!plan.balanceSheets().isEmpty()) {
            out.println(r.render(t.balanceSheet()));
        }
        if (!plan.cashFlows().isEmpty()) {
            out.println(r.render(t.cashFlow()));
        }
        if (!plan.frames(focus).isEmpty()) {
            out.println(r.render(t.frames(focus)));
        }
        if (!plan.investmentPlan().isEmpty()) {
            out.println(r.render(t.investments()));
        }
        if (!plan.goals(focus).isEmpty()) {
            out.println(r.render(t.goals(focus)));
        }
    }

    private boolean included(int y) {
        return year == null || year == y;
    }

    /** One row per figure: section, year, item, value, unit. */
    private void csv(RegionalPlan plan, int focus, PrintWriter out) throws IOException {
        try (CSVPrinter p = MachineOutput.csv(out, List.of("section", "year", "item", "value", "unit"))) {
            statementRows(p, plan.incomeStatements(), IncomeStatementLine.class);
            statementRows(p, plan.balanceSheets(), BalanceSheetLine.class);
            statementRows(p, plan.cashFlows(), CashFlowLine.class);
            for (int y : plan.frameYears()) {
                if (!included(y)) {
                    continue;
                }
                for (BudgetFrame f : plan.frames(y)) {
                    p.printRecord("frames", y, f.committee(), plain(f.amount()), "mnkr");
                }
            }
            Optional<FrameBridge> bridge = plan.frameBridge(focus);
            if (bridge.isPresent()) {
                for (FrameBridge.Row r : bridge.get().rows()) {
                    p.printRecord("frame_bridge", focus, r.committee() + ".opening", plain(r.opening()), "mnkr");
                    for (FrameChangeKind k : FrameChangeKind.values()) {
                        if (r.changes().containsKey(k)) {
                            p.printRecord("frame_bridge", focus, r.committee() + "." + k.code(), plain(r.change(k)),
                                    "mnkr");
                        }
                    }
                }
            }
            for (InvestmentPlanYear i : plan.investmentPlan()) {
                if (included(i.year())) {
                    p.printRecord("investment_plan", i.year(), "investment_frame", plain(i.investmentFrame()), "mnkr");
                    p.printRecord("investment_plan", i.year(), "depreciation", plain(i.depreciation()), "mnkr");
                }
            }
            for (int y : plan.years()) {
                if (!included(y)) {
                    continue;
                }
                for (var e : ratios(plan, y).entrySet()) {
                    p.printRecord("ratios", y, e.getKey(), MachineOutput.plain(e.getValue()), "fraction");
                }
            }
            for (GoalEvaluation g : GoalEvaluator.evaluate(plan, focus)) {
                String unit = g.goal().metric().unit() == GoalMetric.Unit.RATIO ? "fraction" : "mnkr";
                p.printRecord("goals", focus, g.goal().id() + ".target", goalNumber(g.goal().metric(),
                        g.goal().target()), unit);
                p.printRecord("goals", focus, g.goal().id() + ".value",
                        g.value().map(v -> goalNumber(g.goal().metric(), v)).orElse(""), unit);
                p.printRecord("goals", focus, g.goal().id() + ".status", g.status().name().toLowerCase(), "status");
            }
        }
    }

    private static String goalNumber(GoalMetric m, java.math.BigDecimal v) {
        return m.unit() == GoalMetric.Unit.RATIO ? MachineOutput.plain(v) : plain(Money.ofSek(v));
    }

    private <L extends Enum<L> & StatementLine> void statementRows(CSVPrinter p,
            java.util.Map<Integer, Statement<L>> statements, Class<L> lines) throws IOException {
        for (Statement<L> s : new java.util.TreeMap<>(statements).values()) {
            if (!included(s.year())) {
                continue;
            }
            for (L line : lines.getEnumConstants()) {
                if (line.isTotal() || s.has(line)) {
                    p.printRecord(s.kind().code(), s.year(), line.code(), plain(s.value(line)), "mnkr");
                }
            }
        }
    }

    private static java.util.Map<String, java.math.BigDecimal> ratios(RegionalPlan plan, int y) {
        java.util.Map<String, java.math.BigDecimal> m = new java.util.LinkedHashMap<>();
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

    private static String plain(Money m) {
        return MachineOutput.plain(m.toMnkr());
    }

    private void json(RegionalPlan plan, int focus, PrintWriter out) throws IOException {
        try (JsonGenerator g = MachineOutput.json(out)) {
            g.writeStartObject();
            g.writeStringField("region", plan.region());
            g.writeNumberField("plan_year", plan.planYear());
            g.writeStringField("unit", "mnkr");
            g.writeObjectFieldStart("year_status");
            for (var e : plan.yearStatus().entrySet()) {
                if (included(e.getKey())) {
                    g.writeStringField(String.valueOf(e.getKey()), e.getValue().code());
                }
            }
            g.writeEndObject();
            jsonStatements(g, "income_statement", plan.incomeStatements(), IncomeStatementLine.class);
            jsonStatements(g, "balance_sheet", plan.balanceSheets(), BalanceSheetLine.class);
            jsonStatements(g, "cash_flow", plan.cashFlows(), CashFlowLine.class);
            g.writeObjectFieldStart("frames");
            for (int y : plan.frameYears()) {
                if (!included(y)) {
                    continue;
                }
                g.writeObjectFieldStart(String.valueOf(y));
                for (BudgetFrame f : plan.frames(y)) {
                    MachineOutput.amount(g, f.committee(), f.amount());
                }
                MachineOutput.amount(g, "total", plan.frameTotal(y));
                g.writeEndObject();
            }
            g.writeEndObject();
            Optional<FrameBridge> bridge = plan.frameBridge(focus);
            if (bridge.isPresent()) {
                g.writeObjectFieldStart("frame_bridge");
                g.writeNumberField("year", focus);
                for (FrameBridge.Row r : bridge.get().rows()) {
                    g.writeObjectFieldStart(r.committee());
                    MachineOutput.amount(g, "opening", r.opening());
                    for (FrameChangeKind k : FrameChangeKind.values()) {
                        if (r.changes().containsKey(k)) {
                            MachineOutput.amount(g, k.code(), r.change(k));
                        }
                    }
                    MachineOutput.amount(g, "closing", r.computedClosing());
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            g.writeObjectFieldStart("investment_plan");
            for (InvestmentPlanYear i : plan.investmentPlan()) {
                if (included(i.year())) {
                    g.writeObjectFieldStart(String.valueOf(i.year()));
                    MachineOutput.amount(g, "investment_frame", i.investmentFrame());
                    MachineOutput.amount(g, "depreciation", i.depreciation());
                    g.writeEndObject();
                }
            }
            g.writeEndObject();
            g.writeObjectFieldStart("ratios");
            for (int y : plan.years()) {
                if (!included(y)) {
                    continue;
                }
                var r = ratios(plan, y);
                if (r.isEmpty()) {
                    continue;
                }
                g.writeObjectFieldStart(String.valueOf(y));
                for (var e : r.entrySet()) {
                    g.writeFieldName(e.getKey());
                    g.writeNumber(MachineOutput.plainDecimal(e.getValue()));
                }
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeArrayFieldStart("goals");
            for (GoalEvaluation e : GoalEvaluator.evaluate(plan, focus)) {
                g.writeStartObject();
                g.writeStringField("id", e.goal().id());
                g.writeNumberField("year", e.goal().year());
                g.writeStringField("metric", e.goal().metric().code());
                g.writeStringField("comparison", e.goal().atLeast() ? "at_least" : "at_most");
                g.writeFieldName("target");
                g.writeNumber(new java.math.BigDecimal(goalNumber(e.goal().metric(), e.goal().target())));
                if (e.value().isPresent()) {
                    g.writeFieldName("value");
                    g.writeNumber(new java.math.BigDecimal(goalNumber(e.goal().metric(), e.value().get())));
                } else {
                    g.writeNullField("value");
                }
                g.writeStringField("status", e.status().name().toLowerCase());
                g.writeStringField("text", e.goal().text());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.println();
    }

    private <L extends Enum<L> & StatementLine> void jsonStatements(JsonGenerator g, String name,
            java.util.Map<Integer, Statement<L>> statements, Class<L> lines) throws IOException {
        g.writeObjectFieldStart(name);
        for (Statement<L> s : new java.util.TreeMap<>(statements).values()) {
            if (!included(s.year())) {
                continue;
            }
            g.writeObjectFieldStart(String.valueOf(s.year()));
            for (L line : lines.getEnumConstants()) {
                if (line.isTotal() || s.has(line)) {
                    MachineOutput.amount(g, line.code(), s.value(line));
                }
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

}
