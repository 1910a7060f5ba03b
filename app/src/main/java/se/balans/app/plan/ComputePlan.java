package se.balans.app.plan;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import se.balans.engine.plan.drivers.ComputedPlan;
import se.balans.engine.plan.drivers.ScenarioComparison;
import se.balans.engine.plan.drivers.SensitivityAnalysis;
import se.balans.io.plan.PlanDirectoryWriter;
import se.balans.io.plan.PlanDriverFiles;

/**
 * Use case: compute the regional plan from its drivers ({@code balans plan compute}) — the frames with their bridge,
 * taxes and grants, the result, balance and cash-flow budgets, the least result each plan year needs — with the
 * scenarios and the sensitivity table, and write it as a plan directory that {@code plan show}, {@code plan check}
 * and the reports read unchanged.
 */
public final class ComputePlan {
    private ComputePlan() {
    }

    /** The computed plan, its scenarios and sensitivity, and where it was written. */
    public record Result(ComputedPlan plan, ScenarioComparison scenarios, SensitivityAnalysis sensitivity,
                         Optional<Path> written) {
        public Result {
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(scenarios, "scenarios");
            Objects.requireNonNull(sensitivity, "sensitivity");
            Objects.requireNonNull(written, "written");
        }
    }

    /**
     * @param drivers the drivers directory (docs/plan-drivers.md)
     * @param out     where to write the computed plan directory; empty: compute and show only
     */
    public static Result run(Path drivers, Optional<Path> out) {
        PlanDriverFiles files = PlanDriverFiles.read(drivers);
        ComputedPlan plan = files.compute();
        out.ifPresent(dir -> PlanDirectoryWriter.write(plan, dir));
        return new Result(plan, files.compareScenarios(), files.sensitivity(), out);
    }
}
