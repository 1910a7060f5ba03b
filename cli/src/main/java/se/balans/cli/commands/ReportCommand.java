package se.balans.cli.commands;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code balans report}: the board's documents as Excel workbooks and PDF. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write a report as an Excel workbook (.xlsx, native charts) and an archival PDF (PDF/A-2a + PDF/UA-1). "
                + "The same inputs give byte-identical files; each carries the SHA-256 of its inputs and the "
                + "engine version in its properties and footer."},
        subcommands = {ReportMonthlyCommand.class, ReportFinancialCommand.class, ReportPlanCommand.class})
public final class ReportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        CommandGroup.missingSubcommand(spec);
    }
}
