package se.balans.engine.investment;

import java.util.Objects;
import java.util.Optional;

import se.balans.engine.money.Money;

/**
 * A year's investment budget for a category (the investeringsbudget as adopted), optionally for one
 * project within it. The category's budget is the sum of its rows; a row without a project is the
 * category's budget not assigned to any project.
 *
 * <p>A row with a project is also that project's budget ({@link InvestmentProjectFollowUp}), when the
 * workspace keeps a project register; it must then name the project's own category.
 *
 * @param amount mnkr as an expenditure, ≥ 0
 */
public record InvestmentBudget(int year, String category, Optional<String> project, Money amount, String source) {
    public InvestmentBudget {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(source, "source");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("an investment budget is an expenditure, stated ≥ 0; got "
                    + amount.toMnkr().toPlainString() + " mnkr");
        }
    }
}
