package se.balans.cli.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.YearMonth;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.balans.cli.ExitCode;
import se.balans.cli.LanguageOption;
import se.balans.cli.StoreOption;
import se.balans.cli.WorkspaceLookup;
import se.balans.app.report.WriteMonthlyReport;
import se.balans.cli.report.ReportOutputOptions;
import se.balans.store.Store;

/** {@code balans report monthly}: the monthly report (månadsrapport) of a closed month. */
@Command(name = "monthly", mixinStandardHelpOptions = true,
        description = {"Write the monthly report (månadsrapport) of a closed month, from the closing as 'balans close' "
                + "stored it: the summary in words, the result statement to date against budget and last year, the "
                + "committees against their periodised frames, the forecast's basis and its back-test, with charts; "
                + "the investments against the investment budget when the workspace's configuration has "
                + "investment-accounts.csv and investment-budget.csv. "
                + "The documents carry the closing's input fingerprint and are dated when the month was closed. "
                + "Prints the written paths. Files: manadsrapport-YYYY-MM.xlsx and .pdf (-en before the extension "
                + "for English). A month that is not closed is refused (exit code 3)."})
public final class ReportMonthlyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    LanguageOption lang;
    @Mixin
    StoreOption storeOption;
    @Mixin
    PlanOption planOption;
    @Mixin
    ReportOutputOptions output;

    @Option(names = "--month", paramLabel = "YYYY-MM", required = true, converter = YearMonthConverter.class,
            description = "The closed month to report.")
    YearMonth month;

    @Override
    public Integer call() throws IOException {
        PrintWriter w = spec.commandLine().getOut();
        try (Store store = storeOption.open()) {
            // The finance unit's central items of the forecast round, when the workspace has them.
            java.util.Optional<java.nio.file.Path> central = WorkspaceLookup.find()
                    .map(ws -> ws.closing().resolve(se.balans.io.forecast.CentralForecastFile.NAME))
                    .filter(java.nio.file.Files::isRegularFile);
            // The investment files (investment-accounts.csv, …) are the workspace's closing configuration's.
            WriteMonthlyReport.run(store, new WriteMonthlyReport.Request(month, planOption.ownDir(),
                    WorkspaceLookup.find().map(ws -> ws.treasury()),
                    lang.language(), output.output(), central, WorkspaceLookup.find().map(ws -> ws.closing())))
                    .forEach(w::println);
        }
        w.flush();
        return ExitCode.OK;
    }
}
