package se.balans.engine.investment;

import java.time.YearMonth;
import java.util.Objects;

import se.balans.engine.money.Money;

/**
 * A category's full-year investment forecast as someone gave it (the committee, the property unit)
 * at a month's closing, instead of the computed rule. It stands for the closings of that month and
 * the later months of its year until a later one replaces it; the year's last closing forecasts the
 * outcome, whatever was given.
 *
 * @param amount the full-year investments forecast, mnkr
 */
public record InvestmentForecastInput(YearMonth month, String category, Money amount, String source) {
    public InvestmentForecastInput {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(source, "source");
    }
}
