package se.balans.cli.commands;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code balans year}: the year as a whole. */
@Command(name = "year", mixinStandardHelpOptions = true,
        description = "The year as a whole: close its balance requirement into the workspace's history.",
        subcommands = {YearCloseCommand.class})
public final class YearCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        CommandGroup.missingSubcommand(spec);
    }
}
