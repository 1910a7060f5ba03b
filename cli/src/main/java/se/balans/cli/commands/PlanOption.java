package se.balans.cli.commands;

import java.nio.file.Path;

import picocli.CommandLine.Option;
import se.balans.app.workspace.OrganisationCheck;
import se.balans.cli.BalansHome;
import se.balans.cli.WorkspaceLookup;
import se.balans.engine.plan.RegionalPlan;
import se.balans.io.plan.PlanDirectoryReader;

/** {@code --plan DIR}: the plan directory, by default the workspace's. */
public final class PlanOption {
    @Option(names = "--plan", paramLabel = "DIR",
            description = "Plan directory (plan.properties and CSV files). Default: the workspace's (plan= in balans.properties).")
    Path dir;

    public Path dir() {
        return dir == null ? WorkspaceLookup.require("--plan DIR").plan() : BalansHome.resolve(dir);
    }

    public RegionalPlan read() {
        return PlanDirectoryReader.read(dir());
    }

    /**
     * The plan directory of a document the board gets: in a workspace, refused when the plan is
     * another organisation's, whose name the document would carry.
     */
    public Path ownDir() {
        Path d = dir();
        WorkspaceLookup.find().ifPresent(w -> OrganisationCheck.plan(w.organisation(), d,
                PlanDirectoryReader.region(d)));
        return d;
    }
}
