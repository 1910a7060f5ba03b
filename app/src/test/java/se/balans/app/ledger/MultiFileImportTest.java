package se.balans.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.balans.app.ConflictException;
import se.balans.app.SampleWorkspace;
import se.balans.app.demo.DemoWorkspace;
import se.balans.store.ImportMode;
import se.balans.store.Store;

/** {@code balans import A B C}: one transaction, so a year's files never land in part (issue 10, item 2). */
class MultiFileImportTest {
    @TempDir
    Path dir;

    private static ImportLedger.Request request(Path f) {
        return new ImportLedger.Request(f, ImportMode.NEW, DemoWorkspace.SAMPLE);
    }

    private static List<ImportLedger.Imported> importAll(Store store, List<Path> files) {
        return ImportLedger.runAll(CompletableFuture.completedFuture(store),
                files.stream().map(MultiFileImportTest::request).toList(), f -> (d, t) -> { }, (f, s) -> { });
    }

    @Test
    void threeYearsLandTogetherInTheOrderGiven() {
        try (Store store = SampleWorkspace.emptyStore()) {
            List<ImportLedger.Imported> r = importAll(store, SampleWorkspace.ledger());

            assertThat(r).hasSize(3);
            assertThat(store.imports()).extracting(i -> i.fileName())
                    .containsExactly(SampleWorkspace.ledger().stream().map(p -> p.getFileName().toString())
                            .toArray(String[]::new));
            assertThat(store.organisation()).contains(DemoWorkspace.SAMPLE);
        }
    }

    @Test
    void aRefusalOfTheLastFileLeavesTheFirstOnesUnimportedToo() throws IOException {
        Path y2026 = SampleWorkspace.ledger().get(2);
        Path copy = Files.copy(y2026, dir.resolve("again-2026.se"));
        Files.writeString(copy, "\n", java.nio.file.StandardOpenOption.APPEND); // another file, the same months
        try (Store store = SampleWorkspace.emptyStore()) {
            List<Path> files = List.of(SampleWorkspace.ledger().get(0), y2026, copy);

            assertThatThrownBy(() -> importAll(store, files)).hasMessageContaining("2026-01");

            assertThat(store.imports()).as("nothing landed").isEmpty();
            assertThat(store.auditLog()).noneMatch(e -> e.action().equals("import"));
        }
    }

    @Test
    void theSameFileTwiceInOneImportIsRefusedBeforeAnythingIsStored() {
        try (Store store = SampleWorkspace.emptyStore()) {
            Path f = SampleWorkspace.ledger().get(0);

            assertThatThrownBy(() -> importAll(store, List.of(f, f))).isInstanceOf(ConflictException.class)
                    .hasMessageContaining("is given twice");
            assertThat(store.imports()).isEmpty();
        }
    }
}
