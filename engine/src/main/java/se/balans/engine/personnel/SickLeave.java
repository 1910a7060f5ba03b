package se.balans.engine.personnel;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

import se.balans.engine.money.Ratios;

/**
 * Sick leave as hours (sjukfrånvaro), summed over any rows and months: the ordinary working hours, the sick-leave
 * hours, and of those the hours in spells of 60 days or more. Percentages are taken from the summed hours, once,
 * never averaged from percentages: a group with few hours weighs as little in the region's figure as its hours
 * do (lag (2018:597) om kommunal bokföring och redovisning, 11 kap. 6 §: in percent of the sammanlagda
 * ordinarie arbetstid).
 */
public record SickLeave(BigDecimal ordinaryHours, BigDecimal sickHours, BigDecimal longSickHours) {
    public static final SickLeave ZERO = new SickLeave(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    public SickLeave {
        Objects.requireNonNull(ordinaryHours, "ordinaryHours");
        Objects.requireNonNull(sickHours, "sickHours");
        Objects.requireNonNull(longSickHours, "longSickHours");
    }

    public SickLeave plus(SickLeave other) {
        return new SickLeave(ordinaryHours.add(other.ordinaryHours), sickHours.add(other.sickHours),
                longSickHours.add(other.longSickHours));
    }

    public static SickLeave sum(Collection<SickLeave> parts) {
        return parts.stream().reduce(ZERO, SickLeave::plus);
    }

    /** Sjukfrånvaro: the sick-leave hours as a fraction of the ordinary working hours; none without hours. */
    public Optional<BigDecimal> rate() {
        return ordinaryHours.signum() == 0 ? Optional.empty()
                : Optional.of(sickHours.divide(ordinaryHours, Ratios.CONTEXT));
    }

    /**
     * Andel långtidssjukfrånvaro: the hours in spells of 60 days or more as a fraction of all sick-leave hours
     * (not of the working hours); none without sick leave.
     */
    public Optional<BigDecimal> longTermShare() {
        return sickHours.signum() == 0 ? Optional.empty()
                : Optional.of(longSickHours.divide(sickHours, Ratios.CONTEXT));
    }

    /** Whether there are any hours at all. */
    public boolean isEmpty() {
        return ordinaryHours.signum() == 0 && sickHours.signum() == 0;
    }
}
