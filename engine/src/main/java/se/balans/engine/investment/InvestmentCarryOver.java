package se.balans.engine.investment;

import java.util.Objects;
import java.util.Optional;

import se.balans.engine.money.Money;

/**
 * Ombudgetering: budget of one year moved to the next by decision — unspent investment budget
 * carried over (positive), or, where the region decides so, an overrun charged to the next year's
 * budget (negative). Decided, never computed: the follow-up adds it to the budget of {@code toYear}
 * as given, whatever {@code fromYear} left unspent.
 *
 * @param decision who decided and when, e.g. "RS 2025-03-18 § 45"
 */
public record InvestmentCarryOver(int fromYear, int toYear, String category, Optional<String> project, Money amount,
                                  String decision, String source) {
    public InvestmentCarryOver {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(source, "source");
        if (toYear != fromYear + 1) {
            throw new IllegalArgumentException("budget is carried over to the next year: from " + fromYear + " to "
                    + (fromYear + 1) + ", not " + toYear);
        }
        if (decision.isBlank()) {
            throw new IllegalArgumentException("a carry-over is decided: name the decision");
        }
    }
}
