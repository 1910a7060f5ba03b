package se.balans.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.balans.app.sample.WriteSampleLedger;
import se.balans.cli.BalansHome;
import se.balans.cli.ExitCode;
import se.balans.cli.LanguageOption;
import se.balans.cli.output.Progress;
import se.balans.io.sample.SampleLedgerFiles;
import se.balans.io.sample.SampleLedgerGenerator;

/** {@code balans sample-ledger}: writes the sample region's ledger, at any scale. */
@Command(name = "sample-ledger", mixinStandardHelpOptions = true,
        description = {"Write a realistic ledger for the sample region (Region Västerbotten, 2024 to March 2026), "
                + "one file per fiscal year, generated from sample-ledger-outline.csv: closing its months gives the "
                + "figures of the board's monthly reports. --rows-per-year sets the scale (millions for a region's "
                + "real volume). The same options always give the same files."})
public final class SampleLedgerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    LanguageOption lang;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "balans-data/sample-ledger",
            description = "Output directory (default: balans-data/sample-ledger).")
    Path out;

    @Option(names = "--rows-per-year", paramLabel = "N", defaultValue = "120000",
            description = "About how many transaction rows a full year gets (default 120 000).")
    long rowsPerYear;

    @Option(names = "--format", paramLabel = "sie|csv|journal", defaultValue = "sie",
            description = "sie (SIE 4, the default), csv (the CSV ledger format) or journal (ledger/hledger).")
    SampleLedgerFiles.Format format;

    @Option(names = "--outline", paramLabel = "FILE",
            description = "The outline (default: sample-data/region-vasterbotten/sample-ledger-outline.csv).")
    Path outline;

    @Option(names = "--seed", defaultValue = "2025", description = "Random seed for spreading the amounts.")
    long seed;

    @Option(names = "--year", paramLabel = "YYYY", split = ",",
            description = "Only these fiscal years (default: every year of the outline).")
    List<Integer> years;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        Path outlineFile = outline == null ? BalansHome.sampleRegion().resolve("sample-ledger-outline.csv")
                : BalansHome.resolve(outline);
        Progress progress = Progress.stderr(spec.commandLine().getErr(), lang.labels().get("progress.generating"));
        List<Path> files;
        try {
            files = WriteSampleLedger.run(new WriteSampleLedger.Request(outlineFile, out, format,
                    new SampleLedgerGenerator.Options(rowsPerYear, seed), Optional.ofNullable(years)), progress::count);
        } finally {
            progress.done();
        }
        files.forEach(o::println);
        o.flush();
        return ExitCode.OK;
    }
}
