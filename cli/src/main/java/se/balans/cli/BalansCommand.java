package se.balans.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import se.balans.cli.commands.AuditCommand;
import se.balans.cli.commands.BalanceRequirementCommand;
import se.balans.cli.commands.CloseCommand;
import se.balans.cli.commands.InitCommand;
import se.balans.cli.commands.CompletionCommand;
import se.balans.cli.commands.DebtCommand;
import se.balans.cli.commands.ExplainCommand;
import se.balans.cli.commands.ImportCommand;
import se.balans.cli.commands.OutcomeCommand;
import se.balans.cli.commands.SampleLedgerCommand;
import se.balans.cli.commands.StatusCommand;
import se.balans.cli.commands.StoreCommand;
import se.balans.cli.commands.VerifyCommand;
import se.balans.cli.commands.YearCommand;
import se.balans.cli.commands.ForecastCommand;
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
        // Inherited by every subcommand, so that each one's --help lists the exit codes a script can test.
        scope = ScopeType.INHERIT,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done",
            "1:the command ran and found differences (plan check, verify)",
            "2:wrong command line",
            "3:bad input: the message names the file, line and field",
            "4:the store refuses: already imported, already closed, a concurrent closing",
            "70:internal error or a database failure (BALANS_DEBUG=1 for the stack trace)"})
public final class BalansCommand implements Runnable {

    /**
     * The subcommands, in the order help lists them. Added by {@link Main} rather than named in the annotation: a
     * command line that names one of them gets that one alone, because building picocli's model of all of them
     * (their options, mixins and nested commands, by reflection) was the largest part of every command's start.
     */
    static final java.util.List<Class<?>> SUBCOMMANDS = java.util.List.of(DemoCommand.class, InitCommand.class,
            PlanCommand.class, BalanceRequirementCommand.class, ImportCommand.class, CloseCommand.class,
            OutcomeCommand.class, StatusCommand.class, SampleLedgerCommand.class, DebtCommand.class,
            PensionCommand.class, ReportCommand.class, VerifyCommand.class, YearCommand.class, ForecastCommand.class,
            ExplainCommand.class, AuditCommand.class, StoreCommand.class, CompletionCommand.class, HelpCommand.class);

    /** Subcommands that need every other one: help lists and describes them, completion scripts them all. */
    private static final java.util.Set<String> NEED_ALL = java.util.Set.of("help", "completion");

    /**
     * The subcommands a command line needs: none for the version, the one it names, or all when it names none,
     * help or completion.
     */
    static java.util.List<Class<?>> subcommandsFor(String[] args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            return java.util.List.of();
        }
        if (args.length > 0 && !NEED_ALL.contains(args[0])) {
            for (Class<?> c : SUBCOMMANDS) {
                if (c.getAnnotation(Command.class).name().equals(args[0])) {
                    return java.util.List.of(c);
                }
            }
        }
        return SUBCOMMANDS;
    }

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        se.balans.cli.commands.CommandGroup.missingSubcommand(spec);
    }

    /** The engine version is the product version. */
    public static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"balans " + EngineVersion.get()};
        }
    }
}
