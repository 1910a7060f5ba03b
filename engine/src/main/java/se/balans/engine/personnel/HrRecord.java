package se.balans.engine.personnel;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

import se.balans.engine.InvalidInputException;

/**
 * One row of the HR export (personalstatistik): a month's staff and hours of one committee's employees of one
 * sex and age band. The group is the finest division the annual report needs, so every figure of the follow-up —
 * a committee's, a sex's, an age band's, the region's — is a sum of these rows.
 *
 * <p>The sick-leave percentage divides by the <em>ordinary working hours</em> (sammanlagd ordinarie arbetstid:
 * the hours the employees were to work by their contracts and schedules, whether they worked them or were
 * away), not by the hours worked: lag (2018:597) om kommunal bokföring och redovisning (LKBR), 11 kap. 6 §,
 * carried over from 4 kap. 1 a § of the earlier lag (1997:614) om kommunal redovisning, says the total sick
 * leave is given in percent of the employees' sammanlagda ordinarie arbetstid, and each group's in percent of
 * the group's. The hours worked may be given too; they are kept but divide nothing.
 *
 * @param month          the month the hours fall in
 * @param committee      the committee (nämnd) whose employees these are, by its code
 * @param employees      the number of employees (anställda, a head count) at the month end
 * @param fullTimeEquivalents the full-time equivalents (årsarbetare) at the month end: the employees' contracted
 *                       hours as a share of full time, summed; at most the employees
 * @param ordinaryHours  the group's ordinary working hours in the month (sammanlagd ordinarie arbetstid)
 * @param workedHours    the hours worked (arbetad tid), when the export gives them; informative only
 * @param sickHours      the hours of sick leave (sjukfrånvaro) within the ordinary working hours; at most those
 * @param longSickHours  of the sick hours, those in a spell of sick leave of 60 days or more (långtidssjukfrånvaro,
 *                       "sammanhängande tid av 60 dagar eller mer"); at most the sick hours
 */
public record HrRecord(YearMonth month, String committee, Sex sex, AgeBand ageBand, int employees,
                       BigDecimal fullTimeEquivalents, BigDecimal ordinaryHours, Optional<BigDecimal> workedHours,
                       BigDecimal sickHours, BigDecimal longSickHours) {

    /** The columns of the HR export the checks name, so that a reader can point at the one at fault. */
    public static final String EMPLOYEES = "employees";
    public static final String FTE = "fte";
    public static final String ORDINARY_HOURS = "ordinary_hours";
    public static final String WORKED_HOURS = "worked_hours";
    public static final String SICK_HOURS = "sick_hours";
    public static final String LONG_SICK_HOURS = "long_sick_hours";

    /**
     * @throws InvalidInputException naming the field, for a negative count or number of hours, more full-time
     *                               equivalents than employees, more sick hours than ordinary hours, or more long
     *                               sick hours than sick hours
     */
    public HrRecord {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(committee, "committee");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(ageBand, "ageBand");
        Objects.requireNonNull(fullTimeEquivalents, "fullTimeEquivalents");
        Objects.requireNonNull(ordinaryHours, "ordinaryHours");
        Objects.requireNonNull(workedHours, "workedHours");
        Objects.requireNonNull(sickHours, "sickHours");
        Objects.requireNonNull(longSickHours, "longSickHours");
        if (committee.isBlank()) {
            throw new InvalidInputException("committee", month.getYear(), "a committee is required");
        }
        if (employees < 0) {
            throw negative(EMPLOYEES, month, BigDecimal.valueOf(employees), "employees");
        }
        nonNegative(FTE, month, fullTimeEquivalents, "full-time equivalents");
        nonNegative(ORDINARY_HOURS, month, ordinaryHours, "ordinary working hours");
        workedHours.ifPresent(w -> nonNegative(WORKED_HOURS, month, w, "hours worked"));
        nonNegative(SICK_HOURS, month, sickHours, "sick-leave hours");
        nonNegative(LONG_SICK_HOURS, month, longSickHours, "long sick-leave hours");
        if (fullTimeEquivalents.compareTo(BigDecimal.valueOf(employees)) > 0) {
            throw new InvalidInputException(FTE, month.getYear(), fullTimeEquivalents.toPlainString()
                    + " full-time equivalents for " + employees + " employees: an employee is at most one full-time"
                    + " equivalent");
        }
        if (sickHours.compareTo(ordinaryHours) > 0) {
            throw new InvalidInputException(SICK_HOURS, month.getYear(), sickHours.toPlainString()
                    + " sick-leave hours is more than the " + ordinaryHours.toPlainString()
                    + " ordinary working hours: sick leave is absence from the ordinary working hours");
        }
        if (longSickHours.compareTo(sickHours) > 0) {
            throw new InvalidInputException(LONG_SICK_HOURS, month.getYear(), longSickHours.toPlainString()
                    + " hours of sick leave of 60 days or more is more than the " + sickHours.toPlainString()
                    + " sick-leave hours they are part of");
        }
    }

    private static void nonNegative(String field, YearMonth month, BigDecimal value, String what) {
        if (value.signum() < 0) {
            throw negative(field, month, value, what);
        }
    }

    private static InvalidInputException negative(String field, YearMonth month, BigDecimal value, String what) {
        return new InvalidInputException(field, month.getYear(), "the " + what + " cannot be negative, got "
                + value.toPlainString());
    }

    /** This row's hours as sick leave, for summing. */
    public SickLeave sickLeave() {
        return new SickLeave(ordinaryHours, sickHours, longSickHours);
    }
}
