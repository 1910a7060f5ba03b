package se.balans.engine.balancerequirement;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import se.balans.engine.money.Money;

/**
 * One year of the restoration schedule (återställande av negativa balanskravsresultat).
 * Unrestored amounts are negative, as in the plan's table.
 *
 * @param openingUnrestored ingående balans: ackumulerade ej återställda negativa resultat
 * @param specialReasons synnerliga skäl att inte återställa, decided this year
 * @param restored how much of each earlier year's deficit this year's surplus restored
 * @param waived how much of each year's deficit synnerliga skäl took away
 * @param unrestoredByOrigin closing unrestored amount per year of origin ("varav från 2023")
 * @param closingUnrestored utgående balans
 * @param requiredResult the balanskravsresultat this year needed to meet every deadline falling due
 *        this year (at least zero: the balance requirement itself)
 * @param missedDeadlines the years of origin whose deadline fell this year with a deficit left
 * @param reserveBalance the result reserve after this year: the opening balance before the first
 *        year given, plus every reservation and less every use since
 * @param reserveCeiling the reservation ceiling, when the history gives its base figures
 */
public record RestorationYear(
        BalanceRequirementInput input,
        Money openingUnrestored,
        Money specialReasons,
        SortedMap<Integer, Money> restored,
        SortedMap<Integer, Money> waived,
        SortedMap<Integer, Money> unrestoredByOrigin,
        Money closingUnrestored,
        Money requiredResult,
        List<Integer> missedDeadlines,
        Money reserveBalance,
        Optional<ResultReserveCeiling> reserveCeiling) {

    public RestorationYear {
        Objects.requireNonNull(input, "input");
        restored = Collections.unmodifiableSortedMap(new TreeMap<>(restored));
        waived = Collections.unmodifiableSortedMap(new TreeMap<>(waived));
        unrestoredByOrigin = Collections.unmodifiableSortedMap(new TreeMap<>(unrestoredByOrigin));
        missedDeadlines = List.copyOf(missedDeadlines);
    }

    public int year() {
        return input.year();
    }

    public Money balanceRequirementResult() {
        return input.balanceRequirementResult();
    }

    /** Whether a deadline passed this year with part of a deficit still unrestored. */
    public boolean missedDeadline() {
        return !missedDeadlines.isEmpty();
    }

    /** Unrestored amount from one year of origin at the end of this year (zero if none). */
    public Money unrestoredFrom(int origin) {
        return unrestoredByOrigin.getOrDefault(origin, Money.ZERO);
    }
}
