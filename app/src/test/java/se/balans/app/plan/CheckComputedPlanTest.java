package se.balans.app.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.balans.engine.plan.drivers.ComputedPlan;
import se.balans.io.plan.PlanDirectoryWriter;
import se.balans.io.plan.PlanDriverFiles;

/** {@code plan check} passes on a plan computed from its drivers, and on each of its scenarios. */
class CheckComputedPlanTest {
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
        PlanDriverFiles files = PlanDriverFiles.read(drivers());
        for (ComputedPlan p : files.compareScenarios().plans()) {
            PlanDirectoryWriter.write(p, dir);
            CheckPlan.Result r = CheckPlan.run(dir);
            assertThat(r.findings()).isEmpty();
            assertThat(r.ties()).isTrue();
        }
    }
}
