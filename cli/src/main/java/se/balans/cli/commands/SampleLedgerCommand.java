package se.balans.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.balans.cli.BalansHome;
import se.balans.cli.ExitCode;
import se.balans.cli.LanguageOption;
import se.balans.cli.output.Progress;
import se.balans.io.sample.LedgerOutline;
import se.balans.io.sample.SampleLedgerFiles;
import se.balans.io.sample.SampleLedgerGenerator;

/** {@code balans sample-ledger}: writes the sample region's ledger, at any scale. */
@Command(name = "sample-ledger", mixinStandardHelpOptions = true,
        description = {"Write a realistic ledger for the sample region (Region Västerbotten, 2024 to March 2026),",
                "one file per fiscal year, generated from sample-ledger-outline.csv: closing its months gives the",
                "figures of the board's monthly reports. --rows-per-year sets the scale (millions for a region's",
                "real volume). The same options always give the same files."})
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
        LedgerOutline plan = LedgerOutline.read(outline == null
                ? BalansHome.sampleRegion().resolve("sample-ledger-outline.csv") : BalansHome.resolve(outline));
        if (years != null) {
            for (int y : years) {
                if (!plan.years().containsKey(y)) {
                    throw new se.balans.cli.UserException(ExitCode.BAD_INPUT, "the outline has no year " + y
                            + "; it has " + plan.years().keySet());
                }
            }
            java.util.SortedMap<Integer, LedgerOutline.Year> kept = new java.util.TreeMap<>(plan.years());
            kept.keySet().retainAll(years);
            plan = new LedgerOutline(kept);
        }
        List<Path> files = write(plan, out, format, new SampleLedgerGenerator.Options(rowsPerYear, seed),
                Progress.stderr(spec.commandLine().getErr(), lang.labels().get("progress.generating")));
        files.forEach(f -> o.println(f));
        o.flush();
        return ExitCode.OK;
    }

    public static List<Path> write(Path outline, Path dir, SampleLedgerFiles.Format format,
                                   SampleLedgerGenerator.Options options, Progress progress) {
        return write(LedgerOutline.read(outline), dir, format, options, progress);
    }

    static List<Path> write(LedgerOutline outline, Path dir, SampleLedgerFiles.Format format,
                            SampleLedgerGenerator.Options options, Progress progress) {
        List<Path> files = SampleLedgerFiles.write(outline, options, dir, "region-vasterbotten",
                "Region Västerbotten", format, progress::count);
        progress.done();
        return files;
    }
}
