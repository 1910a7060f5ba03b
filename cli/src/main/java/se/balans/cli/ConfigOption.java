package se.balans.cli;

import java.nio.file.Path;
import java.util.Optional;

import picocli.CommandLine.Option;
import se.balans.app.workspace.WorkspaceSetup;
import se.balans.io.closing.ClosingSetup;
import se.balans.io.followup.ClosingInputs;
import se.balans.io.workspace.Workspace;

/** {@code --config DIR}: the closing configuration (mappings, budgets, profiles, committees), by default the workspace's. */
public final class ConfigOption {
    @Option(names = "--config", paramLabel = "DIR",
            description = "Directory with committees.csv, account-mapping.csv, cost-centre-mapping.csv, "
                    + "monthly-profiles.csv and budget-YYYY.csv. Default: the workspace's (closing= in balans.properties).")
    Path dir;

    public Path dir() {
        return dir == null ? WorkspaceLookup.require("--config DIR").closing() : BalansHome.resolve(dir);
    }

    /**
     * The configuration, named as the workspace's organisation (refused when its {@code plan.properties}
     * names another), with the workspace's balance-requirement history, which the closing continues
     * into its forecast year.
     */
    public ClosingSetup read() {
        Path d = dir();
        Optional<Workspace> workspace = WorkspaceLookup.find();
        return workspace.isPresent() ? WorkspaceSetup.read(workspace.get(), d)
                : ClosingInputs.read(d);
    }
}
