package se.balans.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.balans.io.InputFileException;

/**
 * The small tables every plan, history, mapping and treasury file is: bad files are refused with
 * the file, the line and where known the column, before they can cost time or memory.
 */
class CsvTableTest {
    private static final Set<String> REQUIRED = Set.of("year", "amount");
    private static final Set<String> OPTIONAL = Set.of("source");

    @TempDir
    Path dir;

    private Path write(String text, Charset charset) throws IOException {
        Path f = dir.resolve("table.csv");
        Files.write(f, text.getBytes(charset));
        return f;
    }

    private Path write(String text) throws IOException {
        return write(text, StandardCharsets.UTF_8);
    }

    private static CsvTable read(Path f) {
        return CsvTable.read(f, REQUIRED, OPTIONAL);
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> refused(Path f) {
        return assertThatThrownBy(() -> read(f)).isInstanceOf(InputFileException.class);
    }

    /** The first row's amount in mnkr, which is where a bad number is noticed. */
    private static AbstractThrowableAssert<?, ? extends Throwable> refusedAmount(Path f) {
        return assertThatThrownBy(() -> read(f).rows().get(0).mnkr("amount")).isInstanceOf(InputFileException.class);
    }

    @Test
    void anEmptyFileIsRefusedNamingTheColumnsInOneOrder() throws IOException {
        Path f = write("");
        refused(f).hasMessage(f + ":1: empty file: expected a header row with the columns amount, year");
    }

    @Test
    void aFileCutOffInsideARowNamesThatRow() throws IOException {
        Path f = write("year,amount,source\n2024,12.5,seed\n2025,13");
        refused(f).hasMessage(f + ":3: expected 3 fields as in the header, found 2");
    }

    @Test
    void aTwoGigabyteFileIsRefusedWithoutReadingIt() throws IOException {
        Path f = dir.resolve("huge.csv");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.write("year,amount\n2025,".getBytes(StandardCharsets.US_ASCII));
            raf.setLength(2L << 30); // sparse: one 2 GiB line that is never read
        }
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () -> refused(f).hasMessage(f + ": the file has "
                + (2L << 30) + " bytes, more than the 8388608 a table of this kind may have: not the right file?"));
    }

    @Test
    void aFileExcelSavedInWindows1252IsReadAsItsUtf8Twin() throws IOException {
        String text = "year;amount;source\n2024;1;Hälso- och sjukvårdsnämnden\n2025;2;Lön – Östersund, 5 €\n";

        CsvTable ansi = read(write(text, CsvCharset.WINDOWS_1252));

        assertThat(ansi.rows()).extracting(r -> r.text("source"))
                .containsExactly("Hälso- och sjukvårdsnämnden", "Lön – Östersund, 5 €");
        assertThat(ansi.rows()).extracting(r -> r.text("source"))
                .isEqualTo(read(write(text, StandardCharsets.UTF_8)).rows().stream().map(r -> r.text("source")).toList());
    }

    @Test
    void textThatIsNeitherIsRefusedNamingTheFirstLineThatIsNotUtf8() throws IOException {
        // UTF-8 text with a line of Windows-1252 pasted after it: one of the two readings would garble a name.
        Path mixed = write("year,amount,source\n2024,1,Lön\n", StandardCharsets.UTF_8);
        Files.write(mixed, "2025,2,Lön\n".getBytes(StandardCharsets.ISO_8859_1), java.nio.file.StandardOpenOption.APPEND);
        refused(mixed).hasMessage(mixed + ":3: not UTF-8 text (save the file as UTF-8)");

        // CP437's Swedish letters are bytes 80–9F, where Windows-1252 has dashes and quotes: not guessed at.
        Path cp437 = write("year,amount,source\n2025,2,Lön\n", Charset.forName("IBM437"));
        refused(cp437).hasMessage(cp437 + ":2: not UTF-8 text (save the file as UTF-8)");
        Path dashOnly = write("year,amount,source\n2025,2,2024 – 2025\n", CsvCharset.WINDOWS_1252);
        refused(dashOnly).hasMessage(dashOnly + ":2: not UTF-8 text (save the file as UTF-8)");

        Path utf16 = write("\uFEFFyear,amount\n2025,2\n", StandardCharsets.UTF_16LE);
        refused(utf16).hasMessage(utf16 + ":1: NUL byte: not UTF-8 text (UTF-16, or a binary file?)");
    }

    @Test
    void aByteOrderMarkAndSwedishExcelsSemicolonsAreRead() throws IOException {
        Path f = write("\uFEFF# kommentar\nyear;amount\n2025;\u22121234,5\n");

        assertThat(read(f).rows().get(0).number("amount")).isEqualByComparingTo("-1234.5");
    }

    @Test
    void headerMistakesNameTheHeadersOwnLineAfterTheComments() throws IOException {
        Path unknown = write("# a comment\n# another\nyear,amount,cost_center\n");
        refused(unknown).hasMessage(unknown + ":3: column cost_center: unknown column; the columns are amount, source, "
                + "year");

        Path twice = write("# a comment\nyear,amount,year\n");
        refused(twice).hasMessage(twice + ":2: column year: appears twice in the header");

        Path unnamed = write("year,,amount\n");
        refused(unnamed).hasMessage(unnamed + ":1: column 2 of the header row has no name (a separator too many?)");

        Path missing = write("source\n");
        refused(missing).hasMessage(missing + ":1: column amount: required column is missing from the header");
    }

    @Test
    void malformedQuotingNamesItsLine() throws IOException {
        Path header = write("# comment\n\"year\"x,amount\n");
        refused(header).hasMessageStartingWith(header + ":2: malformed CSV: ");

        Path row = write("year,amount,source\n2024,1,ok\n2025,2,\"a\"b\n");
        refused(row).hasMessageStartingWith(row + ":3: malformed CSV: ");
    }

    @Test
    void aNumberWithMoreDigitsThanAnyAmountIsRefusedAtOnce() throws IOException {
        Path f = write("year,amount\n2025,1" + "0".repeat(100_000) + "\n");

        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), () -> refusedAmount(f)
                .hasMessageStartingWith(f + ":2: column amount: expected at most 15 digits before the decimal point and "
                        + "20 after it, got 1000"));
        assertThat(CsvTable.decimal("-123456789012345.12345678901234567890")).isEqualByComparingTo(
                new BigDecimal("-123456789012345.12345678901234567890"));
    }

    @Test
    void amountsFinerThanOneOreAndExponentsAreRefused() throws IOException {
        Path fine = write("year,amount\n2025,1.000000001\n");
        refusedAmount(fine).hasMessage(fine + ":2: column amount: amount 1.000000001 mnkr is finer than one öre (8 decimals)");

        Path exponent = write("year,amount\n2025,1e9\n");
        refusedAmount(exponent).hasMessage(exponent + ":2: column amount: expected a number with '.' as decimal point, got "
                + "\"1e9\"");
        assertThat(read(write("year,amount\n2025,1.00000001000\n")).rows().get(0).mnkr("amount").sek())
                .isEqualByComparingTo("1000000.01");
    }

    @Test
    void aSwedishExcelFileMayGroupDigitsBySpacesButOnlyByThrees() throws IOException {
        Path grouped = write("year;amount\n2025;1\u00A0234,5\n2026;\u22121 000 000\n");
        assertThat(read(grouped).rows()).extracting(r -> r.number("amount").toPlainString())
                .containsExactly("1234.5", "-1000000");

        Path badly = write("year;amount\n2025;1 23,5\n");
        refusedAmount(badly).hasMessage(badly + ":2: column amount: expected a number with ',' as decimal point (a "
                + "file separated by semicolons), digits grouped by spaces or not, got \"1 23,5\"");
    }

    @Test
    void aLineBreakOrTerminalEscapeInAQuotedValueStaysInsideTheOneLineMessage() throws IOException {
        Path f = write("year,amount\n\"20\n25\u001B[2J\",1\n");

        String message = Assertions.assertThrows(InputFileException.class, () -> read(f).rows().get(0).year("year"))
                .getMessage();

        assertThat(message).isEqualTo(f + ":3: column year: expected a year such as 2025, got \"20\\u000A25\\u001B[2J\"");
    }
}
