package se.balans.engine.investment;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

import se.balans.engine.money.Money;

/**
 * A category's full-year investment forecast as someone gave it (the committee, the property unit)
 * at a month's closing, instead of the computed rule. It stands for the closings of that month and
 * the later months of its year until a later one replaces it; the year's last closing forecasts the
 * outcome, whatever was given.
 *
 * <p>With a project it is that project's forecast instead ({@link InvestmentProjectFollowUp}); the
 * category's own forecast is a row without one.
 *
 * @param project the project it forecasts, empty for the category's forecast
 * @param amount  the full-year investments forecast, mnkr
 */
public record InvestmentForecastInput(YearMonth month, String category, Optional<String> project, Money amount,
                                      String source) {
    public InvestmentForecastInput {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(source, "source");
    }

    /** A category's forecast. */
    public InvestmentForecastInput(YearMonth month, String category, Money amount, String source) {
        this(month, category, Optional.empty(), amount, source);
    }
}
