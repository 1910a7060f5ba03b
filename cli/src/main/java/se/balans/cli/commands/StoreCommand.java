package se.balans.cli.commands;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code balans store}: the store as a whole, beside the imports and closings in it. */
@Command(name = "store", mixinStandardHelpOptions = true,
        description = {"The store as a whole: copy it to another database (docs/store-operations.md); grant the "
                + "finance unit and the auditors least privilege on PostgreSQL (docs/postgresql.md)."},
        subcommands = {StoreCopyCommand.class, StoreGrantCommand.class})
public final class StoreCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        CommandGroup.missingSubcommand(spec);
    }
}
