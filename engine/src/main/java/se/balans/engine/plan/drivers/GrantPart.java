package se.balans.engine.plan.drivers;

import java.util.Objects;

import se.balans.engine.money.Money;

/**
 * One part of generella statsbidrag och utjämning in one year, from SKR's forecast per part:
 * inkomstutjämning, kostnadsutjämning, regleringsbidrag/-avgift, strukturbidrag, läkemedelsbidrag,
 * sektorsbidrag. A part may be negative (regleringsavgift, an avgift in kostnadsutjämningen).
 */
public record GrantPart(int year, String part, Money amount, String source) {
    public GrantPart {
        DriverChecks.year(year);
        DriverChecks.text(part, "grant part");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(source, "source");
    }
}
