package se.balans.app.plan;

import java.nio.file.Path;
import java.util.Optional;

import se.balans.app.MissingInputException;
import se.balans.engine.plan.RegionalPlan;
import se.balans.io.plan.PlanDirectoryReader;
import se.balans.reports.plan.PlanData;

/** Use case: the regional plan as read from its directory, for every year or one. */
public final class ShowPlan {
    private ShowPlan() {
    }

    /**
     * @param focus the year whose frames, bridge and goals are shown: the one asked for, else the plan year
     */
    public record Result(RegionalPlan plan, Optional<Integer> year, int focus) {
        public PlanData data() {
            return new PlanData(plan, year);
        }
    }

    /** @throws MissingInputException when the plan has no figures for the year asked for */
    public static Result run(Path planDir, Optional<Integer> year) {
        RegionalPlan plan = PlanDirectoryReader.read(planDir);
        if (year.isPresent() && !plan.years().contains(year.get())) {
            throw new MissingInputException("the plan in " + planDir + " has no figures for " + year.get()
                    + "; it covers " + plan.years().first() + "–" + plan.years().last());
        }
        return new Result(plan, year, year.orElse(plan.planYear()));
    }
}
