package se.balans.reports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import se.balans.engine.EngineVersion;
import se.balans.engine.balancerequirement.RestorationSchedule;
import se.balans.engine.plan.RegionalPlan;
import se.balans.io.history.BalanceRequirementHistory;
import se.balans.io.plan.PlanDirectoryReader;
import se.balans.reports.document.DocumentMetadata;
import se.balans.reports.document.ReportDocument;
import se.balans.reports.plan.PlanReport;
import se.balans.reports.text.Language;

/** The plan report of the sample region, as the tests build it. */
public final class SampleReports {
    /** A fixed fingerprint: the tests check that it is carried, not how it is computed (that is io's). */
    public static final String FINGERPRINT = "0123456789abcdef".repeat(4);
    public static final Instant TIMESTAMP = Instant.parse("2025-01-01T00:00:00Z");

    private SampleReports() {
    }

    public static Path repo() {
        String p = System.getProperty("balans.repo");
        Path root = p != null ? Path.of(p) : Path.of("").toAbsolutePath();
        while (root != null && !Files.isDirectory(root.resolve("sample-data"))) {
            root = root.getParent();
        }
        return root;
    }

    public static Path sampleRegion() {
        return repo().resolve("sample-data").resolve("region-vasterbotten");
    }

    public static RegionalPlan plan() {
        return PlanDirectoryReader.read(sampleRegion());
    }

    public static RestorationSchedule schedule() {
        return BalanceRequirementHistory.read(sampleRegion().resolve("balance-requirement.csv")).schedule();
    }

    public static DocumentMetadata metadata() {
        return new DocumentMetadata(FINGERPRINT, EngineVersion.get(), TIMESTAMP);
    }

    public static ReportDocument plan2025(Language language) {
        return PlanReport.build(plan(), Optional.of(schedule()), 2025, language, metadata());
    }
}
