package se.balans.engine.investment;

import java.util.Objects;

import se.balans.engine.money.Money;

/**
 * What finances investments from the year's own operations: årets resultat and avskrivningar, to date
 * and as forecast for the full year, both signed as the result statement shows them — so depreciation,
 * a cost, is negative (or zero) and the funds generated are the result less it.
 *
 * @param resultYtd                årets resultat to date
 * @param depreciationYtd          avskrivningar to date, as the result statement signs it (≤ 0)
 * @param resultForecastYear       årets resultat, full-year forecast
 * @param depreciationForecastYear avskrivningar, full-year forecast (≤ 0)
 * @param resultOfRecord           whether the forecast result is the forecast of record (prognosrundans
 *                                 fastställda prognos) rather than the closing's computed proposal: the report
 *                                 says which, since the two can differ by hundreds of millions
 */
public record ResultAndDepreciation(Money resultYtd, Money depreciationYtd, Money resultForecastYear,
                                    Money depreciationForecastYear, boolean resultOfRecord) {
    public ResultAndDepreciation {
        Objects.requireNonNull(resultYtd, "resultYtd");
        Objects.requireNonNull(depreciationYtd, "depreciationYtd");
        Objects.requireNonNull(resultForecastYear, "resultForecastYear");
        Objects.requireNonNull(depreciationForecastYear, "depreciationForecastYear");
        for (Money d : new Money[] {depreciationYtd, depreciationForecastYear}) {
            if (d.isPositive()) {
                throw new IllegalArgumentException("depreciation is a cost, signed as the result statement shows it "
                        + "(negative); got +" + d.toMnkr().toPlainString() + " mnkr");
            }
        }
    }

    /** With the closing's computed forecast result. */
    public ResultAndDepreciation(Money resultYtd, Money depreciationYtd, Money resultForecastYear,
                                 Money depreciationForecastYear) {
        this(resultYtd, depreciationYtd, resultForecastYear, depreciationForecastYear, false);
    }

    /** Årets resultat plus avskrivningar to date: what the year's operations have financed. */
    public Money fundsYtd() {
        return resultYtd.minus(depreciationYtd);
    }

    /** Årets resultat plus avskrivningar, full-year forecast. */
    public Money fundsForecastYear() {
        return resultForecastYear.minus(depreciationForecastYear);
    }
}
