package se.balans.engine.closing;

import java.util.Objects;
import java.util.Optional;

/**
 * How one committee or one result line is periodised and forecast: a learned, even or configured
 * profile, and a forecast method.
 *
 * <p>A configured profile forecast {@link ForecastMethod#SEASONAL seasonal} must give January a share
 * above zero: the seasonal forecast divides the year to date by the share so far, and a closing of
 * a month whose share so far is zero could only fall back to another method while still being
 * labelled seasonal.
 *
 * @param configured the weights when the profile is configured
 */
public record ProfileRule(MonthlyProfile.Source profile, Optional<MonthlyProfile> configured, ForecastMethod forecast) {
    public ProfileRule {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(configured, "configured");
        Objects.requireNonNull(forecast, "forecast");
        if ((profile == MonthlyProfile.Source.CONFIGURED) != configured.isPresent()) {
            throw new IllegalArgumentException("configured weights go with a configured profile, and only then");
        }
        if (forecast == ForecastMethod.SEASONAL && configured.isPresent() && configured.get().share(1).signum() <= 0) {
            throw new IllegalArgumentException("January's weight is 0, and a seasonal forecast divides the year to date "
                    + "by the share of the year so far: give January a weight above 0, or forecast budget");
        }
    }

    /** The default for a committee: seasonality learned from its own history, seasonal forecast. */
    public static ProfileRule learned() {
        return new ProfileRule(MonthlyProfile.Source.LEARNED, Optional.empty(), ForecastMethod.SEASONAL);
    }

    public static ProfileRule even(ForecastMethod forecast) {
        return new ProfileRule(MonthlyProfile.Source.EVEN, Optional.empty(), forecast);
    }

    public static ProfileRule configured(MonthlyProfile weights, ForecastMethod forecast) {
        return new ProfileRule(MonthlyProfile.Source.CONFIGURED, Optional.of(weights), forecast);
    }
}
