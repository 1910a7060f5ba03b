package se.balans.cli.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import se.balans.app.balancerequirement.ShowBalanceRequirement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.balans.cli.BalansHome;
import se.balans.cli.WorkspaceLookup;
import se.balans.cli.ExitCode;
import se.balans.cli.LanguageOption;
import se.balans.cli.output.FormatOption;
import se.balans.engine.balancerequirement.RestorationSchedule;
import se.balans.reports.balancerequirement.BalanceRequirementData;
import se.balans.reports.balancerequirement.BalanceRequirementTables;
import se.balans.reports.table.TextTableRenderer;

/** {@code balans balance-requirement}: the balanskravsutredning and the restoration schedule. */
@Command(name = "balance-requirement", mixinStandardHelpOptions = true,
        description = {"Compute the balance requirement (balanskravsutredning) year by year and the schedule "
                + "for restoring negative results: each deficit by year of origin with its three-year deadline, "
                + "restored oldest first, synnerliga skäl applied, missed deadlines flagged, the result each "
                + "year requires, and the resultatreserv ceiling when taxes_and_grants is given."})
public final class BalanceRequirementCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    LanguageOption lang;

    @Option(names = "--history", paramLabel = "FILE",
            description = "The balance-requirement history CSV (see README: file formats). Default: the "
                    + "workspace's (balance_requirement= in balans.properties).")
    Path history;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() throws IOException {
        RestorationSchedule schedule = ShowBalanceRequirement.run(history != null ? BalansHome.resolve(history)
                : WorkspaceLookup.require("--history FILE").balanceRequirement());
        format.print(spec.commandLine().getOut(), new BalanceRequirementData(schedule), out -> {
            BalanceRequirementTables t = new BalanceRequirementTables(schedule, lang.labels());
            TextTableRenderer r = new TextTableRenderer(lang.numbers());
            out.println(r.render(t.statement()));
            out.print(r.render(t.restoration()));
        });
        return ExitCode.OK;
    }
}
