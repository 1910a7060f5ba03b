package se.balans.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import se.balans.app.ledger.ImportLedger;
import se.balans.app.sample.WriteSampleLedger;
import se.balans.io.closing.ClosingSetup;
import se.balans.io.closing.ClosingSetupReader;
import se.balans.io.sample.SampleLedgerFiles;
import se.balans.io.sample.SampleLedgerGenerator;
import se.balans.store.Store;
import se.balans.store.jooq.JooqStore;

/**
 * The sample region for the use-case tests: its configuration, a small sample ledger (the scale
 * spreads the same monthly amounts over fewer rows) written once per build, and a fresh in-memory store.
 */
public final class SampleWorkspace {
    private static final AtomicInteger STORES = new AtomicInteger();

    private SampleWorkspace() {
    }

    /** The sample region's directory in the repository. */
    public static Path region() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            Path candidate = p.resolve("sample-data").resolve("region-vasterbotten");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no sample-data/region-vasterbotten above " + here);
    }

    public static ClosingSetup setup() {
        return ClosingSetupReader.read(region());
    }

    /** The sample ledger's files, 2024 to 2026, written once per build. */
    public static synchronized List<Path> ledger() {
        if (files == null) {
            files = write();
        }
        return files;
    }

    private static List<Path> files;

    private static List<Path> write() {
        Path dir = Path.of("target", "sample-ledger-5000").toAbsolutePath();
        return WriteSampleLedger.run(new WriteSampleLedger.Request(region().resolve("sample-ledger-outline.csv"), dir,
                SampleLedgerFiles.Format.SIE, new SampleLedgerGenerator.Options(5_000, 2025), Optional.empty()),
                n -> { });
    }

    /** An empty in-memory store of its own, with a fixed clock and user. */
    public static Store emptyStore() {
        return JooqStore.open("jdbc:h2:mem:app-test-" + STORES.incrementAndGet() + ";DB_CLOSE_DELAY=-1", null, null,
                "ekonomichef", Clock.fixed(Instant.parse("2026-04-08T09:00:00Z"), ZoneOffset.UTC));
    }

    /** A store with the whole sample ledger imported. */
    public static Store storeWithLedger() {
        Store store = emptyStore();
        for (Path f : ledger()) {
            ImportLedger.run(store, new ImportLedger.Request(f, false), (d, t) -> { });
        }
        return store;
    }
}
