package se.balans.app.balancerequirement;

import java.nio.file.Path;

import se.balans.engine.balancerequirement.RestorationSchedule;
import se.balans.io.history.BalanceRequirementHistory;

/**
 * Use case: the balanskravsutredning and the restoration schedule of Kommunallagen 11 kap. from a
 * balance-requirement history file.
 */
public final class ShowBalanceRequirement {
    private ShowBalanceRequirement() {
    }

    public static RestorationSchedule run(Path history) {
        return BalanceRequirementHistory.read(history).schedule();
    }
}
