package se.balans.engine.policy;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** A limit with the value it was checked against and the verdict. */
public record LimitCheck(PolicyLimit limit, Optional<BigDecimal> value, LimitStatus status) {

    public LimitCheck {
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(status, "status");
    }

    public static LimitCheck of(PolicyLimit limit, Optional<BigDecimal> value) {
        LimitStatus s = value.map(v -> limit.allows(v) ? LimitStatus.WITHIN : LimitStatus.OUTSIDE)
                .orElse(LimitStatus.NOT_EVALUABLE);
        return new LimitCheck(limit, value, s);
    }
}
