package se.balans.engine.treasury;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.balans.engine.money.Money;

/**
 * The loan portfolio's figures as of a date (låneportföljen per ett datum), each computed by its
 * rule in {@link DebtMetrics}. Ratios and rates are fractions, years ACT/365; empty where the
 * portfolio has no debt.
 *
 * @param interestBindingYears räntebindning including swaps, as finance policies measure it
 * @param shareRefixing12m the share re-fixing within 12 months, including swaps
 * @param rateSensitivity extra interest cost over the next 12 months from +1 percentage point,
 *        including swaps
 */
public record PortfolioMetrics(LocalDate asOf, int loanCount, int swapCount, Money totalDebt,
                               Optional<BigDecimal> averageRate, Optional<BigDecimal> averageRateInclSwaps,
                               Optional<BigDecimal> capitalBindingYears, Optional<BigDecimal> interestBindingYears,
                               Optional<BigDecimal> shareMaturing12m, Optional<BigDecimal> shareRefixing12m,
                               Money rateSensitivity, List<MaturityYear> maturityProfile) {

    public PortfolioMetrics {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(totalDebt, "totalDebt");
        Objects.requireNonNull(rateSensitivity, "rateSensitivity");
        maturityProfile = List.copyOf(maturityProfile);
    }

    /** The figures of the loans outstanding and the swaps active at the end of {@code asOf}. */
    public static PortfolioMetrics of(LoanPortfolio portfolio, LocalDate asOf) {
        List<Loan> loans = portfolio.outstandingOn(asOf);
        List<InterestRateSwap> swaps = portfolio.activeSwapsOn(asOf);
        List<InterestRatePosition> own = InterestRatePositions.ofLoans(loans, asOf);
        List<InterestRatePosition> hedged = InterestRatePositions.afterSwaps(loans, swaps, asOf);
        return new PortfolioMetrics(asOf, loans.size(), swaps.size(), DebtMetrics.totalDebt(loans),
                DebtMetrics.averageRate(own), DebtMetrics.averageRate(hedged),
                DebtMetrics.capitalBindingYears(loans, asOf), DebtMetrics.interestBindingYears(hedged, asOf),
                DebtMetrics.shareMaturingWithin12Months(loans, asOf),
                DebtMetrics.shareRefixingWithin12Months(hedged, asOf),
                DebtMetrics.rateSensitivity(hedged, asOf, DebtMetrics.ONE_PERCENTAGE_POINT),
                DebtMetrics.maturityProfile(loans));
    }

    /** Headroom to a borrowing limit (låneram). */
    public Money headroom(Money borrowingLimit) {
        return DebtMetrics.headroom(borrowingLimit, totalDebt);
    }
}
