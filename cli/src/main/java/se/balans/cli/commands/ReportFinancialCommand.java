package se.balans.cli.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.balans.app.report.TreasuryFiles;
import se.balans.app.report.WriteFinancialReport;
import se.balans.cli.BalansHome;
import se.balans.cli.WorkspaceLookup;
import se.balans.cli.ExitCode;
import se.balans.cli.LanguageOption;
import se.balans.cli.StoreOption;
import se.balans.cli.report.ReportOutputOptions;
import se.balans.store.Store;

/** {@code balans report financial}: the financial report (finansrapport) of a month. */
@Command(name = "financial", mixinStandardHelpOptions = true,
        description = {"Write the financial report (finansrapport) of a month: the pension-fund portfolio against "
                + "its benchmark, cash against the plan's cash-flow budget, and the loan portfolio as of the month's "
                + "last day with the finance policy's limits, the plan's debt goal, the month's loan events and the "
                + "maturity profile, with charts. The files default to the plan directory's treasury/ folder, the "
                + "loan register to the one named for the month end (treasury/loans-YYYY-MM-DD.csv). Prints the "
                + "written paths. Files: finansrapport-YYYY-MM.xlsx and .pdf (-en before the extension for English)."})
public final class ReportFinancialCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    LanguageOption lang;
    @Mixin
    PlanOption planOption;
    @Mixin
    ReportOutputOptions output;

    @Option(names = "--month", paramLabel = "YYYY-MM", required = true, converter = YearMonthConverter.class,
            description = "The month to report; the loan figures are as of its last day.")
    YearMonth month;

    @Option(names = "--loans", paramLabel = "FILE",
            description = "The loan register as of the month end. Default: loans-YYYY-MM-DD.csv in the workspace's "
                    + "treasury folder, dated the month's last day.")
    Path loans;

    @Option(names = "--returns", paramLabel = "FILE",
            description = "The pension-fund returns. Default: " + TreasuryFiles.RETURNS + " in the workspace's treasury folder.")
    Path returns;

    @Option(names = "--policy", paramLabel = "FILE",
            description = "The finance policy's limits. Default: " + TreasuryFiles.POLICY
                    + " in the workspace's treasury folder, if there is one (without it the report has no limits).")
    Path policy;

    @Mixin
    StoreOption storeOption;

    @Option(names = "--cash", paramLabel = "FILE",
            description = "Month-end cash. Default: " + TreasuryFiles.CASH + " in the workspace's treasury folder.")
    Path cash;

    @Override
    public Integer call() throws IOException {
        Path dir = planOption.ownDir();
        TreasuryFiles files = new TreasuryFiles(
                loans != null ? BalansHome.resolve(loans) : TreasuryFiles.defaultLoans(treasury("--loans"), month),
                returns != null ? BalansHome.resolve(returns)
                        : TreasuryFiles.required(treasury("--returns"), TreasuryFiles.RETURNS, "--returns"),
                policy != null ? Optional.of(BalansHome.resolve(policy))
                        : TreasuryFiles.optional(treasury("--policy"), TreasuryFiles.POLICY),
                cash != null ? BalansHome.resolve(cash) : TreasuryFiles.required(treasury("--cash"), TreasuryFiles.CASH, "--cash"));
        PrintWriter w = spec.commandLine().getOut();
        try (Store store = storeOption.open()) {
            WriteFinancialReport.run(store, new WriteFinancialReport.Request(dir, month, files, lang.language(),
                    output.output())).forEach(w::println);
        }
        w.flush();
        return ExitCode.OK;
    }

    /** The workspace's treasury folder, for a file not given with {@code option}. */
    private static Path treasury(String option) {
        return WorkspaceLookup.require(option + " FILE").treasury();
    }
}
