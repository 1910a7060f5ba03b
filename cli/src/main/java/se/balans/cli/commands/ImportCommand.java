package se.balans.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.balans.app.ledger.ImportLedger;
import se.balans.cli.BalansHome;
import se.balans.cli.ExitCode;
import se.balans.cli.LanguageOption;
import se.balans.cli.StoreOption;
import se.balans.cli.WorkspaceLookup;
import se.balans.io.workspace.Workspace;
import se.balans.cli.output.Progress;
import se.balans.cli.output.Summaries;
import se.balans.store.ImportMode;
import se.balans.io.InputFileException;
import se.balans.io.ledger.LedgerWarning;
import se.balans.store.Store;

/** {@code balans import FILE…}: reads ledger files (SIE 4 or CSV) into the store. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import ledger files: SIE 4 (types 1–4 and 4I, checksum verified, encoding detected) or "
                + "the CSV ledger format. The files of one command land together or not at all (one transaction), "
                + "each recorded with its SHA-256, size and counts. An export covers every month from its first "
                + "voucher's to its last's, a month without vouchers included; a file of late vouchers (--add) only "
                + "its vouchers' months. A file already imported, or one whose months another import supplies, is "
                + "refused unless --replace (a new export of those months: it supersedes the earlier import, which "
                + "is kept for the closings that read it) or --add (late vouchers: added to those months). Lists the "
                + "closings the "
                + "import made stale (docs/closing.md: Stale closings). What was tolerated in a file (a record "
                + "Balans does not need that its program wrote wrongly, a voucher number reused with other content) "
                + "is listed on stderr after its summary, as 'balans: warning: FILE:LINE: …'. A file of another "
                + "organisation than the workspace's (its #ORGNR, else its #FNAMN) is refused (exit 4)."})
public final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    LanguageOption lang;
    @Mixin
    StoreOption storeOption;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Ledger files (.se/.si/.sie or .csv).")
    List<Path> files;

    @Option(names = "--replace", description = {"A new export of months already imported (e.g. the year to date):",
            "it supersedes the imports it overlaps. Refused if that would leave a month they supplied without a "
            + "ledger (see --drop) or replace a month with less than half its rows (that is a file of late "
            + "vouchers: --add)."})
    boolean replace;

    @Option(names = "--add", description = {"A file of late vouchers (or another ledger of the same months): its "
            + "amounts add to the months it covers, which other imports keep supplying."})
    boolean add;

    @Option(names = "--drop", paramLabel = "YYYY-MM", split = ",", converter = YearMonthConverter.class,
            description = "With --replace: months the replacement may leave without a ledger, named on purpose.")
    List<YearMonth> drop;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        // The store opens on another thread while the first file is read (see ImportLedger).
        if (replace && add) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--replace and --add exclude each other: "
                    + "a file either replaces the months it covers or adds to them");
        }
        if (drop != null && !replace) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--drop goes with --replace");
        }
        ImportMode mode = replace ? ImportMode.replace(drop == null ? Set.of() : Set.copyOf(drop))
                : add ? ImportMode.ADD : ImportMode.NEW;
        // A ledger is always some organisation's: the workspace says whose this store holds.
        Workspace workspace = WorkspaceLookup.require(null);
        CompletableFuture<Store> opening = CompletableFuture.supplyAsync(() -> storeOption.open(workspace));
        try {
            List<ImportLedger.Request> requests = files.stream()
                    .map(f -> new ImportLedger.Request(BalansHome.resolve(f), mode, workspace.organisation())).toList();
            Progress[] progress = {Progress.none()};
            List<ImportLedger.Imported> imported;
            try {
                imported = ImportLedger.runAll(opening, requests, file -> {
                    progress[0] = Progress.stderr(spec.commandLine().getErr(),
                            lang.labels().get("progress.importing") + " " + file.getFileName());
                    return progress[0]::bytes;
                }, (file, summary) -> progress[0].done());
            } finally {
                progress[0].done();
            }
            // Printed once all files have landed: one transaction, so nothing is reported that did not.
            for (int i = 0; i < imported.size(); i++) {
                ImportLedger.Imported r = imported.get(i);
                out.println(Summaries.imported(r, lang.labels(), lang.numbers()));
                r.madeStale().forEach(s -> out.println(Summaries.stale(s, lang.labels())));
                out.flush();
                warnings(requests.get(i).file(), r);
            }
        } finally {
            try {
                ImportLedger.join(opening).close();
            } catch (RuntimeException notOpened) {
                // The store never opened; the import has already reported why it stopped.
            }
        }
        return ExitCode.OK;
    }

    /** How many warnings of one field are shown before the rest are only counted. */
    static final int SHOWN_PER_FIELD = 5;

    /** After the file's summary: what its reader tolerated, so that the finance unit sees the export was not clean. */
    private void warnings(Path file, ImportLedger.Imported r) {
        PrintWriter err = spec.commandLine().getErr();
        String name = InputFileException.printable(file.toString());
        // A program that writes a fault once writes it on every such line: the first few of each field are shown,
        // the rest counted, so that a different fault further down is not lost in the flood.
        java.util.Map<String, long[]> hidden = new java.util.LinkedHashMap<>();
        java.util.Map<String, Integer> shown = new java.util.HashMap<>();
        for (LedgerWarning w : r.warnings()) {
            if (shown.merge(w.field(), 1, Integer::sum) <= SHOWN_PER_FIELD) {
                err.println("balans: warning: " + w.in(name));
            } else {
                long[] h = hidden.computeIfAbsent(w.field(), f -> new long[] {0, w.line(), w.line()});
                h[0]++;
                h[2] = w.line();
            }
        }
        hidden.forEach((field, h) -> err.println("balans: warning: " + name + ": " + h[0] + " more like these on "
                + (field.isEmpty() ? "the file" : field) + (h[1] > 0 ? " (lines " + h[1] + "–" + h[2] + ")" : "")));
        long more = r.warningCount() - r.warnings().size();
        if (more > 0) {
            err.println("balans: warning: " + name + ": " + more + " more warnings like these ("
                    + r.warningCount() + " in all)");
        }
        err.flush();
    }
}
