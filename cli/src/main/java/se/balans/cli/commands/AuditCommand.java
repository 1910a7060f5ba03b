package se.balans.cli.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.commons.csv.CSVPrinter;

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
import se.balans.store.AuditEntry;
import se.balans.store.Store;

/** {@code balans audit}: the audit log — who did what, when. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Show the audit log (behandlingshistorik): every import, closing, reopening and report, with",
                "the operating-system user, the time and what was done."})
public final class AuditCommand implements Callable<Integer> {
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
        List<AuditEntry> log;
        try (Store store = storeOption.open()) {
            log = store.auditLog();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.table) {
            Table.Builder t = Table.builder(lang.labels().get("audit.title"), lang.labels().get("audit.col.at"),
                    List.of(lang.labels().get("audit.col.user"), lang.labels().get("audit.col.action"),
                            lang.labels().get("audit.col.subject"), lang.labels().get("audit.col.details")));
            for (AuditEntry e : log) {
                t.row(e.at().toString(), List.of(Cell.text(e.osUser()), Cell.text(e.action()), Cell.text(e.subject()),
                        Cell.text(e.details())));
            }
            out.print(new TextTableRenderer(lang.numbers()).render(t.build()));
        } else if (format == OutputFormat.json) {
            try (com.fasterxml.jackson.core.JsonGenerator g = MachineOutput.json(out)) {
                g.writeStartArray();
                for (AuditEntry e : log) {
                    g.writeStartObject();
                    g.writeNumberField("id", e.id());
                    g.writeStringField("at", e.at().toString());
                    g.writeStringField("os_user", e.osUser());
                    g.writeStringField("action", e.action());
                    g.writeStringField("subject", e.subject());
                    g.writeStringField("details", e.details());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            out.println();
        } else {
            try (CSVPrinter p = MachineOutput.csv(out, List.of("id", "at", "os_user", "action", "subject", "details"))) {
                for (AuditEntry e : log) {
                    p.printRecord(e.id(), e.at(), e.osUser(), e.action(), e.subject(), e.details());
                }
            }
        }
        out.flush();
        return ExitCode.OK;
    }
}
