package se.balans.engine.closing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A monthly profile (periodiseringsprofil, säsongsprofil): each month's share of a year, twelve
 * weights summing exactly to one. It periodises the annual budget and extrapolates the forecast.
 *
 * <p>Weights are kept to 12 decimals and the last one absorbs the rounding, so a budget periodised
 * over the twelve months sums back exactly to the annual budget.
 *
 * @param source where the weights come from
 * @param learnedFrom the years a learned profile was computed from (empty otherwise)
 */
public record MonthlyProfile(List<BigDecimal> weights, Source source, List<Integer> learnedFrom) {

    /** Where a profile comes from. */
    public enum Source {
        /** Jämn fördelning: one twelfth a month. */
        EVEN("even"),
        /** Learned from earlier years' outcomes. */
        LEARNED("learned"),
        /** Given in the configuration. */
        CONFIGURED("configured");

        private final String code;

        Source(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    static final int SCALE = 12;

    public MonthlyProfile {
        Objects.requireNonNull(source, "source");
        weights = List.copyOf(weights);
        learnedFrom = List.copyOf(learnedFrom);
        if (weights.size() != 12) {
            throw new IllegalArgumentException("a monthly profile has 12 weights, got " + weights.size());
        }
        BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(BigDecimal.ONE) != 0) {
            throw new IllegalArgumentException("monthly weights must sum to 1, got " + sum.toPlainString());
        }
    }

    public static MonthlyProfile even() {
        return normalised(java.util.Collections.nCopies(12, BigDecimal.ONE), Source.EVEN, List.of());
    }

    /**
     * Scales twelve non-negative-sum weights to sum to one.
     *
     * @throws IllegalArgumentException if the weights sum to zero
     */
    public static MonthlyProfile normalised(List<BigDecimal> raw, Source source, List<Integer> learnedFrom) {
        if (raw.size() != 12) {
            throw new IllegalArgumentException("a monthly profile has 12 weights, got " + raw.size());
        }
        BigDecimal sum = raw.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.signum() == 0) {
            throw new IllegalArgumentException("monthly weights sum to zero");
        }
        List<BigDecimal> w = new ArrayList<>();
        BigDecimal acc = BigDecimal.ZERO;
        for (int i = 0; i < 11; i++) {
            BigDecimal x = raw.get(i).divide(sum, SCALE, RoundingMode.HALF_EVEN);
            w.add(x);
            acc = acc.add(x);
        }
        w.add(BigDecimal.ONE.subtract(acc));
        return new MonthlyProfile(w, source, learnedFrom);
    }

    /**
     * A profile given in the configuration: twelve weights, January first, scaled to sum to one.
     * A weight is a month's share of the year, so none may be negative — a negative one would
     * periodise more than the whole budget into the other months and less than none into its own.
     *
     * @throws IllegalArgumentException naming the first negative month, or if the weights sum to zero
     */
    public static MonthlyProfile configured(List<BigDecimal> raw) {
        for (int i = 0; i < raw.size(); i++) {
            if (raw.get(i).signum() < 0) {
                throw new IllegalArgumentException("the weight of " + MONTHS.get(i) + " is " + raw.get(i).toPlainString()
                        + ": a month's share of the year cannot be negative");
            }
        }
        return normalised(raw, Source.CONFIGURED, List.of());
    }

    /** The months' English names, January first, for messages. */
    static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");

    /** The share of month {@code month} (1–12). */
    public BigDecimal share(int month) {
        return weights.get(month - 1);
    }

    /** The share of the year covered by months 1..{@code month}. */
    public BigDecimal cumulative(int month) {
        BigDecimal c = BigDecimal.ZERO;
        for (int i = 0; i < month; i++) {
            c = c.add(weights.get(i));
        }
        return c;
    }
}
