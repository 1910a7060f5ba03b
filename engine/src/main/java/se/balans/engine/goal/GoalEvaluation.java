package se.balans.engine.goal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.balans.engine.plan.FinancialGoal;
import se.balans.engine.trace.Figure;

/**
 * A goal with its value and verdict, and the figures the value was computed from.
 *
 * @param value a fraction for ratio goals, SEK for money goals; empty if not evaluable
 * @param missing for a goal that cannot be evaluated, what is missing
 */
public record GoalEvaluation(FinancialGoal goal, Optional<BigDecimal> value, GoalStatus status,
                             List<Figure> inputs, Optional<String> missing) {
    public GoalEvaluation {
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(status, "status");
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(missing, "missing");
    }
}
