package se.balans.cli.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import se.balans.app.plan.CheckPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import se.balans.cli.ExitCode;
import se.balans.cli.LanguageOption;
import se.balans.cli.output.FormatOption;
import se.balans.engine.check.Finding;
import se.balans.reports.plan.PlanCheckData;
import se.balans.reports.text.Labels;
import se.balans.reports.text.NumberStyle;

/** {@code balans plan check}: do the plan's figures tie? Exit 1 when they do not. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check that the plan's figures tie: totals, assets = equity + provisions + liabilities, "
                + "frames = net operating cost, the frame bridge, equity and cash rolled forward, and the "
                + "result and depreciation carried between statements. Exit code 1 when a check fails."})
public final class PlanCheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    LanguageOption lang;
    @Mixin
    PlanOption planOption;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() throws IOException {
        List<Finding> findings = CheckPlan.run(planOption.dir()).findings();
        format.print(spec.commandLine().getOut(), new PlanCheckData(findings), out -> table(findings, out));
        return findings.isEmpty() ? ExitCode.OK : ExitCode.CHECK_FAILED;
    }

    private void table(List<Finding> findings, PrintWriter out) {
        Labels l = lang.labels();
        NumberStyle n = lang.numbers();
        if (findings.isEmpty()) {
            out.println(l.format("check.ok", planOption.dir()));
            return;
        }
        out.println(findings.size() == 1 ? l.get("check.finding_one") : l.format("check.findings", findings.size()));
        for (Finding f : findings) {
            out.println("  " + l.format("check.finding", f.year(), l.get("statement." + f.statement()), lineLabel(l, f),
                    n.mnkrWithUnit(f.given()), n.mnkrWithUnit(f.expected()),
                    l.get("check.rule." + f.rule().code()) + ": " + detail(l, f)));
        }
    }

    private static String lineLabel(Labels l, Finding f) {
        return label(l, f.statement(), f.line());
    }

    /** "fixed_assets + current_assets" in the reader's words. */
    private static String detail(Labels l, Finding f) {
        List<String> parts = new java.util.ArrayList<>();
        for (String code : f.detail().split(" \\+ ")) {
            parts.add(label(l, f.statement(), code));
        }
        return String.join(" + ", parts);
    }

    private static String label(Labels l, String statement, String code) {
        try {
            return l.get("line." + statement + "." + code);
        } catch (IllegalStateException e) {
            return code; // a committee code, a change kind or a reference to another year
        }
    }
}
