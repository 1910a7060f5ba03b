package se.balans.cli.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import se.balans.app.history.ShowStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import se.balans.cli.ExitCode;
import se.balans.cli.LanguageOption;
import se.balans.cli.StoreOption;
import se.balans.cli.output.FormatOption;
import se.balans.reports.history.ClosingRecord;
import se.balans.reports.history.HistoryTables;
import se.balans.reports.history.ImportRecord;
import se.balans.reports.table.TextTableRenderer;
import se.balans.cli.WorkspaceLookup;
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
    @Mixin
    FormatOption format;

    @Override
    public Integer call() throws IOException {
        ShowStatus.Result r;
        try (Store store = storeOption.open()) {
            r = ShowStatus.run(store);
        }
        format.print(spec.commandLine().getOut(), r.data(), out -> table(r, out));
        return ExitCode.OK;
    }

    private void table(ShowStatus.Result status, PrintWriter out) {
        List<ImportRecord> imports = status.imports();
        List<ClosingRecord> closings = status.closings();
        HistoryTables t = new HistoryTables(lang.labels());
        TextTableRenderer r = new TextTableRenderer(lang.numbers());
        WorkspaceLookup.find().ifPresent(w -> out.println(lang.labels().format("status.workspace",
                w.organisation().name(), w.organisation().number(), w.fiscalYear(), w.root())));
        out.println(lang.labels().format("status.store", se.balans.store.jooq.Database.redact(storeOption.url())));
        out.println();
        out.println(r.render(t.imports(imports)));
        out.println(r.render(t.periods(status.periods())));
        out.print(r.render(t.closings(closings)));
    }
}
