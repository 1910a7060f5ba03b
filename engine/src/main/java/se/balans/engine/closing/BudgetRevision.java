package se.balans.engine.closing;

import java.util.Objects;
import java.util.Optional;

import se.balans.engine.money.Money;
import se.balans.engine.statement.IncomeStatementLine;

/**
 * A year's budget as adopted and as revised (budgetrevidering): a region's council or board may revise
 * the year's budget after the plan (Region Västerbotten's 2025 plan said 399 for verksamhetens resultat,
 * the later annual plan 406). A closing uses the latest revision and names it; the reports show the
 * revision against the original.
 *
 * @param original the adopted budget's file, when the configuration holds it
 * @param used     the latest revision's file, which the closing used
 * @param adopted  the budget as adopted, when the configuration holds it
 * @param revised  the budget as revised, which the closing used
 */
public record BudgetRevision(int year, Optional<String> original, String used, Optional<AnnualBudget> adopted,
                             AnnualBudget revised) {
    public BudgetRevision {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(used, "used");
        Objects.requireNonNull(adopted, "adopted");
        Objects.requireNonNull(revised, "revised");
    }

    /** The line as adopted, when the adopted budget is known. */
    public Optional<Money> adopted(IncomeStatementLine line) {
        return adopted.map(a -> a.total(line));
    }

    /** The line as revised. */
    public Money revised(IncomeStatementLine line) {
        return revised.total(line);
    }
}
