package se.balans.engine.treasury;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A volume whose rate is set until a date (räntebindningspost): a loan, the unswapped part of a
 * floating loan, or a swap's notional. Average rate, räntebindning, the share re-fixing within
 * 12 months and the rate sensitivity are all computed over these positions.
 *
 * @param instrument the id of the loan or swap the volume belongs to
 * @param volumeSek the volume in SEK, unrounded: a swap can leave a floating loan a fraction of an
 *        öre, and the figures built from positions are rounded only when shown
 * @param rate the rate paid on the volume, as a fraction
 * @param fixingDate when the rate is next set
 */
public record InterestRatePosition(String instrument, BigDecimal volumeSek, BigDecimal rate, LocalDate fixingDate) {
    public InterestRatePosition {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(volumeSek, "volumeSek");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(fixingDate, "fixingDate");
        if (volumeSek.signum() < 0) {
            throw new IllegalArgumentException(instrument + ": a position's volume cannot be negative");
        }
    }
}
