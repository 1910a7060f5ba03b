package se.balans.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.balans.io.InputFileException;
import se.balans.store.jooq.JooqStore;

/** A ledger with nothing to import is refused, not recorded as an import covering no months. */
class EmptyLedgerImportTest {

    @TempDir
    Path dir;

    private JooqStore store() {
        return JooqStore.open("jdbc:h2:file:" + dir.resolve("db"), null, null, "t", Clock.systemUTC());
    }

    @Test
    void aSieFileWithTheAccountPlanAndYearBalancesOnlyIsRefusedAndNothingIsRecorded() throws IOException {
        Path f = Files.writeString(dir.resolve("plan-only.se"), """
                #FLAGGA 0
                #SIETYP 1
                #RAR 0 20250101 20251231
                #KONTO 1930 "Bank"
                #IB 0 1930 1000.00
                #UB 0 1930 1200.00
                """);
        try (JooqStore store = store()) {
            assertThatThrownBy(() -> ImportLedger.run(store, new ImportLedger.Request(f, false), (d, t) -> { }))
                    .isInstanceOf(InputFileException.class)
                    .hasMessageStartingWith(f + ": no vouchers and no period balances of the current year");
            assertThat(store.imports()).isEmpty();
        }
    }

    @Test
    void aCsvLedgerWithAHeaderOnlyIsRefused() throws IOException {
        Path f = Files.writeString(dir.resolve("header-only.csv"), "date,voucher,account,amount\n");
        try (JooqStore store = store()) {
            assertThatThrownBy(() -> ImportLedger.run(store, new ImportLedger.Request(f, false), (d, t) -> { }))
                    .isInstanceOf(InputFileException.class).hasMessageContaining("nothing to import");
            assertThat(store.imports()).isEmpty();
        }
    }

    @Test
    void theWarningsOfTheReadComeWithTheImport() throws IOException {
        Path f = Files.writeString(dir.resolve("orgnr.se"), """
                #FLAGGA 0
                #SIETYP 4
                #ORGNR
                #RAR 0 20250101 20251231
                #VER A 1 20250115
                {
                #TRANS 5010 {} 10.00
                #TRANS 1930 {} -10.00
                }
                """);
        try (JooqStore store = store()) {
            ImportLedger.Imported r = ImportLedger.run(store, new ImportLedger.Request(f, false), (d, t) -> { });
            assertThat(r.warnings()).extracting(Object::toString).containsExactly(
                    "3: #ORGNR: missing: the record ends before this field; the organisation number is left empty");
            assertThat(store.imports()).hasSize(1);
        }
    }
}
