package se.balans.engine.pension;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.balans.engine.InvalidInputException;
import se.balans.engine.money.Ratios;

/**
 * One asset class's monthly returns, consecutive months without gaps: chaining across a missing
 * month would silently treat it as a zero return.
 */
public record ReturnSeries(AssetClass assetClass, List<MonthlyReturn> months) {

    /** The window of the rolling return, the tracking error and the information ratio. */
    public static final int WINDOW_MONTHS = 12;
    private static final BigDecimal BASE = BigDecimal.valueOf(100);

    public ReturnSeries {
        Objects.requireNonNull(assetClass, "assetClass");
        months = List.copyOf(months);
        if (months.isEmpty()) {
            throw new IllegalArgumentException(assetClass.code() + ": a return series needs at least one month");
        }
        for (int i = 0; i < months.size(); i++) {
            if (months.get(i).assetClass() != assetClass) {
                throw new IllegalArgumentException(months.get(i).month() + " is " + months.get(i).assetClass().code()
                        + ", not " + assetClass.code());
            }
            if (i > 0) {
                requireFollows(months.get(i - 1), months.get(i));
            }
        }
    }

    /**
     * The rule that a series' months follow each other: {@code next} is the month after {@code previous}.
     * Readers call it row by row to point at the line that breaks it.
     */
    public static void requireFollows(MonthlyReturn previous, MonthlyReturn next) {
        YearMonth expected = previous.month().plusMonths(1);
        if (next.month().equals(previous.month())) {
            throw new InvalidInputException("month", null, next.assetClass().code() + " " + next.month()
                    + " appears twice");
        }
        if (!next.month().equals(expected)) {
            throw new InvalidInputException("month", null, next.assetClass().code() + ": months must follow each "
                    + "other; " + expected + (next.month().isAfter(expected.plusMonths(1)) ? "–"
                    + next.month().minusMonths(1) : "") + " missing between " + previous.month() + " and " + next.month());
        }
    }

    public YearMonth first() {
        return months.get(0).month();
    }

    public YearMonth last() {
        return months.get(months.size() - 1).month();
    }

    public Optional<MonthlyReturn> month(YearMonth month) {
        if (month.isBefore(first()) || month.isAfter(last())) {
            return Optional.empty();
        }
        return Optional.of(months.get(index(month)));
    }

    private int index(YearMonth month) {
        return (int) first().until(month, ChronoUnit.MONTHS);
    }

    /** The months {@code from} to {@code to} inclusive, if the series covers them all. */
    private Optional<List<MonthlyReturn>> window(YearMonth from, YearMonth to) {
        if (from.isBefore(first()) || to.isAfter(last()) || to.isBefore(from)) {
            return Optional.empty();
        }
        return Optional.of(months.subList(index(from), index(to) + 1));
    }

    /** The chained return from {@code from} to {@code to} inclusive, if the series covers them. */
    public Optional<PeriodReturn> period(YearMonth from, YearMonth to) {
        return window(from, to).map(PeriodReturn::of);
    }

    /** Avkastning hittills i år: January to {@code month} of its year, chained. */
    public Optional<PeriodReturn> yearToDate(YearMonth month) {
        return period(YearMonth.of(month.getYear(), 1), month);
    }

    /** Rullande 12 månader: the twelve months ending with {@code month}, chained. */
    public Optional<PeriodReturn> rolling12Months(YearMonth month) {
        return period(month.minusMonths(WINDOW_MONTHS - 1L), month);
    }

    /** Tracking error and information ratio over the twelve months ending with {@code month}. */
    public Optional<ActiveRisk> activeRisk(YearMonth month) {
        return window(month.minusMonths(WINDOW_MONTHS - 1L), month).map(ActiveRisk::of);
    }

    /**
     * The cumulative return as indices for a chart: 100 at the end of the month before
     * {@code from}, then each month's chained value to {@code to}. Empty if the series does not
     * cover the months.
     */
    public List<IndexPoint> cumulativeIndex(YearMonth from, YearMonth to) {
        Optional<List<MonthlyReturn>> w = window(from, to);
        if (w.isEmpty()) {
            return List.of();
        }
        List<IndexPoint> points = new ArrayList<>();
        BigDecimal p = BASE;
        BigDecimal b = BASE;
        points.add(new IndexPoint(from.minusMonths(1), p, b));
        for (MonthlyReturn m : w.get()) {
            p = p.multiply(BigDecimal.ONE.add(m.portfolioReturn()), Ratios.CONTEXT);
            b = b.multiply(BigDecimal.ONE.add(m.benchmarkReturn()), Ratios.CONTEXT);
            points.add(new IndexPoint(m.month(), p, b));
        }
        return points;
    }
}
