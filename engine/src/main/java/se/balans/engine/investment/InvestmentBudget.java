package se.balans.engine.investment;

import java.util.Objects;
import java.util.Optional;

import se.balans.engine.money.Money;

/**
 * A year's investment budget for a category (the investeringsbudget as adopted), optionally for one
 * project within it. The category's budget is the sum of its rows; a row without a project is the
 * category's budget not assigned to any project.
 *
 * <p>The project is kept so that a project breakdown (a SIE dimension, e.g. {@code #OBJEKT 6}) can
 * follow the budget when the ledger's amounts carry the project; today they do not, and the
 * follow-up is per category.
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
