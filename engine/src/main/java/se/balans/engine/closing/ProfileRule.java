package se.balans.engine.closing;

import java.util.Objects;
import java.util.Optional;

/**
 * How one committee or one result line is periodised and forecast: a learned, even or configured
 * profile, and a forecast method.
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
