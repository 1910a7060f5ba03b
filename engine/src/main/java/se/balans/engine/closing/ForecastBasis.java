package se.balans.engine.closing;

import java.util.Objects;

/**
 * How a target's budget was periodised and its forecast made: the method and the profile actually
 * used (a learned profile falls back to even when there is no earlier complete year, and says so).
 *
 * @param target a committee code or a result-line code
 */
public record ForecastBasis(String target, ForecastMethod method, MonthlyProfile profile) {
    public ForecastBasis {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(profile, "profile");
    }
}
