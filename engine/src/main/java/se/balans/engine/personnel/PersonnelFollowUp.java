package se.balans.engine.personnel;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import se.balans.engine.InvalidInputException;
import se.balans.engine.money.Ratios;

/**
 * Personaluppföljning of a month: for the region and each committee, the staff (employees and full-time
 * equivalents, årsarbetare) at the month end and their change from the same month last year; sick leave
 * (sjukfrånvaro) in the month, to date and over the last twelve months, by sex and by age band, with the share of
 * it in spells of 60 days or more; a trend of the last 13 months for charts; and, when the amounts are given, the
 * agency staff's share of the personnel costs against its target.
 *
 * <p>The rules, each once:
 * <ul>
 * <li>Every percentage is taken from summed hours (sick-leave hours over ordinary working hours, summed over the
 *     rows and months it covers), never as an average of percentages: lag (2018:597) om kommunal bokföring och
 *     redovisning, 11 kap. 6 §, gives sick leave in percent of the sammanlagda ordinarie arbetstid, the total's of
 *     all employees' and each group's of the group's ({@link SickLeave}).</li>
 * <li>The figures to date need every month from January to the month, for every committee that has rows in any of
 *     them ({@link #gaps}); a month missing is refused, not summed over. The same period last year is compared only
 *     where it is as complete; where it is not, the months it lacks are named ({@link Figures#lastYearMissing}).</li>
 * <li>A figure of a group of at most ten employees is not shown ({@link Group#shown}, {@link Figures#shown}): the
 *     law says so of the groups by sex and age band, since their sick leave could point at a person; a committee of
 *     at most ten is treated alike. The head count that decides is the one at the month end.</li>
 * </ul>
 *
 * @param month            the month followed up
 * @param region           the whole organisation: every row
 * @param committees       each committee with rows in the month, in the order they first appear in the rows
 * @param agency           the agency staff's share of the personnel costs to date, when the amounts were given
 * @param sickLeaveTarget  the target for sick leave to date, when one is set
 */
public record PersonnelFollowUp(YearMonth month, Figures region, List<Figures> committees,
                                Optional<AgencyShare> agency, Optional<PersonnelTarget> sickLeaveTarget) {

    /** The months the trend covers: the month and the twelve before it. */
    public static final int TREND_MONTHS = 13;
    /** The fewest employees a group (or committee) must have for its figures to be shown: more than ten. */
    public static final int FEWEST_EMPLOYEES_SHOWN = 11;

    public PersonnelFollowUp {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(region, "region");
        committees = List.copyOf(committees);
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(sickLeaveTarget, "sickLeaveTarget");
        if (sickLeaveTarget.isPresent() && sickLeaveTarget.get().metric() != PersonnelMetric.SICK_LEAVE) {
            throw new IllegalArgumentException("the sick-leave target is a " + PersonnelMetric.SICK_LEAVE.code()
                    + " target, not " + sickLeaveTarget.get().metric().code());
        }
    }

    /** Head count and full-time equivalents (årsarbetare) at a month end. */
    public record Staff(int employees, BigDecimal fullTimeEquivalents) {
        public static final Staff ZERO = new Staff(0, BigDecimal.ZERO);

        public Staff {
            Objects.requireNonNull(fullTimeEquivalents, "fullTimeEquivalents");
        }

        public Staff plus(Staff other) {
            return new Staff(employees + other.employees, fullTimeEquivalents.add(other.fullTimeEquivalents));
        }
    }

    /**
     * The sick leave of one group (a sex, an age band) of a unit.
     *
     * @param employees          the group's employees at the month end, which decide whether it is shown
     * @param yearToDateLastYear the same period last year, when the unit's is complete
     */
    public record Group(int employees, SickLeave month, SickLeave yearToDate, Optional<SickLeave> yearToDateLastYear) {
        public Group {
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(yearToDate, "yearToDate");
            Objects.requireNonNull(yearToDateLastYear, "yearToDateLastYear");
        }

        /** Whether the group's figures may be shown: more than ten employees. */
        public boolean shown() {
            return employees >= FEWEST_EMPLOYEES_SHOWN;
        }
    }

    /**
     * One month of the trend: the unit's staff and sick leave, or nothing where the HR export has no rows for it.
     */
    public record TrendPoint(YearMonth month, Optional<Staff> staff, Optional<SickLeave> sickLeave) {
        public TrendPoint {
            Objects.requireNonNull(month, "month");
            if (staff.isPresent() != sickLeave.isPresent()) {
                throw new IllegalArgumentException("a trend point has both staff and sick leave, or neither");
            }
        }

        public boolean reported() {
            return staff.isPresent();
        }
    }

    /**
     * The figures of one unit: the region or a committee.
     *
     * @param committee          the committee's code; empty for the region
     * @param staff              at the month end
     * @param staffLastYear      at the end of the same month last year, when the export has it
     * @param month              the month's sick leave
     * @param yearToDate         January to the month
     * @param yearToDateLastYear January to the same month last year, when every month of it is there
     * @param lastYearMissing    the months of the same period last year without rows for the unit (or, for the
     *                           region, for a committee it had then): why there is no comparison
     * @param rolling12Months    the twelve months to the month, when every one is there
     * @param bySex              the groups by sex, every sex present (a sex without rows has zeros)
     * @param byAgeBand          the groups by age band, likewise
     * @param trend              the last {@value PersonnelFollowUp#TREND_MONTHS} months, oldest first
     */
    public record Figures(Optional<String> committee, Staff staff, Optional<Staff> staffLastYear, SickLeave month,
                          SickLeave yearToDate, Optional<SickLeave> yearToDateLastYear, List<YearMonth> lastYearMissing,
                          Optional<SickLeave> rolling12Months, Map<Sex, Group> bySex, Map<AgeBand, Group> byAgeBand,
                          List<TrendPoint> trend) {
        public Figures {
            Objects.requireNonNull(committee, "committee");
            Objects.requireNonNull(staff, "staff");
            Objects.requireNonNull(staffLastYear, "staffLastYear");
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(yearToDate, "yearToDate");
            Objects.requireNonNull(yearToDateLastYear, "yearToDateLastYear");
            lastYearMissing = List.copyOf(lastYearMissing);
            Objects.requireNonNull(rolling12Months, "rolling12Months");
            bySex = java.util.Collections.unmodifiableMap(new EnumMap<>(bySex));
            byAgeBand = java.util.Collections.unmodifiableMap(new EnumMap<>(byAgeBand));
            trend = List.copyOf(trend);
            if (bySex.size() != Sex.values().length || byAgeBand.size() != AgeBand.values().length) {
                throw new IllegalArgumentException("every sex and every age band has a group");
            }
        }

        /** Whether the unit's figures may be shown: the region always, a committee of more than ten employees. */
        public boolean shown() {
            return committee.isEmpty() || staff.employees() >= FEWEST_EMPLOYEES_SHOWN;
        }

        /** The change in full-time equivalents from the same month last year. */
        public Optional<BigDecimal> fteChange() {
            return staffLastYear.map(l -> staff.fullTimeEquivalents().subtract(l.fullTimeEquivalents()));
        }

        /** The change in full-time equivalents as a fraction of last year's; none from none. */
        public Optional<BigDecimal> fteChangeRate() {
            return staffLastYear.filter(l -> l.fullTimeEquivalents().signum() != 0)
                    .map(l -> fteChange().orElseThrow().divide(l.fullTimeEquivalents(), Ratios.CONTEXT));
        }

        /**
         * The change in sick leave to date from the same period last year, as a difference of fractions
         * (−0.005 is 0.5 procentenheter lower): each side from its own summed hours.
         */
        public Optional<BigDecimal> yearToDateChange() {
            return yearToDate.rate().flatMap(now -> yearToDateLastYear.flatMap(SickLeave::rate).map(now::subtract));
        }
    }

    /** A month without rows: for the whole export (no committee), or for one committee that has rows in others. */
    public record Gap(YearMonth month, Optional<String> committee) {
        @Override
        public String toString() {
            return committee.map(c -> month + " (" + c + ")").orElse(month.toString());
        }
    }

    /** The follow-up without a sick-leave target. */
    public static PersonnelFollowUp of(Collection<HrRecord> records, YearMonth month, Optional<AgencyShare> agency) {
        return of(records, month, agency, Optional.empty());
    }

    /**
     * The follow-up of a month.
     *
     * @param records         the HR export's rows, any months; those after the month are not read
     * @param agency          the agency staff's cost and the personnel costs to date, with their target
     * @param sickLeaveTarget the target for sick leave to date
     * @throws InvalidInputException (field {@code month}) when a month from January to the month has no rows, or a
     *                               committee lacks one ({@link #gaps}); and when a group is given twice
     */
    public static PersonnelFollowUp of(Collection<HrRecord> records, YearMonth month, Optional<AgencyShare> agency,
                                       Optional<PersonnelTarget> sickLeaveTarget) {
        Objects.requireNonNull(month, "month");
        Index index = new Index(records);
        List<Gap> gaps = gaps(records, month);
        if (!gaps.isEmpty()) {
            throw new InvalidInputException("month", month.getYear(), "the HR export has no rows for "
                    + gaps.stream().map(Gap::toString).collect(Collectors.joining(", ")) + ": the figures from January to "
                    + month + " need every month");
        }
        Figures region = index.figures(Optional.empty(), month);
        List<Figures> committees = index.committeesIn(month).stream()
                .map(c -> index.figures(Optional.of(c), month)).toList();
        return new PersonnelFollowUp(month, region, committees, agency, sickLeaveTarget);
    }

    /**
     * The months from January to {@code month} that the figures to date would need and do not have: a month without
     * any rows, and a month without rows for a committee that has rows in another of those months. Empty when the
     * follow-up can be made.
     */
    public static List<Gap> gaps(Collection<HrRecord> records, YearMonth month) {
        return new Index(records).gaps(yearToDate(month), Optional.empty());
    }

    /** Whether the sick leave to date meets its target; none without a target or without hours. */
    public Optional<Boolean> sickLeaveTargetMet() {
        return sickLeaveTarget.flatMap(t -> region.yearToDate().rate().map(t::metBy));
    }

    private static List<YearMonth> yearToDate(YearMonth month) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.of(month.getYear(), 1); !m.isAfter(month); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    private static List<YearMonth> monthsTo(YearMonth month, int count) {
        List<YearMonth> months = new ArrayList<>();
        for (int i = count - 1; i >= 0; i--) {
            months.add(month.minusMonths(i));
        }
        return months;
    }

    /** The rows by month and committee. */
    private static final class Index {
        private final Map<YearMonth, Map<String, List<HrRecord>>> byMonth = new TreeMap<>();
        /** Committees in the order they first appear. */
        private final List<String> order;

        Index(Collection<HrRecord> records) {
            Set<String> seen = new LinkedHashSet<>();
            Map<String, HrRecord> keys = new HashMap<>();
            for (HrRecord r : records) {
                Objects.requireNonNull(r, "record");
                String key = r.month() + " " + r.committee() + " " + r.sex().code() + " " + r.ageBand().code();
                if (keys.put(key, r) != null) {
                    throw new InvalidInputException("month", r.month().getYear(), "the group " + key
                            + " is given twice: its hours would be counted twice");
                }
                seen.add(r.committee());
                byMonth.computeIfAbsent(r.month(), m -> new HashMap<>()).computeIfAbsent(r.committee(),
                        c -> new ArrayList<>()).add(r);
            }
            order = List.copyOf(seen);
        }

        List<String> committeesIn(YearMonth month) {
            Map<String, List<HrRecord>> m = byMonth.getOrDefault(month, Map.of());
            return order.stream().filter(m::containsKey).toList();
        }

        boolean reported(YearMonth month, Optional<String> committee) {
            Map<String, List<HrRecord>> m = byMonth.getOrDefault(month, Map.of());
            return committee.map(m::containsKey).orElse(!m.isEmpty());
        }

        List<HrRecord> rows(YearMonth month, Optional<String> committee) {
            Map<String, List<HrRecord>> m = byMonth.getOrDefault(month, Map.of());
            if (committee.isPresent()) {
                return m.getOrDefault(committee.get(), List.of());
            }
            return order.stream().filter(m::containsKey).flatMap(c -> m.get(c).stream()).toList();
        }

        /** The gaps of a unit over some months: for the region, a committee's months count too. */
        List<Gap> gaps(List<YearMonth> months, Optional<String> committee) {
            List<Gap> gaps = new ArrayList<>();
            Set<String> present = new LinkedHashSet<>();
            for (YearMonth m : months) {
                present.addAll(committeesIn(m));
            }
            for (YearMonth m : months) {
                if (!reported(m, Optional.empty())) {
                    gaps.add(new Gap(m, Optional.empty()));
                    continue;
                }
                if (committee.isPresent()) {
                    if (!reported(m, committee)) {
                        gaps.add(new Gap(m, committee));
                    }
                    continue;
                }
                for (String c : present) {
                    if (!reported(m, Optional.of(c))) {
                        gaps.add(new Gap(m, Optional.of(c)));
                    }
                }
            }
            return gaps;
        }

        SickLeave sickLeave(List<YearMonth> months, Optional<String> committee, Predicate<HrRecord> group) {
            return SickLeave.sum(months.stream().flatMap(m -> rows(m, committee).stream()).filter(group)
                    .map(HrRecord::sickLeave).toList());
        }

        Staff staff(YearMonth month, Optional<String> committee, Predicate<HrRecord> group) {
            return rows(month, committee).stream().filter(group)
                    .map(r -> new Staff(r.employees(), r.fullTimeEquivalents())).reduce(Staff.ZERO, Staff::plus);
        }

        Figures figures(Optional<String> committee, YearMonth month) {
            List<YearMonth> toDate = yearToDate(month);
            List<YearMonth> lastYear = yearToDate(month.minusYears(1));
            List<YearMonth> twelve = monthsTo(month, 12);
            List<Gap> lastYearGaps = gaps(lastYear, committee);
            boolean lastYearComplete = lastYearGaps.isEmpty();
            Predicate<HrRecord> all = r -> true;
            Map<Sex, Group> bySex = new EnumMap<>(Sex.class);
            for (Sex s : Sex.values()) {
                bySex.put(s, group(committee, month, toDate, lastYear, lastYearComplete, r -> r.sex() == s));
            }
            Map<AgeBand, Group> byAgeBand = new EnumMap<>(AgeBand.class);
            for (AgeBand b : AgeBand.values()) {
                byAgeBand.put(b, group(committee, month, toDate, lastYear, lastYearComplete, r -> r.ageBand() == b));
            }
            List<TrendPoint> trend = monthsTo(month, TREND_MONTHS).stream().map(m -> reported(m, committee)
                    ? new TrendPoint(m, Optional.of(staff(m, committee, all)), Optional.of(sickLeave(List.of(m),
                    committee, all)))
                    : new TrendPoint(m, Optional.empty(), Optional.empty())).toList();
            YearMonth sameMonthLastYear = month.minusYears(1);
            return new Figures(committee, staff(month, committee, all),
                    reported(sameMonthLastYear, committee) ? Optional.of(staff(sameMonthLastYear, committee, all))
                            : Optional.empty(),
                    sickLeave(List.of(month), committee, all), sickLeave(toDate, committee, all),
                    lastYearComplete ? Optional.of(sickLeave(lastYear, committee, all)) : Optional.empty(),
                    lastYearGaps.stream().map(Gap::month).distinct().toList(),
                    gaps(twelve, committee).isEmpty() ? Optional.of(sickLeave(twelve, committee, all)) : Optional.empty(),
                    bySex, byAgeBand, trend);
        }

        private Group group(Optional<String> committee, YearMonth month, List<YearMonth> toDate, List<YearMonth> lastYear,
                            boolean lastYearComplete, Predicate<HrRecord> group) {
            return new Group(staff(month, committee, group).employees(), sickLeave(List.of(month), committee, group),
                    sickLeave(toDate, committee, group),
                    lastYearComplete ? Optional.of(sickLeave(lastYear, committee, group)) : Optional.empty());
        }
    }
}
