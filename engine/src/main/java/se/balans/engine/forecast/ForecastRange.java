package se.balans.engine.forecast;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

import se.balans.engine.closing.Backtest;
import se.balans.engine.money.Money;
import se.balans.engine.statement.IncomeStatementLine;

/**
 * An early round's forecast of årets resultat as a range (prognosintervall), not a bare point: early in the
 * year a forecast is a few months' figures and much judgement, and a board that reads "−37" reads more
 * certainty than there is. The range is the forecast ± how far the computed forecast at the same month end
 * of the back-tested year was from that year's outcome — the uncertainty the closing itself has measured,
 * not an assumed one.
 *
 * @param month        the round
 * @param forecast     the forecast of record of årets resultat
 * @param margin       the half-width: the back-test's absolute error of årets resultat at the same month end
 * @param backtestYear the year the margin was measured on
 */
public record ForecastRange(YearMonth month, Money forecast, Money margin, int backtestYear) {

    public ForecastRange {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(forecast, "forecast");
        Objects.requireNonNull(margin, "margin");
        if (margin.isNegative()) {
            throw new IllegalArgumentException("a range's margin is a distance, not " + margin);
        }
    }

    /**
     * The range of a round, or empty when the closing has no back-test (no complete earlier year) or the
     * back-test has no forecast at the round's month end.
     */
    public static Optional<ForecastRange> of(ForecastOfRecord forecast, Optional<Backtest> backtest) {
        YearMonth month = forecast.round().month();
        return backtest.flatMap(bt -> bt.errors().stream().filter(e -> e.month() == month.getMonthValue())
                .findFirst().map(e -> new ForecastRange(month, forecast.line(IncomeStatementLine.RESULT_FOR_YEAR),
                        e.result().abs(), bt.year())));
    }

    public Money low() {
        return forecast.minus(margin);
    }

    public Money high() {
        return forecast.plus(margin);
    }
}
