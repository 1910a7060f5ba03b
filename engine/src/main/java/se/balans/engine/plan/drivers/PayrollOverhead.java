package se.balans.engine.plan.drivers;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The personalomkostnadspålägg (PO-pålägg) for a year as SKR assesses it: employer's contributions
 * and the collectively agreed pension, in percent of pay.
 *
 * <p>When the pension part changes, each committee's frame moves by its payroll times the change
 * ("en omfördelning av budget görs internt mellan nämnderna"): the committees pay that much more or
 * less PO-pålägg. With a {@code receiver} the change is a reallocation to the committee that carries
 * the region's pension costs; without one it changes the frames' total (Regionplan 2025 counts it
 * among the budgetreduceringar).
 *
 * @param total the whole pålägg, a fraction of pay (for the pay sensitivity)
 * @param pensionPart its pension part, a fraction of pay
 */
public record PayrollOverhead(int year, BigDecimal total, BigDecimal pensionPart, Optional<String> receiver,
                              String source) {
    public PayrollOverhead {
        DriverChecks.year(year);
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(pensionPart, "pensionPart");
        Objects.requireNonNull(receiver, "receiver");
        Objects.requireNonNull(source, "source");
        if (pensionPart.signum() < 0 || total.compareTo(pensionPart) < 0) {
            throw new IllegalArgumentException(year + ": the pension part must be from 0 to the whole pålägg ("
                    + total.toPlainString() + "), got " + pensionPart.toPlainString());
        }
    }
}
