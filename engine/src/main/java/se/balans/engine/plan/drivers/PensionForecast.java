package se.balans.engine.plan.drivers;

import java.util.Objects;
import java.util.Optional;

import se.balans.engine.money.Money;

/**
 * The pension administrator's (KPA) forecast for a year. Pension costs are budgeted from it, not by
 * the index: the operating part sits in the frame of the committee that carries the region's
 * pensions, the financial part (finansiell del, the interest on the pension liability) among the
 * financial costs.
 *
 * @param operating pensionskostnader i verksamheten, budgeted in the pension committee's frame
 * @param financial the financial part of the pension cost
 * @param provision avsättning för pensioner at year end, when forecast (else unchanged)
 * @param contingentLiability ansvarsförbindelse at year end, when forecast (else unchanged)
 */
public record PensionForecast(int year, Money operating, Money financial, Optional<Money> provision,
                              Optional<Money> contingentLiability, String source) {
    public PensionForecast {
        DriverChecks.year(year);
        DriverChecks.notNegative(operating, "operating pension cost");
        DriverChecks.notNegative(financial, "financial pension cost");
        Objects.requireNonNull(provision, "provision");
        Objects.requireNonNull(contingentLiability, "contingentLiability");
        provision.ifPresent(p -> DriverChecks.notNegative(p, "pension provision"));
        contingentLiability.ifPresent(p -> DriverChecks.notNegative(p, "contingent pension liability"));
        Objects.requireNonNull(source, "source");
    }
}
