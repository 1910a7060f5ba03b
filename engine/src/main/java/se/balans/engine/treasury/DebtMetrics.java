package se.balans.engine.treasury;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

import se.balans.engine.money.Money;
import se.balans.engine.money.Ratios;

/**
 * The rules of the debt report (skuldförvaltning), each defined once. Years are ACT/365 from the
 * as-of date ({@link DayCount}); averages are amount-weighted; ratios are fractions. A metric of an
 * empty portfolio has no value (empty), because an average of nothing is not zero.
 */
public final class DebtMetrics {
    /** One percentage point, the shift of the rate-sensitivity measure. */
    public static final BigDecimal ONE_PERCENTAGE_POINT = new BigDecimal("0.01");

    private DebtMetrics() {
    }

    /** Total debt (låneskuld): the sum of the outstanding loans. Swaps' notionals are not debt. */
    public static Money totalDebt(List<Loan> outstanding) {
        return Money.sum(outstanding, Loan::amount);
    }

    /**
     * The end of the 12-month window used by "within 12 months": the same day a year later
     * ({@code asOf.plusMonths(12)}, the last day of the month where that day does not exist),
     * inclusive.
     */
    public static LocalDate twelveMonthsAfter(LocalDate asOf) {
        return asOf.plusMonths(12);
    }

    /**
     * Genomsnittsränta: the volume-weighted average rate of the positions. Over
     * {@link InterestRatePositions#ofLoans} it is the loans' own average rate; over
     * {@link InterestRatePositions#afterSwaps} the average including swaps.
     */
    public static Optional<BigDecimal> averageRate(List<InterestRatePosition> positions) {
        return weightedAverage(positions, InterestRatePosition::rate);
    }

    /** Kapitalbindning: the amount-weighted years from the as-of date to each loan's maturity. */
    public static Optional<BigDecimal> capitalBindingYears(List<Loan> outstanding, LocalDate asOf) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal weighted = BigDecimal.ZERO;
        for (Loan l : outstanding) {
            total = total.add(l.amount().sek());
            weighted = weighted.add(l.amount().sek().multiply(DayCount.act365(asOf, l.maturityDate())));
        }
        return ratio(weighted, total);
    }

    /**
     * Räntebindning: the volume-weighted years from the as-of date to each position's next fixing:
     * a floating loan's next reset, a fixed loan's maturity, and (after swaps) a swap's maturity.
     */
    public static Optional<BigDecimal> interestBindingYears(List<InterestRatePosition> positions, LocalDate asOf) {
        return weightedAverage(positions, p -> DayCount.act365(asOf, p.fixingDate()));
    }

    /** Andel förfall inom 12 månader: the share of debt maturing on or before {@link #twelveMonthsAfter}. */
    public static Optional<BigDecimal> shareMaturingWithin12Months(List<Loan> outstanding, LocalDate asOf) {
        LocalDate end = twelveMonthsAfter(asOf);
        Money maturing = Money.sum(outstanding.stream().filter(l -> !l.maturityDate().isAfter(end)).toList(),
                Loan::amount);
        Money total = totalDebt(outstanding);
        return total.isZero() ? Optional.empty() : Optional.of(maturing.ratioTo(total));
    }

    /**
     * Andel räntejustering inom 12 månader: the share of the volume whose rate is next set on or
     * before {@link #twelveMonthsAfter} (a fixed loan maturing within the window counts: it will be
     * refinanced at the rate of the day).
     */
    public static Optional<BigDecimal> shareRefixingWithin12Months(List<InterestRatePosition> positions,
                                                                   LocalDate asOf) {
        LocalDate end = twelveMonthsAfter(asOf);
        return weightedAverage(positions, p -> p.fixingDate().isAfter(end) ? BigDecimal.ZERO : BigDecimal.ONE);
    }

    /**
     * Ränterisk: the extra interest cost over the next 12 months if rates rise by {@code shift}
     * from the day after the as-of date. Only volume re-fixing within the window is affected, and
     * only from its fixing date: cost = Σ volume × shift × (days from the fixing date to the end of
     * the window) / (days in the window). The volume is assumed to be refinanced or rolled at its
     * fixing date, and a position's later fixings within the window add nothing more (it already
     * carries the higher rate). Rounded to the öre once, from the unrounded sum.
     */
    public static Money rateSensitivity(List<InterestRatePosition> positions, LocalDate asOf, BigDecimal shift) {
        LocalDate end = twelveMonthsAfter(asOf);
        BigDecimal window = BigDecimal.valueOf(ChronoUnit.DAYS.between(asOf, end));
        BigDecimal cost = BigDecimal.ZERO;
        for (InterestRatePosition p : positions) {
            if (!p.fixingDate().isAfter(end)) {
                BigDecimal remaining = BigDecimal.valueOf(ChronoUnit.DAYS.between(p.fixingDate(), end));
                cost = cost.add(p.volumeSek().multiply(shift).multiply(remaining).divide(window, Ratios.CONTEXT));
            }
        }
        return Money.ofSek(cost.setScale(2, RoundingMode.HALF_EVEN));
    }

    /** Förfallostruktur: the outstanding debt by calendar year of maturity, ascending. */
    public static List<MaturityYear> maturityProfile(List<Loan> outstanding) {
        SortedMap<Integer, Money> byYear = new TreeMap<>();
        for (Loan l : outstanding) {
            byYear.merge(l.maturityDate().getYear(), l.amount(), Money::plus);
        }
        return byYear.entrySet().stream().map(e -> new MaturityYear(e.getKey(), e.getValue())).toList();
    }

    /** Utrymme inom låneramen: the borrowing limit less the debt (negative when the limit is exceeded). */
    public static Money headroom(Money borrowingLimit, Money totalDebt) {
        return borrowingLimit.minus(totalDebt);
    }

    private static Optional<BigDecimal> weightedAverage(List<InterestRatePosition> positions,
                                                        Function<InterestRatePosition, BigDecimal> value) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal weighted = BigDecimal.ZERO;
        for (InterestRatePosition p : positions) {
            total = total.add(p.volumeSek());
            weighted = weighted.add(p.volumeSek().multiply(value.apply(p)));
        }
        return ratio(weighted, total);
    }

    private static Optional<BigDecimal> ratio(BigDecimal weighted, BigDecimal total) {
        return total.signum() == 0 ? Optional.empty() : Optional.of(weighted.divide(total, Ratios.CONTEXT));
    }
}
