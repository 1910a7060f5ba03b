package se.balans.engine.plan.drivers;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import se.balans.engine.balancerequirement.RestorationSchedule;
import se.balans.engine.plan.RegionalPlan;

/**
 * A plan computed from its drivers: the plan itself (in the form every other part of Balans reads),
 * the computed bridge lines, each year's terms, and the balance requirement the plan years face.
 *
 * @param plan the base year as given and the computed years
 * @param bridge every computed line of the frame bridges, in year and committee order
 * @param figures per computed year, the terms behind its figures
 * @param schedule the restoration schedule over the history and the plan years
 * @param required per plan year, the least result the restoration needs and whether the plan reaches it
 */
public record ComputedPlan(RegionalPlan plan, PlanDrivers drivers, List<BridgeLine> bridge,
                           Map<Integer, YearFigures> figures, RestorationSchedule schedule,
                           List<RequiredResult> required) {
    public ComputedPlan {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(drivers, "drivers");
        bridge = List.copyOf(bridge);
        figures = Collections.unmodifiableSortedMap(new TreeMap<>(figures));
        Objects.requireNonNull(schedule, "schedule");
        required = List.copyOf(required);
    }

    public List<BridgeLine> bridge(int year) {
        return bridge.stream().filter(b -> b.year() == year).toList();
    }

    public YearFigures figures(int year) {
        YearFigures f = figures.get(year);
        if (f == null) {
            throw new IllegalArgumentException(year + " is not a computed year");
        }
        return f;
    }

    public Optional<RequiredResult> required(int year) {
        return required.stream().filter(r -> r.year() == year).findFirst();
    }

    /** The plan years whose result falls short of what the restoration requires. */
    public List<RequiredResult> shortfalls() {
        return required.stream().filter(RequiredResult::fallsShort).toList();
    }
}
