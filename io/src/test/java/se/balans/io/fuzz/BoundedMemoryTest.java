package se.balans.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.balans.io.ledger.CollectingSink;
import se.balans.io.ledger.CsvLedgerReader;
import se.balans.io.ledger.LedgerSink;
import se.balans.io.sie.SieReader;

/**
 * Small files that used to take memory out of all proportion to their size; run with the fuzz
 * tests in the JVM with a 64 MiB heap ({@code io/pom.xml}), where they ended in an
 * OutOfMemoryError.
 */
class BoundedMemoryTest {
    private static final int SERIES = 20_000;

    @TempDir
    Path dir;

    @Test
    void oneHighVoucherNumberInEachOfManySeriesIsRememberedInLittleMemory() throws IOException {
        StringBuilder sie = new StringBuilder("#FLAGGA 0\n#SIETYP 4\n#RAR 0 20250101 20251231\n");
        StringBuilder csv = new StringBuilder("date,series,voucher,account,amount\n");
        for (int i = 0; i < SERIES; i++) {
            sie.append("#VER S").append(i).append(" 16777215 20250115\n{\n#TRANS 1930 {} 0.00\n}\n");
            csv.append("2025-01-15,S").append(i).append(",16777215,1930,0.00\n");
        }
        Path sieFile = Files.writeString(dir.resolve("many-series.se"), sie);
        Path csvFile = Files.writeString(dir.resolve("many-series.csv"), csv);
        LedgerSink discard = v -> { };

        assertThat(SieReader.read(sieFile, discard).vouchers()).isEqualTo(SERIES);
        assertThat(CsvLedgerReader.read(csvFile, discard).vouchers()).isEqualTo(SERIES);
        assertThat(Files.size(sieFile)).isLessThan(2 << 20);
    }

    @Test
    void theSameNumberTwiceInOneOfThemIsStillADuplicate() throws IOException {
        Path f = Files.writeString(dir.resolve("twice.csv"), "date,series,voucher,account,amount\n"
                + "2025-01-15,S1,16777215,1930,0\n2025-01-15,S2,16777215,1930,0\n2025-01-15,S1,16777215,1930,0\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CsvLedgerReader.read(f, new CollectingSink()))
                .hasMessageContaining("voucher S1 16777215 occurs twice");
    }
}
