package se.balans.cli.commands;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * A command that only groups subcommands ({@code balans plan}, {@code balans report}, …): called
 * without one, it is a usage error like any incomplete command line — the usage goes to stderr and
 * the exit code is 2, so a script that forgot the subcommand does not take it for success.
 */
public final class CommandGroup {
    private CommandGroup() {
    }

    public static void missingSubcommand(CommandSpec spec) {
        throw new ParameterException(spec.commandLine(), "'" + spec.qualifiedName() + "' needs a command: "
                + String.join(", ", spec.subcommands().keySet().stream().filter(n -> !n.equals("help")).toList()));
    }
}
