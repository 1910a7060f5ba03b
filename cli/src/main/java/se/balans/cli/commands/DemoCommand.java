package se.balans.cli.commands;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import se.balans.cli.BalansHome;
import se.balans.cli.ExitCode;
import se.balans.cli.LanguageOption;
import se.balans.engine.balancerequirement.RestorationSchedule;
import se.balans.engine.plan.RegionalPlan;
import se.balans.io.history.BalanceRequirementHistory;
import se.balans.io.plan.PlanDirectoryReader;
import se.balans.reports.balancerequirement.BalanceRequirementTables;
import se.balans.reports.plan.PlanTables;
import se.balans.reports.table.TextTableRenderer;
import se.balans.reports.text.Labels;

/** {@code balans demo}: the main job on the sample data of Region Västerbotten. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the main job on the sample data (Region Västerbotten): the regional plan's",
                "key figures, the financial goals and the balance-requirement restoration schedule."})
public final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    LanguageOption lang;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Labels l = lang.labels();
        TextTableRenderer r = new TextTableRenderer(lang.numbers());
        RegionalPlan plan = PlanDirectoryReader.read(BalansHome.sampleRegion());
        out.println(l.format("demo.title", plan.region()));
        out.println();
        PlanTables pt = new PlanTables(plan, l);
        out.println(r.render(pt.summary()));
        out.println(r.render(pt.goals(plan.planYear())));
        RestorationSchedule schedule = BalanceRequirementHistory
                .read(BalansHome.sampleRegion().resolve("balance-requirement.csv")).schedule();
        out.print(r.render(new BalanceRequirementTables(schedule, l).restoration()));
        out.flush();
        return ExitCode.OK;
    }
}
