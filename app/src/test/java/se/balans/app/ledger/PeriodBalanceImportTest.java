package se.balans.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.balans.engine.ledger.LedgerAmount;
import se.balans.store.jooq.JooqStore;

/** A SIE 3 file has period balances, not vouchers: they are imported without counting anything twice. */
class PeriodBalanceImportTest {

    @TempDir
    Path dir;

    @Test
    void costCentrePartsAndTheRestOfTheTotalAreImportedOnce() throws IOException {
        Path f = dir.resolve("balances.se");
        Files.writeString(f, """
                #FLAGGA 0
                #FORMAT PC8
                #SIETYP 3
                #FNAMN "Test"
                #RAR 0 20250101 20251231
                #KONTO 5010 "Löner"
                #DIM 1 "Kostnadsställe"
                #OBJEKT 1 "2100" "NUS"
                #OBJEKT 1 "2200" "Skellefteå"
                #PSALDO 0 202501 5010 {} 1000.00
                #PSALDO 0 202501 5010 {1 "2100"} 600.00
                #PSALDO 0 202501 5010 {1 "2200"} 300.00
                #PSALDO 0 202501 5010 {6 "P1"} 1000.00
                #PSALDO 0 202502 5010 {} 500.00
                #PSALDO -1 202401 5010 {} 999.00
                """, Charset.forName("IBM437"));
        try (JooqStore store = JooqStore.open("jdbc:h2:file:" + dir.resolve("db"), null, null, "t", Clock.systemUTC())) {
            ImportLedger.run(store, new ImportLedger.Request(f, false), (d, t) -> { });
            Map<String, String> amounts = new TreeMap<>();
            for (LedgerAmount a : store.ledger(2024, YearMonth.of(2025, 12)).amounts()) {
                amounts.put(a.period() + " " + a.account() + " " + a.costCentre(), a.amount().sek().toPlainString());
            }
            // January: the two cost centres, and the 100 of the total they leave; the project split is another
            // view of the same 1 000 and is not added. February has only the total. Last year is not this file's.
            assertThat(amounts).containsExactly(
                    Map.entry("2025-01 5010 ", "100.00"),
                    Map.entry("2025-01 5010 2100", "600.00"),
                    Map.entry("2025-01 5010 2200", "300.00"),
                    Map.entry("2025-02 5010 ", "500.00"));
        }
    }
}
