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
import se.balans.cli.StoreOption;
import se.balans.cli.output.MachineOutput;
import se.balans.cli.output.OutputFormat;
import se.balans.reports.table.Cell;
import se.balans.reports.table.Table;
import se.balans.reports.table.TextTableRenderer;
import se.balans.reports.text.Labels;
import se.balans.store.ClosingInfo;
import se.balans.store.ImportInfo;
import se.balans.store.Store;

/** {@code balans status}: what is imported and what is closed. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show the imported files (with their SHA-256) and the closings, reopened ones included.")
public final class StatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    LanguageOption lang;
    @Mixin
    StoreOption storeOption;

    @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table",
            description = "table (default), csv or json.")
    OutputFormat format;

    @Override
    public Integer call() throws IOException {
        List<ImportInfo> imports;
        List<ClosingInfo> closings;
        try (Store store = storeOption.open()) {
            imports = store.imports();
            closings = store.closings();
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case table -> table(imports, closings, out);
            case csv -> csv(imports, closings, out);
            case json -> json(imports, closings, out);
        }
        out.flush();
        return ExitCode.OK;
    }

    private void table(List<ImportInfo> imports, List<ClosingInfo> closings, PrintWriter out) {
        Labels l = lang.labels();
        TextTableRenderer r = new TextTableRenderer(lang.numbers());
        out.println(l.format("status.store", se.balans.store.jooq.Database.redact(storeOption.url())));
        out.println();
        Table.Builder ti = Table.builder(l.get("status.imports.title"), l.get("status.col.file"),
                List.of("#", l.get("status.col.months"), l.get("status.col.vouchers"), l.get("status.col.rows"),
                        "SHA-256", l.get("status.col.imported"), l.get("status.col.state")));
        for (ImportInfo i : imports) {
            ti.row(i.fileName(), List.of(Cell.text(String.valueOf(i.id())),
                    Cell.text(i.firstPeriod().map(f -> f + "–" + i.lastPeriod().orElseThrow()).orElse("")),
                    count(i.vouchers()), count(i.rows()), Cell.text(i.sha256().substring(0, 12)),
                    Cell.text(i.importedAt().toLocalDate() + " " + i.importedBy()),
                    Cell.text(i.current() ? l.get("status.current") : l.format("status.superseded",
                            i.supersededBy().orElseThrow()))));
        }
        out.println(r.render(ti.build()));
        Table.Builder tc = Table.builder(l.get("status.closings.title"), l.get("status.col.month"),
                List.of("#", l.get("status.col.closed"), l.get("status.col.engine"), l.get("status.col.inputs"),
                        l.get("status.col.state")));
        for (ClosingInfo c : closings) {
            tc.row(c.period().toString(), List.of(Cell.text(String.valueOf(c.id())),
                    Cell.text(c.closedAt().toLocalDate() + " " + c.closedBy()), Cell.text(c.engineVersion()),
                    Cell.text(c.inputsSha256().substring(0, 12)),
                    Cell.text(c.valid() ? l.get("status.closed") : l.format("status.reopened",
                            c.reopenedAt().map(t -> t.toLocalDate().toString()).orElse(""),
                            c.reopenedBy().orElse("")))));
        }
        out.print(r.render(tc.build()));
    }

    private static Cell count(long n) {
        return new Cell.Number(java.math.BigDecimal.valueOf(n), 0);
    }

    private static void csv(List<ImportInfo> imports, List<ClosingInfo> closings, PrintWriter out) throws IOException {
        try (CSVPrinter p = MachineOutput.csv(out, List.of("kind", "id", "subject", "sha256", "at", "by", "state",
                "detail"))) {
            for (ImportInfo i : imports) {
                p.printRecord("import", i.id(), i.fileName(), i.sha256(), i.importedAt(), i.importedBy(),
                        i.current() ? "current" : "superseded", i.firstPeriod().map(Object::toString).orElse("") + ".."
                                + i.lastPeriod().map(Object::toString).orElse(""));
            }
            for (ClosingInfo c : closings) {
                p.printRecord("closing", c.id(), c.period(), c.inputsSha256(), c.closedAt(), c.closedBy(),
                        c.valid() ? "closed" : "reopened", "engine " + c.engineVersion());
            }
        }
    }

    private static void json(List<ImportInfo> imports, List<ClosingInfo> closings, PrintWriter out) throws IOException {
        try (JsonGenerator g = MachineOutput.json(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("imports");
            for (ImportInfo i : imports) {
                g.writeStartObject();
                g.writeNumberField("id", i.id());
                g.writeStringField("file", i.fileName());
                g.writeStringField("sha256", i.sha256());
                g.writeNumberField("size_bytes", i.sizeBytes());
                g.writeStringField("format", i.format());
                g.writeNumberField("vouchers", i.vouchers());
                g.writeNumberField("rows", i.rows());
                g.writeStringField("first_month", i.firstPeriod().map(Object::toString).orElse(null));
                g.writeStringField("last_month", i.lastPeriod().map(Object::toString).orElse(null));
                g.writeStringField("imported_at", i.importedAt().toString());
                g.writeStringField("imported_by", i.importedBy());
                g.writeBooleanField("current", i.current());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("closings");
            for (ClosingInfo c : closings) {
                g.writeStartObject();
                g.writeNumberField("id", c.id());
                g.writeStringField("month", c.period().toString());
                g.writeBooleanField("valid", c.valid());
                g.writeStringField("closed_at", c.closedAt().toString());
                g.writeStringField("closed_by", c.closedBy());
                g.writeStringField("engine_version", c.engineVersion());
                g.writeStringField("inputs_sha256", c.inputsSha256());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.println();
    }
}
