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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.balans.app.plan.ComputePlan;
import se.balans.cli.ExitCode;
import se.balans.cli.LanguageOption;
import se.balans.cli.output.FormatOption;
import se.balans.engine.plan.drivers.RequiredResult;
import se.balans.engine.plan.drivers.ScenarioOutcome;
import se.balans.reports.plan.ComputedPlanData;
import se.balans.reports.plan.ComputedPlanTables;
import se.balans.reports.table.TextTableRenderer;
import se.balans.reports.text.Labels;

/** {@code balans plan compute DRIVERS}: the plan computed from its drivers, with scenarios and sensitivity. */
@Command(name = "compute", mixinStandardHelpOptions = true,
        description = {"Compute the regional plan from its drivers (docs/plan-drivers.md): frames with the bridge by "
                + "rule (index, PO-pålägg, pensions, depreciation, decisions), taxes and grants, the result, balance and "
                + "cash-flow budgets, and the least result each plan year needs to restore earlier deficits; then "
                + "every scenario side by side and the sensitivity table (känslighetsanalys). With --out, write the plan "
                + "as a plan directory that plan show, plan check and report plan read. Exit code 1 when a plan year "
                + "falls short of what the restoration requires (flagged in words)."})
public final class PlanComputeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    LanguageOption lang;

    @Parameters(index = "0", paramLabel = "DRIVERS", description = "The drivers directory (drivers.properties and its files).")
    Path drivers;

    @Option(names = "--out", paramLabel = "DIR", description = "Write the computed plan directory here.")
    Path out;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() throws IOException {
        ComputePlan.Result r = ComputePlan.run(drivers, Optional.ofNullable(out));
        PrintWriter w = spec.commandLine().getOut();
        format.print(w, new ComputedPlanData(r.plan(), r.scenarios(), r.sensitivity()), text -> text(r, text));
        return r.plan().shortfalls().isEmpty() ? ExitCode.OK : ExitCode.CHECK_FAILED;
    }

    private void text(ComputePlan.Result r, PrintWriter w) {
        Labels l = lang.labels();
        ComputedPlanTables t = new ComputedPlanTables(r.plan(), l);
        TextTableRenderer render = new TextTableRenderer(lang.numbers());
        w.println(render.render(t.bridge()));
        w.println(render.render(t.required()));
        w.println(render.render(t.scenarios(r.scenarios(), "result", ScenarioOutcome::result)));
        w.println(render.render(t.scenarios(r.scenarios(), "bkr", ScenarioOutcome::balanceRequirementResult)));
        w.println(render.render(t.scenarios(r.scenarios(), "debt", ScenarioOutcome::debt)));
        w.println(render.render(t.scenarioGoals(r.scenarios())));
        w.println(render.render(t.sensitivity(r.sensitivity())));
        for (RequiredResult s : r.plan().shortfalls()) {
            w.println(l.format("plan.compute.shortfall", s.year(), lang.numbers().mnkr(s.shortfall(), 1)));
        }
        r.written().ifPresent(dir -> w.println(l.format("plan.compute.written", dir)));
    }
}
