package se.balans.cli.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.commons.csv.CSVPrinter;

import com.fasterxml.jackson.core.JsonGenerator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.balans.cli.BalansHome;
import se.balans.cli.ExitCode;
import se.balans.cli.LanguageOption;
import se.balans.cli.output.MachineOutput;
import se.balans.cli.output.OutputFormat;
import se.balans.engine.balancerequirement.BalanceRequirementLine;
import se.balans.engine.balancerequirement.RestorationSchedule;
import se.balans.engine.balancerequirement.RestorationYear;
import se.balans.io.history.BalanceRequirementHistory;
import se.balans.reports.balancerequirement.BalanceRequirementTables;
import se.balans.reports.table.TextTableRenderer;

/** {@code balans balance-requirement}: the balanskravsutredning and the restoration schedule. */
@Command(name = "balance-requirement", mixinStandardHelpOptions = true,
        description = {"Compute the balance requirement (balanskravsutredning) year by year and the schedule",
                "for restoring negative results: each deficit by year of origin with its three-year deadline,",
                "restored oldest first, synnerliga skäl applied, missed deadlines flagged, the result each",
                "year requires, and the resultatreserv ceiling when taxes_and_grants is given."})
public final class BalanceRequirementCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    LanguageOption lang;

    @Option(names = "--history", paramLabel = "FILE", required = true,
            description = "The balance-requirement history CSV (see README: file formats).")
    Path history;

    @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table",
            description = "table (default), csv (one row per year) or json.")
    OutputFormat format;

    @Override
    public Integer call() throws IOException {
        RestorationSchedule schedule = BalanceRequirementHistory.read(BalansHome.resolve(history)).schedule();
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case table -> {
                BalanceRequirementTables t = new BalanceRequirementTables(schedule, lang.labels());
                TextTableRenderer r = new TextTableRenderer(lang.numbers());
                out.println(r.render(t.statement()));
                out.print(r.render(t.restoration()));
            }
            case csv -> csv(schedule, out);
            case json -> json(schedule, out);
        }
        out.flush();
        return ExitCode.OK;
    }

    /** The auditors' CSV: the columns are fixed by the file-format specification in the README. */
    static void csv(RestorationSchedule schedule, PrintWriter out) throws IOException {
        List<String> header = new ArrayList<>(List.of("year", "result", "result_after_adjustments",
                "balance_requirement_result", "special_reasons", "opening_unrestored", "closing_unrestored",
                "missed_deadline", "required_result"));
        schedule.originYears().forEach(o -> header.add("unrestored_from_" + o));
        try (CSVPrinter p = MachineOutput.csv(out, header)) {
            for (RestorationYear y : schedule.years()) {
                List<Object> row = new ArrayList<>();
                row.add(y.year());
                row.add(n(y.input().result()));
                row.add(n(y.input().resultAfterAdjustments()));
                row.add(n(y.balanceRequirementResult()));
                row.add(n(y.specialReasons()));
                row.add(n(y.openingUnrestored()));
                row.add(n(y.closingUnrestored()));
                row.add(y.missedDeadline());
                row.add(n(y.requiredResult()));
                schedule.originYears().forEach(o -> row.add(n(y.unrestoredFrom(o))));
                p.printRecord(row);
            }
        }
    }

    private static String n(se.balans.engine.money.Money m) {
        return MachineOutput.plain(m.toMnkr());
    }

    static void json(RestorationSchedule schedule, PrintWriter out) throws IOException {
        try (JsonGenerator g = MachineOutput.json(out)) {
            g.writeStartObject();
            g.writeStringField("unit", "mnkr");
            g.writeArrayFieldStart("years");
            for (RestorationYear y : schedule.years()) {
                g.writeStartObject();
                g.writeNumberField("year", y.year());
                g.writeObjectFieldStart("balanskravsutredning");
                for (BalanceRequirementLine line : BalanceRequirementLine.values()) {
                    MachineOutput.amount(g, line.code(), y.input().amount(line));
                }
                g.writeEndObject();
                MachineOutput.amount(g, "special_reasons", y.specialReasons());
                MachineOutput.amount(g, "opening_unrestored", y.openingUnrestored());
                MachineOutput.amount(g, "closing_unrestored", y.closingUnrestored());
                g.writeObjectFieldStart("unrestored_by_origin");
                for (var e : y.unrestoredByOrigin().entrySet()) {
                    MachineOutput.amount(g, String.valueOf(e.getKey()), e.getValue());
                }
                g.writeEndObject();
                g.writeObjectFieldStart("restored");
                for (var e : y.restored().entrySet()) {
                    MachineOutput.amount(g, String.valueOf(e.getKey()), e.getValue());
                }
                g.writeEndObject();
                g.writeObjectFieldStart("waived");
                for (var e : y.waived().entrySet()) {
                    MachineOutput.amount(g, String.valueOf(e.getKey()), e.getValue());
                }
                g.writeEndObject();
                MachineOutput.amount(g, "required_result", y.requiredResult());
                g.writeBooleanField("missed_deadline", y.missedDeadline());
                g.writeArrayFieldStart("missed_deadline_origins");
                for (int o : y.missedDeadlines()) {
                    g.writeNumber(o);
                }
                g.writeEndArray();
                MachineOutput.amount(g, "reserve_balance", y.reserveBalance());
                if (y.reserveCeiling().isPresent()) {
                    MachineOutput.amount(g, "reserve_max_allocation", y.reserveCeiling().get().maxAllocation());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.println();
    }
}
