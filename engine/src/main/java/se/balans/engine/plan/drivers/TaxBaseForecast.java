package se.balans.engine.plan.drivers;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import se.balans.engine.money.Money;

/**
 * SKR's prognosunderlag for the region's tax base (skatteunderlag) in one year, and the tax rate.
 *
 * <p>Skatteintäkter = skatteunderlag × skattesats / 100 + avräkning: the tax base is given either
 * as an amount or as growth on the year before (SKR publishes both), the rate in kronor per
 * hundred (11,35 for Region Västerbotten 2025).
 *
 * @param taxBase the tax base, when given as an amount
 * @param growth the tax base's growth on the year before, a fraction, when given as growth
 * @param taxRate skattesats, kronor per skattekrona (per 100 kr of tax base)
 * @param settlement slutavräkning and other corrections added to the tax revenue
 * @param forecast which forecast: publisher and date (e.g. "SKR 2024-08-22")
 */
public record TaxBaseForecast(int year, Optional<Money> taxBase, Optional<BigDecimal> growth, BigDecimal taxRate,
                              Money settlement, String forecast, String source) {
    public TaxBaseForecast {
        DriverChecks.year(year);
        Objects.requireNonNull(taxBase, "taxBase");
        Objects.requireNonNull(growth, "growth");
        Objects.requireNonNull(taxRate, "taxRate");
        Objects.requireNonNull(settlement, "settlement");
        Objects.requireNonNull(forecast, "forecast");
        Objects.requireNonNull(source, "source");
        if (taxBase.isPresent() == growth.isPresent()) {
            throw new IllegalArgumentException(year + ": give the tax base either as an amount or as growth, not "
                    + (taxBase.isPresent() ? "both" : "neither"));
        }
        taxBase.ifPresent(b -> DriverChecks.notNegative(b, "tax base"));
        if (taxRate.signum() <= 0 || taxRate.compareTo(BigDecimal.valueOf(100)) >= 0) {
            throw new IllegalArgumentException(year + ": the tax rate is kronor per hundred, from 0 to 100, got "
                    + taxRate.toPlainString());
        }
    }
}
