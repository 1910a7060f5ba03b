package se.balans.reports.treasury;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import se.balans.engine.money.Money;
import se.balans.engine.policy.LimitCheck;
import se.balans.engine.policy.PolicyMetric;
import se.balans.reports.output.Data;

/**
 * The finance-policy checks for programs, shared by the debt and pension data: each limit with the
 * portfolio's value, the allowed range and the verdict. Limits in kronor become mnkr like every
 * amount in machine output; shares stay fractions.
 */
final class PolicyLimitData {
    private PolicyLimitData() {
    }

    static Data of(List<LimitCheck> checks) {
        return Data.array(checks, c -> {
            PolicyMetric.Unit unit = c.limit().metric().unit();
            return Data.object().text("metric", c.limit().metric().code())
                    .putIfPresent("asset_class", c.limit().assetClass().map(a -> Data.text(a.code())))
                    .put("value", value(unit, c.value())).put("min", value(unit, c.limit().min()))
                    .put("max", value(unit, c.limit().max()))
                    .text("status", c.status().name().toLowerCase(Locale.ROOT)).build();
        });
    }

    private static Data value(PolicyMetric.Unit unit, Optional<BigDecimal> v) {
        return Data.orNull(v.map(x -> unit == PolicyMetric.Unit.MONEY ? Data.amount(Money.ofSek(x)) : Data.decimal(x)));
    }
}
