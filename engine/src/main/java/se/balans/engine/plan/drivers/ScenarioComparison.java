package se.balans.engine.plan.drivers;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import se.balans.engine.balancerequirement.BalanceRequirementInput;
import se.balans.engine.goal.GoalEvaluation;
import se.balans.engine.goal.GoalEvaluator;
import se.balans.engine.goal.GoalStatus;
import se.balans.engine.money.Money;
import se.balans.engine.plan.FinancialGoal;
import se.balans.engine.plan.RegionalPlan;
import se.balans.engine.ratio.FinancialRatios;
import se.balans.engine.statement.BalanceSheetLine;
import se.balans.engine.statement.Statement;

/**
 * The plan and its scenarios side by side, per year: result, balanskravsresultat, soliditet, debt
 * and goal attainment. The plan itself is the first row of every year, named {@value #PLAN}.
 */
public record ScenarioComparison(List<ComputedPlan> plans, List<ScenarioOutcome> outcomes) {
    public static final String PLAN = "plan";

    public ScenarioComparison {
        plans = List.copyOf(plans);
        outcomes = List.copyOf(outcomes);
    }

    public static ScenarioComparison compare(RegionalPlan base, PlanDrivers drivers,
                                             List<BalanceRequirementInput> history, Money openingReserve,
                                             List<Scenario> scenarios) {
        List<ComputedPlan> plans = new ArrayList<>();
        List<String> names = new ArrayList<>();
        plans.add(PlanCalculator.compute(base, drivers, history, openingReserve));
        names.add(PLAN);
        for (Scenario s : scenarios) {
            if (names.contains(s.name())) {
                throw new IllegalArgumentException("scenario " + s.name() + " is given twice");
            }
            plans.add(PlanCalculator.compute(base, s.apply(drivers), history, openingReserve));
            names.add(s.name());
        }
        List<ScenarioOutcome> out = new ArrayList<>();
        for (int y = drivers.firstYear(); y <= drivers.lastYear(); y++) {
            for (int i = 0; i < plans.size(); i++) {
                out.add(outcome(names.get(i), plans.get(i), y));
            }
        }
        return new ScenarioComparison(plans, out);
    }

    static ScenarioOutcome outcome(String name, ComputedPlan cp, int y) {
        RegionalPlan p = cp.plan();
        Statement<BalanceSheetLine> bs = p.balanceSheet(y).orElseThrow();
        RequiredResult r = cp.required(y).orElseThrow();
        int met = 0;
        int evaluated = 0;
        for (FinancialGoal g : goalsOf(p, y, cp.drivers().firstYear())) {
            GoalEvaluation e = GoalEvaluator.evaluate(g, p);
            if (e.status() != GoalStatus.NOT_EVALUABLE) {
                evaluated++;
                met += e.status() == GoalStatus.MET ? 1 : 0;
            }
        }
        return new ScenarioOutcome(name, y, r.result(), r.balanceRequirementResult(), FinancialRatios.equityRatio(bs),
                bs.has(BalanceSheetLine.CONTINGENT_PENSION_LIABILITY)
                        ? FinancialRatios.equityRatioInclPensionCommitments(bs) : java.util.Optional.empty(),
                bs.value(BalanceSheetLine.INTEREST_BEARING_DEBT), met, evaluated, r);
    }

    /**
     * The goals a year is measured against: the plan's goals for that year, or else the budget year's
     * goals carried forward (a regionplan sets its goals for the budget year and keeps them in the plan
     * years unless it says otherwise).
     */
    static List<FinancialGoal> goalsOf(RegionalPlan p, int y, int budgetYear) {
        List<FinancialGoal> own = p.goals(y);
        if (!own.isEmpty()) {
            return own;
        }
        return p.goals(budgetYear).stream().map(g -> new FinancialGoal(g.id(), y, g.metric(), g.atLeast(), g.target(),
                g.text())).toList();
    }

    public List<ScenarioOutcome> year(int y) {
        return outcomes.stream().filter(o -> o.year() == y).toList();
    }

    public List<ScenarioOutcome> scenario(String name) {
        Objects.requireNonNull(name, "name");
        return outcomes.stream().filter(o -> o.scenario().equals(name)).toList();
    }
}
