package se.balans.cli.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.balans.app.report.WritePlanReport;
import se.balans.cli.BalansHome;
import se.balans.cli.WorkspaceLookup;
import se.balans.cli.ExitCode;
import se.balans.cli.LanguageOption;
import se.balans.cli.StoreOption;
import se.balans.cli.report.ReportOutputOptions;
import se.balans.store.Store;

/** {@code balans report plan}: the plan report (regionplan) for a plan year. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Write the plan report (regionplan) for a year: frames per committee and the frame bridge, "
                + "the result, balance and cash-flow budgets, investments and depreciation, the financial goals "
                + "and the balance-requirement restoration schedule, with charts; with drivers (a drivers/ folder in "
                + "the plan directory, or --drivers), the plan computed from them, its scenarios and the sensitivity "
                + "table (docs/plan-drivers.md). Prints the written paths. "
                + "Files: regionplan-YYYY.xlsx and .pdf (with -en before the extension for English)."})
public final class ReportPlanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    LanguageOption lang;
    @Mixin
    PlanOption planOption;

    @Option(names = "--year", paramLabel = "YYYY", required = true, description = "The plan year (budget year) to report.")
    int year;

    @Option(names = "--history", paramLabel = "FILE",
            description = "Balance-requirement history CSV. Default: the workspace's (balance_requirement= in "
                    + "balans.properties), if there is one.")
    Path history;

    @Option(names = "--drivers", paramLabel = "DIR",
            description = "The plan's drivers (docs/plan-drivers.md). Default: the plan directory's drivers/, if any.")
    Path drivers;

    @Mixin
    ReportOutputOptions output;

    @Mixin
    StoreOption storeOption;

    @Override
    public Integer call() throws IOException {
        PrintWriter w = spec.commandLine().getOut();
        Path dir = planOption.ownDir();
        Optional<Path> historyFile = history != null ? Optional.of(BalansHome.resolve(history))
                : WorkspaceLookup.find().map(ws -> ws.balanceRequirement()).filter(java.nio.file.Files::isRegularFile);
        try (Store store = storeOption.open()) {
            Optional<Path> driversDir = drivers != null ? Optional.of(BalansHome.resolve(drivers))
                    : WritePlanReport.defaultDrivers(dir);
            WritePlanReport.run(store, new WritePlanReport.Request(dir, year, historyFile, lang.language(),
                    output.output(), driversDir)).forEach(w::println);
        }
        w.flush();
        return ExitCode.OK;
    }
}
