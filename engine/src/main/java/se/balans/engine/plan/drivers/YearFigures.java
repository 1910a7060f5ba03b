package se.balans.engine.plan.drivers;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import se.balans.engine.money.Money;

/**
 * How one plan year's central figures were computed: the terms behind the lines of the result,
 * balance and cash-flow budgets. Every amount is unrounded (to the öre).
 *
 * @param taxBase skatteunderlag after any scenario change
 * @param taxRate skattesats, kronor per hundred
 * @param taxForecast which forecast the tax base comes from
 * @param depreciationExisting depreciation on the assets already there
 * @param depreciationNew depreciation on the plan's own investments
 * @param existingDebt loans taken before the plan, after amortisation, at year end
 * @param newDebt new borrowing since the base year, at year end
 * @param interestExisting interest on the existing loans (the register's figure plus any rate shift)
 * @param interestNew new debt × the assumed rate
 * @param pensionsFinancial the financial part of the pension cost (KPA)
 * @param personnelCosts the committees' personnel costs the year's frames start from (last year's payroll
 *        × (1 + PO-pålägg)): what a pay rise above the index acts on
 * @param liquidityBorrowing borrowed at year end to keep likvida medel at the minimum (in {@code newDebt})
 */
public record YearFigures(int year, Money frames, Money taxBase, BigDecimal taxRate, Money settlement,
                          String taxForecast, Money taxRevenue, List<GrantPart> grants, Money generalGrants,
                          Money depreciationExisting, Money depreciationNew, Money investments, Money existingDebt,
                          Money newDebt, Money interestExisting, Money interestNew, Money pensionsFinancial,
                          Money otherFinancialCosts, Money financialIncome, Money unrealisedGains,
                          Money personnelCosts, Money liquidityBorrowing) {
    public YearFigures {
        Objects.requireNonNull(taxForecast, "taxForecast");
        Objects.requireNonNull(liquidityBorrowing, "liquidityBorrowing");
        grants = List.copyOf(grants);
    }

    public Money depreciation() {
        return depreciationExisting.plus(depreciationNew);
    }

    public Money financialCosts() {
        return interestExisting.plus(interestNew).plus(pensionsFinancial).plus(otherFinancialCosts);
    }

    public Money debt() {
        return existingDebt.plus(newDebt);
    }

    /** These figures with the year-end liquidity borrowing added to the new debt. */
    public YearFigures withLiquidityBorrowing(Money amount) {
        return new YearFigures(year, frames, taxBase, taxRate, settlement, taxForecast, taxRevenue, grants,
                generalGrants, depreciationExisting, depreciationNew, investments, existingDebt, newDebt.plus(amount),
                interestExisting, interestNew, pensionsFinancial, otherFinancialCosts, financialIncome, unrealisedGains,
                personnelCosts, amount);
    }
}
