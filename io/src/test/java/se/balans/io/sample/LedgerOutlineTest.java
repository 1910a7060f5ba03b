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
    private static final String YEAR = "period,item,amount\n" + rows(2025);

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

    @Test
    void openingBalancesThatDoNotSumToZeroAreRefused() throws IOException {
        Path f = Files.writeString(dir.resolve("outline.csv"), YEAR + "2025,opening:1930,100\n2025,opening:2010,-99.5\n");

        assertThatThrownBy(() -> LedgerOutline.read(f)).isInstanceOf(InputFileException.class)
                .hasMessage(f + ":5: column amount: 2025: the opening balances sum to 0.5, not zero (debit positive: "
                        + "assets; credit negative: equity and liabilities)");
    }

    @Test
    void anOpeningBalanceOnAnAccountOutsideTheSampleChartIsRefused() throws IOException {
        Path f = Files.writeString(dir.resolve("outline.csv"), YEAR + "2025,opening:5010,100\n");

        assertThatThrownBy(() -> LedgerOutline.read(f)).isInstanceOf(InputFileException.class)
                .hasMessageStartingWith(f + ":5: column item: \"5010\" is not one of the sample chart's accounts in "
                        + "class 1 or 2: [1110, 1119,");
    }

    @Test
    void aLaterYearOpensAtTheClosingSoItCannotAlsoBeGivenOpeningBalances() throws IOException {
        Path f = Files.writeString(dir.resolve("outline.csv"), YEAR.replace("2025", "2024") + months(2024)
                + rows(2025) + "2025,opening:1930,100\n2025,opening:2010,-100\n");

        assertThatThrownBy(() -> LedgerOutline.read(f)).isInstanceOf(InputFileException.class)
                .hasMessage(f + ":32: column item: 2025: opening balances are given for the first year only (2024); a "
                        + "later year opens at the previous year's closing");
    }

    @Test
    void aYearAfterAnIncompleteYearIsRefusedForItWouldOpenAtNoClosing() throws IOException {
        Path f = Files.writeString(dir.resolve("outline.csv"), YEAR.replace("2025", "2024")
                + "2024-01,operating_result,0\n2024-01,net_financial_items,0\n" + rows(2025));

        assertThatThrownBy(() -> LedgerOutline.read(f)).isInstanceOf(InputFileException.class)
                .hasMessage(f + ": column period: 2025 would open at the closing of 2024, but the outline has only 1 "
                        + "of its 12 months");
    }

    @Test
    void aLoanInAMonthTheOutlineDoesNotGenerateIsRefused() throws IOException {
        Path f = Files.writeString(dir.resolve("outline.csv"), YEAR + "2025-01,operating_result,10\n"
                + "2025-01,net_financial_items,0\n2025-03-15,loan:KI-1,200\n");

        assertThatThrownBy(() -> LedgerOutline.read(f)).isInstanceOf(InputFileException.class)
                .hasMessage(f + ": column period: loan KI-1 on 2025-03-15 falls in a month the outline does not "
                        + "generate");
    }

    /** A year's taxes 100, grants 10 and net cost 100. */
    private static String rows(int year) {
        return year + ",tax_revenue,100\n" + year + ",general_grants,10\n" + year + ",net_cost:RS,100\n";
    }

    /** Twelve months whose verksamhetens resultat ties to {@link #YEAR}'s taxes, grants and net cost (10). */
    private static String months(int year) {
        StringBuilder sb = new StringBuilder();
        for (int m = 1; m <= 12; m++) {
            sb.append(String.format("%d-%02d,operating_result,%s%n%d-%02d,net_financial_items,0%n", year, m,
                    m == 12 ? "10" : "0", year, m));
        }
        return sb.toString();
    }
}
