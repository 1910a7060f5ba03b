package se.balans.engine.plan;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A financial goal of the regional plan (finansiellt mål), e.g. "2025 ska verksamhetens resultat
 * uppgå till minst 3 procent av skatteintäkter och generella statsbidrag".
 *
 * @param target a fraction for ratio metrics (0.03 for 3 %), SEK for money metrics
 * @param atLeast true for "minst" (value ≥ target), false for "högst" (value ≤ target)
 * @param text the goal as the plan words it
 */
public record FinancialGoal(String id, int year, GoalMetric metric, boolean atLeast, BigDecimal target, String text) {
    public FinancialGoal {
        Checks.code(id, "goal id");
        Checks.year(year);
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(text, "text");
    }

    /** Whether a value meets the goal. Compares exact values: a goal is not met by rounding. */
    public boolean isMetBy(BigDecimal value) {
        int c = value.compareTo(target);
        return atLeast ? c >= 0 : c <= 0;
    }
}
