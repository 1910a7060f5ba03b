package se.balans.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.balans.app.plan.CheckPlan;
import se.balans.engine.plan.drivers.ComputedPlan;
import se.balans.io.plan.PlanDirectoryReader;
import se.balans.io.plan.PlanDirectoryWriter;
import se.balans.io.plan.PlanDriverFiles;
import se.balans.reports.text.Language;

/**
 * A plan computed from its drivers works downstream as a typed one: {@code plan check} passes on it and
 * on each of its scenarios, and the plan report is written from it with its restoration schedule.
 */
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
    void theComputedVasterbottenPlanAndItsScenariosTie() {
        for (ComputedPlan p : PlanDriverFiles.read(drivers()).compareScenarios().plans()) {
            PlanDirectoryWriter.write(p, dir);
            CheckPlan.Result r = CheckPlan.run(dir);
            assertThat(r.findings()).isEmpty();
            assertThat(r.ties()).isTrue();
        }
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
