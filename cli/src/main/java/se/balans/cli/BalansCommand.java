package se.balans.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import se.balans.cli.commands.AuditCommand;
import se.balans.cli.commands.BalanceRequirementCommand;
import se.balans.cli.commands.CloseCommand;
import se.balans.cli.commands.DebtCommand;
import se.balans.cli.commands.ExplainCommand;
import se.balans.cli.commands.ImportCommand;
import se.balans.cli.commands.OutcomeCommand;
import se.balans.cli.commands.SampleLedgerCommand;
import se.balans.cli.commands.StatusCommand;
import se.balans.cli.commands.VerifyCommand;
import se.balans.cli.commands.DemoCommand;
import se.balans.cli.commands.PensionCommand;
import se.balans.cli.commands.PlanCommand;
import se.balans.cli.commands.ReportCommand;
import se.balans.engine.EngineVersion;

/** The {@code balans} command: financial reporting and budget tracking for a Swedish region. */
@Command(name = "balans",
        mixinStandardHelpOptions = true,
        versionProvider = BalansCommand.Version.class,
        description = {"Financial reporting and budget tracking for a Swedish region:",
                "the regional plan, the balance requirement, monthly closings and reports."},
        subcommands = {DemoCommand.class, PlanCommand.class, BalanceRequirementCommand.class,
                ImportCommand.class, CloseCommand.class, OutcomeCommand.class, StatusCommand.class,
                SampleLedgerCommand.class, DebtCommand.class, PensionCommand.class, ReportCommand.class,
                VerifyCommand.class, ExplainCommand.class, AuditCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 check found differences, 2 usage, 3 bad input, 4 conflict, 70 internal error."})
public final class BalansCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The engine version is the product version. */
    public static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"balans " + EngineVersion.get()};
        }
    }
}
