package se.balans.app.plan;

import java.nio.file.Path;
import java.util.List;

import se.balans.engine.check.ConsistencyCheck;
import se.balans.engine.check.Finding;
import se.balans.engine.plan.RegionalPlan;
import se.balans.io.plan.PlanDirectoryReader;

/** Use case: do the plan's figures tie? Every finding of the engine's consistency check. */
public final class CheckPlan {
    private CheckPlan() {
    }

    public record Result(RegionalPlan plan, List<Finding> findings) {
        public Result {
            findings = List.copyOf(findings);
        }

        public boolean ties() {
            return findings.isEmpty();
        }
    }

    public static Result run(Path planDir) {
        RegionalPlan plan = PlanDirectoryReader.read(planDir);
        return new Result(plan, ConsistencyCheck.check(plan));
    }
}
