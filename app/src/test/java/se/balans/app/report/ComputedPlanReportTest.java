package se.balans.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.balans.io.plan.PlanDirectoryReader;
import se.balans.io.plan.PlanDirectoryWriter;
import se.balans.io.plan.PlanDriverFiles;
import se.balans.reports.text.Language;

/** The plan report is written from a computed plan directory as from a typed one, with its restoration schedule. */
class ComputedPlanReportTest {
    @TempDir
    Path dir;

    static Path drivers() {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !Files.isDirectory(root.resolve("sample-data"))) {
            root = root.getParent();
        }
        return root.resolve("sample-data/region-vasterbotten/drivers");
    }

    @Test
    void theReportOfAComputedPlanYearIsWritten() throws Exception {
        Path plan = dir.resolve("plan");
        PlanDirectoryWriter.write(PlanDriverFiles.read(drivers()).compute(), plan);
        Path out = Files.createDirectories(dir.resolve("out"));
        Optional<Path> history = WritePlanReport.defaultHistory(plan);

        List<Path> written = WritePlanReport.write(PlanDirectoryReader.read(plan), new WritePlanReport.Request(plan,
                2026, history, Language.SV, new ReportOutput(out, Set.of(DocumentFormat.xlsx))));

        assertThat(history).isPresent();
        assertThat(written).hasSize(1);
        assertThat(Files.size(written.get(0))).isPositive();
    }
}
