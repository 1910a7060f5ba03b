package se.balans.cli.commands;

import java.nio.file.Path;

import picocli.CommandLine.Option;
import se.balans.cli.BalansHome;
import se.balans.engine.plan.RegionalPlan;
import se.balans.io.plan.PlanDirectoryReader;

/** {@code --plan DIR}: the plan directory, by default the sample region's. */
public final class PlanOption {
    @Option(names = "--plan", paramLabel = "DIR",
            description = "Plan directory (plan.properties and CSV files). Default: sample-data/region-vasterbotten.")
    Path dir;

    public Path dir() {
        return dir == null ? BalansHome.sampleRegion() : BalansHome.resolve(dir);
    }

    public RegionalPlan read() {
        return PlanDirectoryReader.read(dir());
    }
}
