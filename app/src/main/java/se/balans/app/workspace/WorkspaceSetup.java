package se.balans.app.workspace;

import java.nio.file.Files;
import java.nio.file.Path;

import se.balans.io.closing.ClosingSetup;
import se.balans.io.closing.ClosingSetupReader;
import se.balans.io.followup.ClosingInputs;
import se.balans.io.workspace.Workspace;

/**
 * A workspace's closing configuration as a closing takes it: the configuration folder's files,
 * named as the workspace's organisation ({@link OrganisationCheck#setup}), with the workspace's
 * balance-requirement history, which the closing records and continues into its forecast year, and
 * the follow-up files it records ({@link ClosingInputs}: investments, cost types).
 */
public final class WorkspaceSetup {
    private WorkspaceSetup() {
    }

    /** The configuration in {@code dir} (the workspace's, or one given with {@code --config}). */
    public static ClosingSetup read(Workspace workspace, Path dir) {
        ClosingSetup setup = ClosingInputs.read(dir);
        Path history = workspace.balanceRequirement();
        if (Files.isRegularFile(history)) {
            setup = ClosingSetupReader.withHistory(setup, history);
        }
        return OrganisationCheck.setup(workspace.organisation(), dir, setup);
    }
}
