package se.balans.io.sample;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.balans.io.InputFileException;

/** Bad outlines are refused naming the line and column. */
class LedgerOutlineTest {
    private static final String YEAR = "period,item,amount\n2025,tax_revenue,100\n2025,general_grants,10\n"
            + "2025,net_cost:RS,100\n";

    @TempDir
    Path dir;

    @Test
    void aMonthThatDoesNotExistIsRefusedNotThrownAsAParseError() throws IOException {
        Path f = Files.writeString(dir.resolve("outline.csv"), YEAR + "2025-13,operating_result,1\n");

        assertThatThrownBy(() -> LedgerOutline.read(f)).isInstanceOf(InputFileException.class)
                .hasMessage(f + ":5: column period: expected a month such as 2025-07, got \"2025-13\"");
    }

    @Test
    void anItemGivenTwiceIsRefusedRatherThanTheLaterSilentlyWinning() throws IOException {
        Path f = Files.writeString(dir.resolve("outline.csv"), YEAR + "2025,tax_revenue,200\n");

        assertThatThrownBy(() -> LedgerOutline.read(f)).isInstanceOf(InputFileException.class)
                .hasMessage(f + ":5: column item: tax_revenue for 2025 is given twice (also on line 2)");
    }
}
