package se.balans.app.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import se.balans.app.MissingInputException;
import se.balans.engine.EngineVersion;
import se.balans.engine.balancerequirement.RestorationSchedule;
import se.balans.engine.plan.RegionalPlan;
import se.balans.io.Fingerprint;
import se.balans.io.InputFileException;
import se.balans.io.history.BalanceRequirementHistory;
import se.balans.io.plan.PlanDirectoryReader;
import se.balans.reports.document.DocumentMetadata;
import se.balans.reports.document.ReportDocument;
import se.balans.app.plan.ComputePlan;
import se.balans.io.plan.PlanDriverFiles;
import se.balans.reports.plan.PlanReport;
import se.balans.reports.text.Language;
import se.balans.store.Store;

/**
 * Use case: write the plan report (regionplan) of a plan year from a plan directory, with the
 * balance-requirement restoration schedule when a history is given, and record the files in the
 * audit log. The documents are fingerprinted by their input files and dated by the plan's adoption,
 * so the same inputs give the same bytes.
 */
public final class WritePlanReport {
    /** The history file looked for in the plan directory when none is given. */
    public static final String DEFAULT_HISTORY = "balance-requirement.csv";
    static final String BASE_NAME = "regionplan";

    private WritePlanReport() {
    }

    /**
     * @param history the balance-requirement history, if the report is to have that part
     */
    public record Request(Path planDir, int year, Optional<Path> history, Language language, ReportOutput output,
                          Optional<Path> drivers) {
        public Request {
            Objects.requireNonNull(planDir, "planDir");
            Objects.requireNonNull(history, "history");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(output, "output");
            Objects.requireNonNull(drivers, "drivers");
        }

        /** With the plan directory's drivers ({@code drivers/} in it), when it has them. */
        public Request(Path planDir, int year, Optional<Path> history, Language language, ReportOutput output) {
            this(planDir, year, history, language, output, defaultDrivers(planDir));
        }
    }

    /** The plan directory's drivers folder, if there is one: the report then shows the plan computed from it. */
    public static Optional<Path> defaultDrivers(Path planDir) {
        Path inDir = planDir.resolve("drivers");
        return Files.isRegularFile(inDir.resolve(PlanDriverFiles.PROPERTIES)) ? Optional.of(inDir) : Optional.empty();
    }

    /** The plan directory's history file, if there is one. */
    public static Optional<Path> defaultHistory(Path planDir) {
        Path inDir = planDir.resolve(DEFAULT_HISTORY);
        return Files.isRegularFile(inDir) ? Optional.of(inDir) : Optional.empty();
    }

    /**
     * @return the written paths
     * @throws MissingInputException when the plan has no figures for the year
     */
    public static List<Path> run(Store store, Request request) throws IOException {
        List<Path> files = write(PlanDirectoryReader.read(request.planDir()), request);
        ReportAudit.record(store, "plan report " + request.year() + " from " + request.planDir(), files);
        return files;
    }

    static List<Path> write(RegionalPlan plan, Request request) throws IOException {
        Path dir = request.planDir();
        int year = request.year();
        if (!plan.years().contains(year)) {
            throw new MissingInputException("the plan in " + dir + " has no figures for " + year
                    + "; it covers " + plan.years().first() + "–" + plan.years().last());
        }
        Map<String, Path> inputs = new TreeMap<>();
        for (Path f : PlanDirectoryReader.inputFiles(dir)) {
            inputs.put("plan/" + f.getFileName(), f);
        }
        Optional<RestorationSchedule> schedule = Optional.empty();
        if (request.history().isPresent()) {
            schedule = Optional.of(BalanceRequirementHistory.read(request.history().get()).schedule());
            inputs.put("history", request.history().get());
        }
        Optional<PlanReport.Computed> computed = Optional.empty();
        if (request.drivers().isPresent()) {
            ComputePlan.Result c = ComputePlan.run(request.drivers().get(), Optional.empty());
            computed = Optional.of(new PlanReport.Computed(c.plan(), c.scenarios(), c.sensitivity()));
            try (var files = Files.list(request.drivers().get())) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    inputs.put("drivers/" + f.getFileName(), f);
                }
            }
        }
        DocumentMetadata metadata = new DocumentMetadata(Fingerprint.of(inputs, EngineVersion.get()),
                EngineVersion.get(), timestamp(dir, year));
        ReportDocument doc;
        try {
            doc = PlanReport.build(plan, schedule, year, request.language(), metadata, computed);
        } catch (IllegalArgumentException e) {
            throw new InputFileException(dir, null, null, e.getMessage(), e);
        }
        return request.output().write(doc, BASE_NAME + "-" + year);
    }

    /** Fixed by the inputs: the plan's adoption date, else 1 January of the plan year (UTC midnight). */
    private static Instant timestamp(Path dir, int year) {
        LocalDate date = PlanDirectoryReader.adopted(dir).orElse(LocalDate.of(year, 1, 1));
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
