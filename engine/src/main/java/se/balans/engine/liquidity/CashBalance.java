package se.balans.engine.liquidity;

import java.time.YearMonth;
import java.util.Objects;

import se.balans.engine.money.Money;

/**
 * Cash at a month end (likvida medel vid månadens slut). May be negative: a region drawing on its
 * credit facility (checkkredit) has negative cash.
 */
public record CashBalance(YearMonth month, Money cash) {
    public CashBalance {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(cash, "cash");
    }
}
