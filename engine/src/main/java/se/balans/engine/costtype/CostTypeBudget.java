package se.balans.engine.costtype;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import se.balans.engine.money.Money;

/**
 * A year's budget per cost type (kostnadsslagsbudget), for the region and per committee, shown
 * positive as the cost types are (a cost of 120 is 120, a revenue of 30 is 30). The region's budget
 * of a type is the one given for the region, never the sum of the committees' (some committees may
 * have none); a type part of another ("därav") is budgeted on its own.
 *
 * @param region      type → the region's annual budget
 * @param committees  committee → type → its annual budget
 */
public record CostTypeBudget(int year, Map<CostType, Money> region, Map<String, Map<CostType, Money>> committees) {
    public CostTypeBudget {
        region = Map.copyOf(region);
        Map<String, Map<CostType, Money>> copy = new TreeMap<>();
        committees.forEach((c, m) -> copy.put(Objects.requireNonNull(c, "committee"), Map.copyOf(m)));
        committees = java.util.Collections.unmodifiableMap(copy);
    }

    /** The annual budget of a type, for the region ({@code committee} empty) or a committee. */
    public Optional<Money> of(Optional<String> committee, CostType type) {
        return committee.isEmpty() ? Optional.ofNullable(region.get(type))
                : Optional.ofNullable(committees.getOrDefault(committee.get(), Map.of()).get(type));
    }
}
