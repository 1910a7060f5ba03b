package se.balans.cli.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.balans.cli.BalansHome;
import se.balans.cli.ExitCode;
import se.balans.cli.LanguageOption;
import se.balans.cli.UserException;
import se.balans.cli.report.ReportOutputOptions;
import se.balans.engine.EngineVersion;
import se.balans.engine.balancerequirement.RestorationSchedule;
import se.balans.engine.plan.RegionalPlan;
import se.balans.io.Fingerprint;
import se.balans.io.InputFileException;
import se.balans.io.history.BalanceRequirementHistory;
import se.balans.io.plan.PlanDirectoryReader;
import se.balans.reports.document.DocumentMetadata;
import se.balans.reports.document.ReportDocument;
import se.balans.reports.plan.PlanReport;
import se.balans.reports.text.Language;

/** {@code balans report plan}: the plan report (regionplan) for a plan year. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Write the plan report (regionplan) for a year: frames per committee and the frame bridge,",
                "the result, balance and cash-flow budgets, investments and depreciation, the financial goals",
                "and the balance-requirement restoration schedule, with charts. Prints the written paths.",
                "Files: regionplan-YYYY.xlsx and .pdf (with -en before the extension for English)."})
public final class ReportPlanCommand implements Callable<Integer> {
    /** The history file looked for in the plan directory when --history is not given. */
    static final String DEFAULT_HISTORY = "balance-requirement.csv";
    static final String BASE_NAME = "regionplan";

    @Spec
    CommandSpec spec;
    @Mixin
    LanguageOption lang;
    @Mixin
    PlanOption planOption;

    @Option(names = "--year", paramLabel = "YYYY", required = true, description = "The plan year (budget year) to report.")
    int year;

    @Option(names = "--history", paramLabel = "FILE",
            description = "Balance-requirement history CSV. Default: " + DEFAULT_HISTORY
                    + " in the plan directory, if there is one.")
    Path history;

    @Mixin
    ReportOutputOptions output;

    @Mixin
    se.balans.cli.StoreOption storeOption;

    @Override
    public Integer call() throws IOException {
        PrintWriter w = spec.commandLine().getOut();
        List<Path> files = write(planOption.dir(), planOption.read(), year, historyFile(planOption.dir()),
                lang.language(), output);
        try (se.balans.store.Store store = storeOption.open()) {
            se.balans.cli.report.ReportAudit.record(store, "plan report " + year + " from " + planOption.dir(), files);
        }
        files.forEach(w::println);
        w.flush();
        return ExitCode.OK;
    }

    /**
     * Writes the plan report of {@code year}; returns the written paths. Also the demo's.
     *
     * @param historyFile the balance-requirement history, if the report is to have that part
     */
    static List<Path> write(Path dir, RegionalPlan plan, int year, Optional<Path> historyFile, Language language,
                            ReportOutputOptions output) throws IOException {
        if (!plan.years().contains(year)) {
            throw new UserException(ExitCode.BAD_INPUT, "the plan in " + dir + " has no figures for " + year
                    + "; it covers " + plan.years().first() + "–" + plan.years().last());
        }
        Map<String, Path> inputs = new TreeMap<>();
        for (Path f : PlanDirectoryReader.inputFiles(dir)) {
            inputs.put("plan/" + f.getFileName(), f);
        }
        Optional<RestorationSchedule> schedule = Optional.empty();
        if (historyFile.isPresent()) {
            schedule = Optional.of(BalanceRequirementHistory.read(historyFile.get()).schedule());
            inputs.put("history", historyFile.get());
        }
        DocumentMetadata metadata = new DocumentMetadata(Fingerprint.of(inputs, EngineVersion.get()),
                EngineVersion.get(), timestamp(dir, year));
        ReportDocument doc;
        try {
            doc = PlanReport.build(plan, schedule, year, language, metadata);
        } catch (IllegalArgumentException e) {
            throw new InputFileException(dir, null, null, e.getMessage(), e);
        }
        return output.write(doc, BASE_NAME + "-" + year);
    }

    /** --history as given (it must exist), else the plan directory's history file if there is one. */
    private Optional<Path> historyFile(Path dir) {
        if (history != null) {
            return Optional.of(BalansHome.resolve(history));
        }
        return defaultHistory(dir);
    }

    /** The plan directory's history file, if there is one. */
    static Optional<Path> defaultHistory(Path dir) {
        Path inDir = dir.resolve(DEFAULT_HISTORY);
        return Files.isRegularFile(inDir) ? Optional.of(inDir) : Optional.empty();
    }

    /** Fixed by the inputs: the plan's adoption date, else 1 January of the plan year (UTC midnight). */
    private static Instant timestamp(Path dir, int year) {
        LocalDate date = PlanDirectoryReader.adopted(dir).orElse(LocalDate.of(year, 1, 1));
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
