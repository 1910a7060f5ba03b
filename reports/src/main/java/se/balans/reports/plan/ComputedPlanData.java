package se.balans.reports.plan;

import java.math.BigDecimal;
import java.util.List;

import se.balans.engine.money.Money;
import se.balans.engine.plan.drivers.BridgeLine;
import se.balans.engine.plan.drivers.ComputedPlan;
import se.balans.engine.plan.drivers.RequiredResult;
import se.balans.engine.plan.drivers.ScenarioComparison;
import se.balans.engine.plan.drivers.ScenarioOutcome;
import se.balans.engine.plan.drivers.SensitivityAnalysis;
import se.balans.reports.output.Data;
import se.balans.reports.output.ReportData;
import se.balans.reports.table.Cell;
import se.balans.reports.table.Table;

/**
 * The plan computed from its drivers, for programs ({@code balans plan compute --format csv|json}): the frame
 * bridge line by line with its basis and rate, the least result each plan year needs, the scenarios and the
 * sensitivity table. Amounts in SEK to the öre, unrounded.
 */
public final class ComputedPlanData implements ReportData {
    private final ComputedPlan plan;
    private final ScenarioComparison scenarios;
    private final SensitivityAnalysis sensitivity;

    public ComputedPlanData(ComputedPlan plan, ScenarioComparison scenarios, SensitivityAnalysis sensitivity) {
        this.plan = plan;
        this.scenarios = scenarios;
        this.sensitivity = sensitivity;
    }

    /** One record per figure: section, scenario, year, item, value, unit. */
    @Override
    public Table records() {
        Table.Builder t = Table.keyed("plan compute", "section", List.of("scenario", "year", "item", "value", "unit"));
        for (BridgeLine b : plan.bridge()) {
            record(t, "frame_bridge", ScenarioComparison.PLAN, b.year(),
                    b.change().committee() + "." + b.rule().code(), b.amount());
        }
        for (RequiredResult r : plan.required()) {
            record(t, "required_result", ScenarioComparison.PLAN, r.year(), "result", r.result());
            record(t, "required_result", ScenarioComparison.PLAN, r.year(), "least_result", r.leastResult());
            record(t, "required_result", ScenarioComparison.PLAN, r.year(), "shortfall", r.shortfall());
        }
        for (ScenarioOutcome o : scenarios.outcomes()) {
            record(t, "scenario", o.scenario(), o.year(), "result", o.result());
            record(t, "scenario", o.scenario(), o.year(), "balance_requirement_result", o.balanceRequirementResult());
            record(t, "scenario", o.scenario(), o.year(), "debt", o.debt());
            o.equityRatio().ifPresent(v -> ratio(t, o, "equity_ratio", v));
            o.equityRatioInclPensionCommitments().ifPresent(v -> ratio(t, o, "equity_ratio_incl_pension_commitments", v));
            t.keyed("scenario", List.of(Cell.text(o.scenario()), Cell.integer(o.year()), Cell.text("goals_met"),
                    Cell.integer(o.goalsMet()), Cell.text("of " + o.goalsEvaluated())));
        }
        for (SensitivityAnalysis.Row r : sensitivity.rows()) {
            r.effect().forEach((year, m) -> record(t, "sensitivity", ScenarioComparison.PLAN, year,
                    r.driver().code() + " +" + r.driver().step(), m));
        }
        return t.build();
    }

    private static void record(Table.Builder t, String section, String scenario, int year, String item, Money m) {
        t.keyed(section, List.of(Cell.text(scenario), Cell.integer(year), Cell.text(item), Cell.amount(m),
                Cell.text("SEK")));
    }

    private static void ratio(Table.Builder t, ScenarioOutcome o, String item, BigDecimal v) {
        t.keyed("scenario", List.of(Cell.text(o.scenario()), Cell.integer(o.year()), Cell.text(item), Cell.percent(v),
                Cell.text("fraction")));
    }

    @Override
    public Data document() {
        return Data.object()
                .put("bridge", Data.array(plan.bridge(), b -> Data.object().number("year", b.year())
                        .text("committee", b.change().committee()).text("rule", b.rule().code())
                        .text("kind", b.change().kind().code()).amount("amount", b.amount())
                        .put("basis", Data.orNull(b.basis().map(Data::amount)))
                        .put("rate", Data.orNull(b.rate().map(Data::decimal))).text("source", b.source()).build()))
                .put("required_result", Data.array(plan.required(), r -> Data.object().number("year", r.year())
                        .amount("result", r.result()).amount("balance_requirement_result", r.balanceRequirementResult())
                        .amount("required_balance_requirement_result", r.requiredBalanceRequirementResult())
                        .amount("least_result", r.leastResult()).bool("falls_short", r.fallsShort())
                        .amount("shortfall", r.shortfall()).build()))
                .put("scenarios", Data.array(scenarios.outcomes(), o -> Data.object().text("scenario", o.scenario())
                        .number("year", o.year()).amount("result", o.result())
                        .amount("balance_requirement_result", o.balanceRequirementResult())
                        .decimal("equity_ratio", o.equityRatio())
                        .decimal("equity_ratio_incl_pension_commitments", o.equityRatioInclPensionCommitments())
                        .amount("debt", o.debt()).number("goals_met", o.goalsMet())
                        .number("goals_evaluated", o.goalsEvaluated()).bool("falls_short", o.required().fallsShort())
                        .build()))
                .put("sensitivity", Data.array(sensitivity.rows(), r -> Data.object().text("driver", r.driver().code())
                        .text("step", r.driver().step()).put("effect", Data.array(r.effect().entrySet(),
                                e -> Data.object().number("year", e.getKey()).amount("effect", e.getValue()).build()))
                        .build()))
                .build();
    }
}
