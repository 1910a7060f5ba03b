package se.balans.engine.closing;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import se.balans.engine.money.Money;
import se.balans.engine.money.Ratios;

/**
 * The figures a closing reports for one line: the month, the year to date, the same period last
 * year, the budget periodised to date, the annual budget and the full-year forecast.
 * Deviation and growth are derived here, in one place.
 */
public record Measures(Money month, Money ytd, Money ytdLastYear, Money budgetYtd, Money budgetYear,
                       Money forecastYear) {

    public static final Measures ZERO = new Measures(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO,
            Money.ZERO);

    public Measures {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(ytd, "ytd");
        Objects.requireNonNull(ytdLastYear, "ytdLastYear");
        Objects.requireNonNull(budgetYtd, "budgetYtd");
        Objects.requireNonNull(budgetYear, "budgetYear");
        Objects.requireNonNull(forecastYear, "forecastYear");
    }

    public Measures plus(Measures o) {
        return new Measures(month.plus(o.month), ytd.plus(o.ytd), ytdLastYear.plus(o.ytdLastYear),
                budgetYtd.plus(o.budgetYtd), budgetYear.plus(o.budgetYear), forecastYear.plus(o.forecastYear));
    }

    public Measures negated() {
        return new Measures(month.negated(), ytd.negated(), ytdLastYear.negated(), budgetYtd.negated(),
                budgetYear.negated(), forecastYear.negated());
    }

    /**
     * Budgetavvikelse to date, signed so that positive is better than budget: outcome − budget for
     * figures signed as in the result statement. For a net cost (a positive cost), use
     * {@link #costDeviationYtd()}.
     */
    public Money deviationYtd() {
        return ytd.minus(budgetYtd);
    }

    /** Avvikelse mot budget at year end according to the forecast, positive better. */
    public Money forecastDeviation() {
        return forecastYear.minus(budgetYear);
    }

    /** For a cost shown positive (nettokostnad): budget − outcome, positive is a surplus. */
    public Money costDeviationYtd() {
        return budgetYtd.minus(ytd);
    }

    /** For a cost shown positive: the forecast's deviation from the annual budget, positive a surplus. */
    public Money costForecastDeviation() {
        return budgetYear.minus(forecastYear);
    }

    /**
     * Utveckling: year to date against the same period last year, as a fraction. Empty when last
     * year was zero or the figure changed sign (a result going from −50 to +75 has no meaningful
     * growth rate).
     */
    public Optional<BigDecimal> growth() {
        return Ratios.growth(ytd, ytdLastYear);
    }
}
