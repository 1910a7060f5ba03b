package se.balans.cli.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

import se.balans.cli.CliRun;
import se.balans.app.closing.CloseMonth;
import se.balans.app.demo.DemoWorkspace;
import se.balans.app.ledger.ImportLedger;
import se.balans.store.ImportMode;
import se.balans.app.sample.WriteSampleLedger;
import se.balans.io.closing.ClosingSetupReader;
import se.balans.io.sample.SampleLedgerFiles;
import se.balans.io.sample.SampleLedgerGenerator;
import se.balans.store.testing.TestDatabase;
import se.balans.store.jooq.JooqStore;

/**
 * The sample region's ledger, small (20 000 rows a year, 2024 to March 2026), and a store filled with
 * it, for the tests that run {@code balans} processes against a store. A second ledger for 2026
 * ("corrected", another random spread of the same outline) is what an import during a closing brings.
 */
final class SampleStore {
    static final YearMonth MONTH = YearMonth.of(2026, 3);
    private static final long ROWS_PER_YEAR = 20_000;

    private SampleStore() {
    }

    /** The sample configuration directory (mappings, budgets, profiles). */
    static Path config() {
        return CliRun.repo().resolve("sample-data").resolve("region-vasterbotten");
    }

    static Path ledger(int year) {
        return files("ledger", 2025).resolve(name(year));
    }

    static Path correctedLedger(int year) {
        return files("ledger-corrected", 7).resolve(name(year));
    }

    private static String name(int year) {
        return "region-vasterbotten-" + year + ".se";
    }

    /** Writes the files once per build (they depend only on the outline and the seed). */
    private static synchronized Path files(String name, long seed) {
        Path dir = Path.of("target", "store-tests", name).toAbsolutePath();
        if (!Files.exists(dir.resolve(name(2026)))) {
            WriteSampleLedger.run(new WriteSampleLedger.Request(config().resolve("sample-ledger-outline.csv"), dir,
                    SampleLedgerFiles.Format.SIE, new SampleLedgerGenerator.Options(ROWS_PER_YEAR, seed),
                    java.util.Optional.empty()), n -> { });
        }
        return dir;
    }

    /** Imports 2024 to 2026 into an empty store and, if asked, closes {@link #MONTH}; in this process. */
    static void fill(TestDatabase db, boolean close) {
        try (JooqStore store = JooqStore.open(db.url(), db.user(), db.password(), "setup", Clock.systemUTC())) {
            for (int year : List.of(2024, 2025, 2026)) {
                // As in the sample workspace the processes run in: the first import binds the store to its organisation.
                ImportLedger.run(store, new ImportLedger.Request(ledger(year), ImportMode.NEW, DemoWorkspace.SAMPLE),
                        (d, t) -> { });
            }
            if (close) {
                CloseMonth.run(store, new CloseMonth.Request(MONTH, ClosingSetupReader.read(config())));
            }
        }
    }
}
