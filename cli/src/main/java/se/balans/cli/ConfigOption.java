package se.balans.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;
import se.balans.io.closing.ClosingSetup;
import se.balans.io.closing.ClosingSetupReader;

/** {@code --config DIR}: the region's closing configuration (mappings, budgets, profiles, committees). */
public final class ConfigOption {
    @Option(names = "--config", paramLabel = "DIR",
            description = "Directory with committees.csv, account-mapping.csv, cost-centre-mapping.csv, "
                    + "monthly-profiles.csv and budget-YYYY.csv. Default: sample-data/region-vasterbotten.")
    Path dir;

    public Path dir() {
        return dir == null ? BalansHome.sampleRegion() : BalansHome.resolve(dir);
    }

    public ClosingSetup read() {
        return ClosingSetupReader.read(dir());
    }
}
