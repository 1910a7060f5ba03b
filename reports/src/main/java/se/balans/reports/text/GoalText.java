package se.balans.reports.text;

import java.math.BigDecimal;

import se.balans.engine.money.Money;
import se.balans.engine.plan.FinancialGoal;
import se.balans.engine.plan.GoalMetric;

/** A financial goal's target and values as the plan report and the monthly report write them. */
public final class GoalText {
    private GoalText() {
    }

    /** "minst 3,0 %", "högst 0,0 mnkr". */
    public static String target(FinancialGoal goal, Labels labels) {
        return labels.get(goal.atLeast() ? "goal.comparison.at_least" : "goal.comparison.at_most") + " "
                + value(goal.metric(), goal.target(), labels);
    }

    /** A ratio goal's value as a percentage to one decimal, a money goal's in mnkr. */
    public static String value(GoalMetric metric, BigDecimal v, Labels labels) {
        NumberStyle n = NumberStyle.of(labels.language());
        return metric.unit() == GoalMetric.Unit.RATIO ? n.percent(v, 1) : n.mnkrWithUnit(Money.ofSek(v));
    }
}
