package se.balans.cli.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.balans.cli.ExitCode;
import se.balans.cli.LanguageOption;
import se.balans.cli.StoreOption;
import se.balans.cli.UserException;
import se.balans.cli.report.ReportOutputOptions;
import se.balans.reports.closing.MonthlyReport;
import se.balans.reports.document.DocumentMetadata;
import se.balans.reports.document.ReportDocument;
import se.balans.reports.text.Language;
import se.balans.store.ClosingInfo;
import se.balans.store.Store;
import se.balans.store.StoredClosing;

/** {@code balans report monthly}: the monthly report (månadsrapport) of a closed month. */
@Command(name = "monthly", mixinStandardHelpOptions = true,
        description = {"Write the monthly report (månadsrapport) of a closed month, from the closing as 'balans close'",
                "stored it: the summary in words, the result statement to date against budget and last year, the",
                "committees against their periodised frames, the forecast's basis and its back-test, with charts.",
                "The documents carry the closing's input fingerprint and are dated when the month was closed.",
                "Prints the written paths. Files: manadsrapport-YYYY-MM.xlsx and .pdf (-en before the extension",
                "for English). A month that is not closed is refused (exit code 3)."})
public final class ReportMonthlyCommand implements Callable<Integer> {
    static final String BASE_NAME = "manadsrapport";

    @Spec
    CommandSpec spec;
    @Mixin
    LanguageOption lang;
    @Mixin
    StoreOption storeOption;
    @Mixin
    PlanOption planOption;
    @Mixin
    ReportOutputOptions output;

    @Option(names = "--month", paramLabel = "YYYY-MM", required = true, converter = YearMonthConverter.class,
            description = "The closed month to report.")
    YearMonth month;

    @Override
    public Integer call() throws IOException {
        PrintWriter w = spec.commandLine().getOut();
        try (Store store = storeOption.open()) {
            StoredClosing stored = closing(store, month);
            List<Path> files = write(stored, planOption.read().region(), lang.language(), output);
            se.balans.cli.report.ReportAudit.record(store, "monthly report " + month + " from closing #"
                    + stored.info().id() + ", inputs " + stored.info().inputsSha256(), files);
            files.forEach(w::println);
        }
        w.flush();
        return ExitCode.OK;
    }

    /** The valid closing of the month, or a refusal that says how to close it. */
    static StoredClosing closing(Store store, YearMonth month) {
        return store.closing(month).orElseThrow(() -> new UserException(ExitCode.BAD_INPUT,
                month + " is not closed, so there is no monthly report for it; close it first: balans close " + month));
    }

    /**
     * Writes the monthly report of a stored closing; returns the written paths. Also the demo's.
     *
     * <p>The documents are the closing's: its input fingerprint (SHA-256 over the imports and the
     * configuration it read) and engine version, and its time of closing as their date. So the
     * report of a closing is the same file whenever it is written, and names the closing it shows.
     *
     * @param region the region's name, from its plan
     */
    static List<Path> write(StoredClosing stored, String region, Language language, ReportOutputOptions output)
            throws IOException {
        ClosingInfo info = stored.info();
        DocumentMetadata metadata = new DocumentMetadata(info.inputsSha256(), info.engineVersion(),
                info.closedAt().toInstant());
        ReportDocument doc = MonthlyReport.build(stored.closing(), info.id(), region,
                OutcomeCommand.committeeNames(stored, language), language, metadata);
        return output.write(doc, BASE_NAME + "-" + info.period());
    }
}
