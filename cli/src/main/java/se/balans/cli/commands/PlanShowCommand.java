package se.balans.cli.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;

import se.balans.app.plan.ShowPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.balans.cli.ExitCode;
import se.balans.cli.LanguageOption;
import se.balans.cli.output.FormatOption;
import se.balans.engine.plan.RegionalPlan;
import se.balans.reports.plan.PlanTables;
import se.balans.reports.table.TextTableRenderer;

/** {@code balans plan show}: the plan's budgets, frames, investments, ratios and goals. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Show the regional plan: result, balance and cash-flow budgets, frames and the frame "
                + "bridge, investments, key ratios and the financial goals with their evaluation."})
public final class PlanShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    LanguageOption lang;
    @Mixin
    PlanOption planOption;

    @Option(names = "--year", paramLabel = "YYYY",
            description = "Only this year (frames, bridge and goals of this year). Default: every year; "
                    + "frames and goals of the plan year.")
    Integer year;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() throws IOException {
        ShowPlan.Result r = ShowPlan.run(planOption.dir(), Optional.ofNullable(year));
        format.print(spec.commandLine().getOut(), r.data(), out -> table(r.plan(), r.focus(), out));
        return ExitCode.OK;
    }

    private void table(RegionalPlan plan, int focus, PrintWriter out) {
        PlanTables t = new PlanTables(plan, lang.labels(), Optional.ofNullable(year));
        TextTableRenderer r = new TextTableRenderer(lang.numbers());
        if (!plan.incomeStatements().isEmpty()) {
            out.println(r.render(t.summary()));
            out.println(r.render(t.incomeStatement()));
        }
        if (!plan.balanceSheets().isEmpty()) {
            out.println(r.render(t.balanceSheet()));
        }
        if (!plan.cashFlows().isEmpty()) {
            out.println(r.render(t.cashFlow()));
        }
        if (!plan.frames(focus).isEmpty()) {
            out.println(r.render(t.frames(focus)));
        }
        if (!plan.investmentPlan().isEmpty()) {
            out.println(r.render(t.investments()));
        }
        if (!plan.goals(focus).isEmpty()) {
            out.println(r.render(t.goals(focus)));
        }
    }
}
