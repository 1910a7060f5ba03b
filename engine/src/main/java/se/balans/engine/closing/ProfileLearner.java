package se.balans.engine.closing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.apache.commons.math3.stat.descriptive.moment.Mean;

import se.balans.engine.money.Money;

/**
 * Learns the seasonality of a series from earlier complete years: each month's share of its year,
 * averaged over the years (Commons Math). July's holiday dip in net costs, December's year-end
 * entries: whatever recurs is learned, so the budget is periodised and the year extrapolated the
 * way the region's own money actually flows.
 *
 * <p>A year whose total is zero gives no shares and is skipped; with no usable year there is
 * nothing to learn and the caller falls back to an even profile.
 */
public final class ProfileLearner {
    private ProfileLearner() {
    }

    /**
     * @param years complete years of monthly amounts (index 0 = January)
     */
    public static Optional<MonthlyProfile> learn(SortedMap<Integer, Money[]> years) {
        List<double[]> shares = new ArrayList<>();
        List<Integer> used = new ArrayList<>();
        for (Map.Entry<Integer, Money[]> e : years.entrySet()) {
            Money total = Money.ZERO;
            for (Money m : e.getValue()) {
                total = total.plus(m);
            }
            if (total.isZero()) {
                continue;
            }
            double t = total.sek().doubleValue();
            double[] s = new double[12];
            for (int i = 0; i < 12; i++) {
                s[i] = e.getValue()[i].sek().doubleValue() / t;
            }
            shares.add(s);
            used.add(e.getKey());
        }
        if (shares.isEmpty()) {
            return Optional.empty();
        }
        List<BigDecimal> weights = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            double[] column = new double[shares.size()];
            for (int y = 0; y < shares.size(); y++) {
                column[y] = shares.get(y)[m];
            }
            weights.add(BigDecimal.valueOf(new Mean().evaluate(column)));
        }
        try {
            return Optional.of(MonthlyProfile.normalised(weights, MonthlyProfile.Source.LEARNED, used));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Complete years only: years before {@code year} with an amount for all twelve months. */
    public static SortedMap<Integer, Money[]> completeYearsBefore(int year, Map<java.time.YearMonth, Money> series,
                                                                      java.util.Set<Integer> completeYears) {
        SortedMap<Integer, Money[]> out = new TreeMap<>();
        for (int y : completeYears) {
            if (y >= year) {
                continue;
            }
            Money[] months = new Money[12];
            for (int m = 1; m <= 12; m++) {
                months[m - 1] = series.getOrDefault(java.time.YearMonth.of(y, m), Money.ZERO);
            }
            out.put(y, months);
        }
        return out;
    }
}
