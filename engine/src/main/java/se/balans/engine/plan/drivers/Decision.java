package se.balans.engine.plan.drivers;

import java.util.Objects;

import se.balans.engine.plan.FrameChange;

/**
 * A frame change the council decided (budgettillskott, budgetreducering, omfördelning, riktade
 * statsbidrag), with where the decision is recorded, so that the bridge line can cite it.
 */
public record Decision(FrameChange change, String source) {
    public Decision {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(source, "source");
        if (!PlanDrivers.isDecidable(change.kind())) {
            throw new IllegalArgumentException(change.kind().code() + " is computed from the drivers; a decision is "
                    + "addition, reduction, reallocation or targeted_state_grant");
        }
    }

    public static Decision of(FrameChange change) {
        return new Decision(change, "");
    }

    public int year() {
        return change.year();
    }
}
