package se.balans.engine.balancesheet;

import java.time.LocalDate;
import java.util.Objects;

import se.balans.engine.money.Money;

/**
 * One figure of a pension-liability statement (pensionsskuldsberäkning) as the pension administrator
 * (KPA, Skandia) delivers it, per year or quarter: the ansvarsförbindelse — pensions earned before 1998,
 * outside the balance sheet — including särskild löneskatt, at a date, as an outcome or a forecast.
 * It is what soliditet including the pension commitments subtracts from equity.
 *
 * @param date     the date the figure is for (a quarter's or the year's end)
 * @param liability the ansvarsförbindelse including särskild löneskatt, SEK, not negative
 * @param forecast whether the administrator forecasts it (prognos) rather than states it (utfall)
 * @param source   where it comes from, as the file says
 */
public record PensionCommitment(LocalDate date, Money liability, boolean forecast, String source) {
    public PensionCommitment {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(liability, "liability");
        Objects.requireNonNull(source, "source");
        if (liability.isNegative()) {
            throw new IllegalArgumentException("a pension commitment is not negative: " + liability);
        }
    }
}
