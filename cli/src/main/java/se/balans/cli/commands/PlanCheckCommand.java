package se.balans.cli.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.commons.csv.CSVPrinter;

import com.fasterxml.jackson.core.JsonGenerator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.balans.cli.ExitCode;
import se.balans.cli.LanguageOption;
import se.balans.cli.output.MachineOutput;
import se.balans.cli.output.OutputFormat;
import se.balans.engine.check.ConsistencyCheck;
import se.balans.engine.check.Finding;
import se.balans.engine.plan.RegionalPlan;
import se.balans.reports.text.Labels;
import se.balans.reports.text.NumberStyle;

/** {@code balans plan check}: do the plan's figures tie? Exit 1 when they do not. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check that the plan's figures tie: totals, assets = equity + provisions + liabilities,",
                "frames = net operating cost, the frame bridge, equity and cash rolled forward, and the",
                "result and depreciation carried between statements. Exit code 1 when a check fails."})
public final class PlanCheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    LanguageOption lang;
    @Mixin
    PlanOption planOption;

    @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table",
            description = "table (default), csv or json.")
    OutputFormat format;

    @Override
    public Integer call() throws IOException {
        RegionalPlan plan = planOption.read();
        List<Finding> findings = ConsistencyCheck.check(plan);
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case table -> table(findings, out);
            case csv -> csv(findings, out);
            case json -> json(findings, out);
        }
        out.flush();
        return findings.isEmpty() ? ExitCode.OK : ExitCode.CHECK_FAILED;
    }

    private void table(List<Finding> findings, PrintWriter out) {
        Labels l = lang.labels();
        NumberStyle n = lang.numbers();
        if (findings.isEmpty()) {
            out.println(l.format("check.ok", planOption.dir()));
            return;
        }
        out.println(l.format("check.findings", findings.size()));
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

    private static void csv(List<Finding> findings, PrintWriter out) throws IOException {
        try (CSVPrinter p = MachineOutput.csv(out, List.of("year", "statement", "line", "rule", "given", "expected",
                "difference", "detail"))) {
            for (Finding f : findings) {
                p.printRecord(f.year(), f.statement(), f.line(), f.rule().code(), MachineOutput.plain(f.given().toMnkr()),
                        MachineOutput.plain(f.expected().toMnkr()), MachineOutput.plain(f.difference().toMnkr()),
                        f.detail());
            }
        }
    }

    private static void json(List<Finding> findings, PrintWriter out) throws IOException {
        try (JsonGenerator g = MachineOutput.json(out)) {
            g.writeStartObject();
            g.writeBooleanField("consistent", findings.isEmpty());
            g.writeArrayFieldStart("findings");
            for (Finding f : findings) {
                g.writeStartObject();
                g.writeNumberField("year", f.year());
                g.writeStringField("statement", f.statement());
                g.writeStringField("line", f.line());
                g.writeStringField("rule", f.rule().code());
                MachineOutput.amount(g, "given", f.given());
                MachineOutput.amount(g, "expected", f.expected());
                MachineOutput.amount(g, "difference", f.difference());
                g.writeStringField("detail", f.detail());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.println();
    }
}
