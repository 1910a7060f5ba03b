package se.balans.engine.balancerequirement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import se.balans.engine.InvalidInputException;
import se.balans.engine.money.Money;

/**
 * The restoration schedule: every negative balanskravsresultat tracked by its year of origin until
 * it is restored or waived.
 *
 * <p>The rules, each in one place below:
 * <ul>
 *   <li>a negative result must be restored within the three following years (KL 11 kap. 12 §):
 *       {@link #deadline};</li>
 *   <li>synnerliga skäl waive first the year's own deficit, and any remainder the oldest
 *       outstanding deficits (KL 11 kap. 13 §);</li>
 *   <li>a positive result restores the oldest deficit first (the practice of the plan's table);</li>
 *   <li>a deficit left when its deadline passes is flagged in that year and stays outstanding;</li>
 *   <li>the required result of a year is what restores every deficit falling due that year, after
 *       the year's synnerliga skäl, and never below zero;</li>
 *   <li>the resultatreserv starts from its opening balance, grows by each reservation and shrinks
 *       by each use; a year may use at most what the reserve holds at its start (a reserve never
 *       built up cannot be used, and the balanskravsresultat would otherwise be improved by money
 *       the region never set aside).</li>
 * </ul>
 */
public record RestorationSchedule(List<RestorationYear> years) {

    /** Years within which a deficit must be restored, counted after the year of origin. */
    public static final int RESTORATION_YEARS = 3;

    public RestorationSchedule {
        years = List.copyOf(years);
    }

    /** The last year in which a deficit arising in {@code originYear} may be restored. */
    public static int deadline(int originYear) {
        return originYear + RESTORATION_YEARS;
    }

    /**
     * Computes the schedule from a history of consecutive years, with no result reserve before the
     * first year.
     *
     * @throws InvalidInputException for a gap, a duplicate, a reservation above the ceiling or a use
     *         of a reserve that is not there
     */
    public static RestorationSchedule compute(List<BalanceRequirementInput> history) {
        return compute(Money.ZERO, history);
    }

    /**
     * Computes the schedule from a history of consecutive years.
     *
     * @param openingReserve the resultatreserv (RUR) at the start of the first year, ≥ 0: what
     *        earlier years, not in the history, set aside
     * @throws InvalidInputException for a gap, a duplicate, a reservation above the ceiling or a use
     *         of more than the reserve holds ({@code reserve_use}), or a negative opening balance
     *         ({@code reserve_opening})
     */
    public static RestorationSchedule compute(Money openingReserve, List<BalanceRequirementInput> history) {
        requireConsecutive(history);
        if (openingReserve.isNegative()) {
            throw new InvalidInputException(RESERVE_OPENING, history.isEmpty() ? null : history.get(0).year(),
                    "the result reserve's opening balance must be ≥ 0, got " + openingReserve.toMnkr().toPlainString());
        }
        SortedMap<Integer, Money> outstanding = new TreeMap<>();
        SortedSet<Integer> origins = new TreeSet<>();
        Money reserve = openingReserve;
        boolean reserveBuilt = openingReserve.isPositive();
        List<RestorationYear> out = new ArrayList<>();
        for (BalanceRequirementInput in : history) {
            int year = in.year();
            Optional<ResultReserveCeiling> ceiling = ResultReserveCeiling.of(in);
            Money reserveBefore = reserve;
            requireReserveHolds(in, reserveBefore, reserveBuilt, openingReserve, history.get(0).year());
            reserveBuilt |= in.amount(BalanceRequirementLine.RESERVE_ALLOCATION).isNegative();
            ceiling.ifPresent(c -> c.check(in, reserveBefore));
            reserve = reserve.minus(in.amount(BalanceRequirementLine.RESERVE_ALLOCATION))
                    .minus(in.amount(BalanceRequirementLine.RESERVE_USE));

            Money opening = Money.sum(outstanding.values());
            Money required = requiredResult(year, outstanding, in.specialReasons());
            SortedMap<Integer, Money> restored = new TreeMap<>();
            SortedMap<Integer, Money> waived = new TreeMap<>();
            Money bkr = in.balanceRequirementResult();
            Money waiver = in.specialReasons();

            if (bkr.isNegative()) {
                origins.add(year);
                Money own = waiver.min(bkr.negated());
                if (own.isPositive()) {
                    waived.put(year, own);
                }
                waiver = waiver.minus(own);
                Money deficit = bkr.plus(own);
                if (deficit.isNegative()) {
                    outstanding.put(year, deficit);
                }
            } else {
                reduceOldestFirst(outstanding, bkr, restored);
            }
            Money unusedWaiver = reduceOldestFirst(outstanding, waiver, waived);
            if (unusedWaiver.isPositive()) {
                throw new InvalidInputException("special_reasons", year, year + ": special_reasons "
                        + in.specialReasons().toMnkr().toPlainString() + " exceed the deficits there are to waive by "
                        + unusedWaiver.toMnkr().toPlainString());
            }

            List<Integer> missed = new ArrayList<>();
            for (Map.Entry<Integer, Money> e : outstanding.entrySet()) {
                if (deadline(e.getKey()) == year) {
                    missed.add(e.getKey());
                }
            }
            SortedMap<Integer, Money> byOrigin = new TreeMap<>();
            for (int o : origins) {
                byOrigin.put(o, outstanding.getOrDefault(o, Money.ZERO));
            }
            out.add(new RestorationYear(in, opening, in.specialReasons(), restored, waived, byOrigin,
                    Money.sum(outstanding.values()), required, missed, reserve, ceiling));
        }
        return new RestorationSchedule(out);
    }

    /** The field naming the result reserve's opening balance, as the history file's column. */
    public static final String RESERVE_OPENING = "reserve_opening";

    /** A year's use of the reserve must be covered by what the reserve holds at the start of the year. */
    private static void requireReserveHolds(BalanceRequirementInput in, Money before, boolean built, Money opening,
                                            int firstYear) {
        Money use = in.amount(BalanceRequirementLine.RESERVE_USE);
        if (use.compareTo(before) <= 0) {
            return;
        }
        int year = in.year();
        String used = year + ": reserve_use " + use.toMnkr().toPlainString() + " is more than the result reserve holds";
        if (!built) {
            throw new InvalidInputException("reserve_use", year, used + ": no reserve has been built up since "
                    + firstYear + " (give the reserve's balance at the start of " + firstYear + " in "
                    + RESERVE_OPENING + ")");
        }
        throw new InvalidInputException("reserve_use", year, used + " at the start of " + year + ", "
                + before.toMnkr().toPlainString() + " (the opening balance " + opening.toMnkr().toPlainString()
                + " at the start of " + firstYear + " plus reservations less uses since)");
    }

    /** What restores every deficit due by {@code year}, given this year's synnerliga skäl. */
    static Money requiredResult(int year, SortedMap<Integer, Money> outstanding, Money specialReasons) {
        Money due = Money.ZERO;
        for (Map.Entry<Integer, Money> e : outstanding.entrySet()) {
            if (deadline(e.getKey()) <= year) {
                due = due.plus(e.getValue().negated());
            }
        }
        return due.minus(specialReasons).max(Money.ZERO);
    }

    /**
     * Applies a positive amount to the outstanding deficits, oldest first, recording what each
     * received; returns what was left over.
     */
    private static Money reduceOldestFirst(SortedMap<Integer, Money> outstanding, Money amount,
                                           SortedMap<Integer, Money> applied) {
        Money left = amount;
        for (Integer origin : new ArrayList<>(outstanding.keySet())) {
            if (!left.isPositive()) {
                break;
            }
            Money deficit = outstanding.get(origin).negated();
            Money take = left.min(deficit);
            applied.merge(origin, take, Money::plus);
            left = left.minus(take);
            if (take.equals(deficit)) {
                outstanding.remove(origin);
            } else {
                outstanding.put(origin, deficit.minus(take).negated());
            }
        }
        return left;
    }

    private static void requireConsecutive(List<BalanceRequirementInput> history) {
        for (int i = 1; i < history.size(); i++) {
            int prev = history.get(i - 1).year();
            int year = history.get(i).year();
            if (year == prev) {
                throw new InvalidInputException("year", year, "year " + year + " appears twice");
            }
            if (year != prev + 1) {
                throw new InvalidInputException("year", year, "years must follow each other: " + year + " comes after "
                        + prev + (year > prev ? " (missing " + (prev + 1) + ")" : ""));
            }
        }
    }

    /** Every year in which a deficit arose, ascending: the schedule's "varav från" columns. */
    public SortedSet<Integer> originYears() {
        SortedSet<Integer> s = new TreeSet<>();
        years.forEach(y -> s.addAll(y.unrestoredByOrigin().keySet()));
        return s;
    }

    public Optional<RestorationYear> year(int year) {
        return years.stream().filter(y -> y.year() == year).findFirst();
    }
}
