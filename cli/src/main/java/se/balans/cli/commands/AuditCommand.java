package se.balans.cli.commands;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;

import se.balans.app.history.ShowAuditLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import se.balans.cli.ExitCode;
import se.balans.cli.LanguageOption;
import se.balans.cli.StoreOption;
import se.balans.cli.output.FormatOption;
import se.balans.reports.history.AuditData;
import se.balans.reports.history.AuditRecord;
import se.balans.reports.history.HistoryTables;
import se.balans.reports.table.TextTableRenderer;
import se.balans.store.Store;

/** {@code balans audit}: the audit log — who did what, when. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Show the audit log (behandlingshistorik): every import, closing, reopening and report, with "
                + "the operating-system user, the time and what was done."})
public final class AuditCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    LanguageOption lang;
    @Mixin
    StoreOption storeOption;
    @Mixin
    FormatOption format;

    @Override
    public Integer call() throws IOException {
        List<AuditRecord> log;
        try (Store store = storeOption.open()) {
            log = ShowAuditLog.run(store);
        }
        format.print(spec.commandLine().getOut(), new AuditData(log),
                out -> out.print(new TextTableRenderer(lang.numbers()).render(new HistoryTables(lang.labels())
                        .auditLog(log))));
        return ExitCode.OK;
    }
}
