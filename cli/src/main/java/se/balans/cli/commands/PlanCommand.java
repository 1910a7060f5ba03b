package se.balans.cli.commands;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code balans plan}: the regional plan. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Show or check the regional plan (regionplan).",
        subcommands = {PlanShowCommand.class, PlanCheckCommand.class, PlanComputeCommand.class})
public final class PlanCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        CommandGroup.missingSubcommand(spec);
    }
}
