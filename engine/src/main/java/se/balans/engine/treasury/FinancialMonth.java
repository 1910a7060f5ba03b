package se.balans.engine.treasury;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.balans.engine.InvalidInputException;
import se.balans.engine.goal.GoalEvaluation;
import se.balans.engine.liquidity.CashBalance;
import se.balans.engine.liquidity.CashVsPlan;
import se.balans.engine.money.Money;
import se.balans.engine.pension.Allocation;
import se.balans.engine.pension.AssetClass;
import se.balans.engine.pension.AssetClassFigures;
import se.balans.engine.pension.IndexPoint;
import se.balans.engine.pension.PensionPortfolio;
import se.balans.engine.pension.ReturnSeries;
import se.balans.engine.plan.RegionalPlan;
import se.balans.engine.policy.FinancePolicy;
import se.balans.engine.policy.LimitCheck;

/**
 * Finansrapportens underlag: what the financial report of a month shows — the pension-fund
 * portfolio, cash against the plan and the loan portfolio — computed once, here, so that the
 * report and its tests take the same figures. The loan figures are as of the month's last day,
 * end of day ({@link #asOf(YearMonth)}).
 *
 * @param returns each asset class's figures for the month, in asset-class order (total first)
 * @param allocationChecks the finance policy's allocation limits, checked; empty without a policy
 * @param index the total portfolio against its benchmark as cumulative indices, for the chart:
 *        the {@link ReturnSeries#WINDOW_MONTHS} months ending with the month (fewer if the series is
 *        shorter), 100 at the end of the month before
 * @param borrowingLimit the låneram, if the finance policy sets one
 * @param debtChecks the finance policy's debt limits, checked; empty without a policy
 * @param debtGoal the plan's debt goal evaluated with the actual debt ({@link DebtGoal}), if the plan has one
 */
public record FinancialMonth(YearMonth month, List<AssetClassFigures> returns, Allocation allocation,
                             List<LimitCheck> allocationChecks, List<IndexPoint> index, CashVsPlan cash,
                             PortfolioMetrics debt, Optional<Money> borrowingLimit, List<LimitCheck> debtChecks,
                             LoanEvents events, Optional<GoalEvaluation> debtGoal) {

    public FinancialMonth {
        Objects.requireNonNull(month, "month");
        returns = List.copyOf(returns);
        Objects.requireNonNull(allocation, "allocation");
        allocationChecks = List.copyOf(allocationChecks);
        index = List.copyOf(index);
        Objects.requireNonNull(cash, "cash");
        Objects.requireNonNull(debt, "debt");
        Objects.requireNonNull(borrowingLimit, "borrowingLimit");
        debtChecks = List.copyOf(debtChecks);
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(debtGoal, "debtGoal");
        if (returns.isEmpty()) {
            throw new IllegalArgumentException("no pension-fund returns for " + month);
        }
        if (returns.stream().anyMatch(r -> !r.month().month().equals(month))
                || !allocation.month().equals(month) || !cash.actual().month().equals(month)
                || !events.month().equals(month)) {
            throw new IllegalArgumentException("figures of another month in the financial report of " + month);
        }
        if (!debt.asOf().equals(asOf(month))) {
            throw new IllegalArgumentException("loan figures as of " + debt.asOf() + " in the financial report of "
                    + month + "; expected " + asOf(month));
        }
    }

    /**
     * The month's figures from the engine's values.
     *
     * @param debt the loan portfolio as of {@link #asOf(YearMonth)} (computed by the caller, who can
     *        point at the file and line of a loan that fails a rule only on that date)
     * @param events the loans that matured or were taken up in the month
     * @param cash the cash at the month's end
     * @throws InvalidInputException if the pension portfolio has no returns for the month
     */
    public static FinancialMonth of(YearMonth month, PortfolioMetrics debt, LoanEvents events, PensionPortfolio pension,
                                    CashBalance cash, RegionalPlan plan, Optional<FinancePolicy> policy) {
        return of(month, debt, events, pension, cash, plan, policy, Optional.empty());
    }

    /**
     * @param closingForecast the month's closing's full-year taxes and grants, when the month is closed: the debt
     *                        goal's base, as the monthly report's ({@link DebtGoal})
     */
    public static FinancialMonth of(YearMonth month, PortfolioMetrics debt, LoanEvents events, PensionPortfolio pension,
                                    CashBalance cash, RegionalPlan plan, Optional<FinancePolicy> policy,
                                    Optional<DebtGoal.TaxesAndGrants> closingForecast) {
        List<AssetClassFigures> returns = pension.figures(month);
        if (returns.isEmpty()) {
            throw new InvalidInputException("month", null, "no pension-fund returns for " + month);
        }
        Allocation allocation = pension.allocation(month);
        return new FinancialMonth(month, returns, allocation,
                policy.map(p -> p.checkAllocation(allocation)).orElse(List.of()), index(pension, month),
                CashVsPlan.of(cash, plan), debt, policy.flatMap(FinancePolicy::borrowingLimit),
                policy.map(p -> p.checkDebt(debt)).orElse(List.of()), events,
                DebtGoal.evaluate(plan, asOf(month), debt.totalDebt(), closingForecast));
    }

    /** The chart's window: twelve months ending with the month, or from the series' first month if later. */
    private static List<IndexPoint> index(PensionPortfolio pension, YearMonth month) {
        return pension.series(AssetClass.TOTAL).map(s -> {
            YearMonth from = month.minusMonths(ReturnSeries.WINDOW_MONTHS - 1L);
            return s.cumulativeIndex(from.isBefore(s.first()) ? s.first() : from, month);
        }).orElse(List.of());
    }

    /** The date of a month's loan figures: its last day, end of day (a loan maturing that day is repaid). */
    public static LocalDate asOf(YearMonth month) {
        return month.atEndOfMonth();
    }

    public LocalDate asOf() {
        return asOf(month);
    }

    /** The figures of one asset class, if the month has them. */
    public Optional<AssetClassFigures> returns(AssetClass assetClass) {
        return returns.stream().filter(r -> r.assetClass() == assetClass).findFirst();
    }
}
