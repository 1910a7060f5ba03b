package se.balans.io.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.balans.io.InputFileException;
import se.balans.io.csv.CsvCharset;

/** The CSV ledger: the same vouchers as from SIE, from a table a spreadsheet or another system writes. */
class CsvLedgerReaderTest {
    private static final String LEDGER = """
            date,series,voucher,account,cost_centre,dim_project,dim_activity,amount,text
            2025-01-15,A,1,5010,100,P1,,1000.00,"Hyra, januari"
            2025-01-15,A,1,1930,,,,-1000.00,
            2025-01-20,B,1,7010,200,,A7,250.5,"Lön ""extra""\"
            2025-01-21,B,1,2710,,,,-250.50,"två
            rader"
            """;

    @TempDir
    Path dir;

    private Path write(String text, Charset charset) throws IOException {
        Path f = dir.resolve("ledger.csv");
        Files.write(f, text.getBytes(charset));
        return f;
    }

    private Path write(String text) throws IOException {
        return write(text, StandardCharsets.UTF_8);
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> refused(Path f) {
        return refused(f, LedgerReadOptions.DEFAULTS);
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> refused(Path f, LedgerReadOptions options) {
        return assertThatThrownBy(() -> CsvLedgerReader.read(f, new CollectingSink(), options))
                .isInstanceOf(InputFileException.class);
    }

    @Test
    void rowsOfOneSeriesAndNumberAreOneVoucherWithTheFirstRowsDateAndText() throws IOException {
        Path f = write(LEDGER);
        CollectingSink sink = new CollectingSink();

        LedgerFileSummary s = CsvLedgerReader.read(f, sink);

        assertThat(sink.vouchers).hasSize(2);
        LedgerVoucher a1 = sink.vouchers.get(0);
        assertThat(a1.label()).isEqualTo("A 1");
        assertThat(a1.date()).isEqualTo(LocalDate.of(2025, 1, 15));
        assertThat(a1.text()).isEqualTo("Hyra, januari");
        assertThat(a1.line()).isEqualTo(2);
        assertThat(a1.rows()).containsExactly(
                LedgerRow.of("5010", "100", "project=P1", new BigDecimal("1000.00"), LocalDate.of(2025, 1, 15),
                        "Hyra, januari"),
                LedgerRow.of("1930", "", "", new BigDecimal("-1000.00"), LocalDate.of(2025, 1, 15), ""));
        LedgerVoucher b1 = sink.vouchers.get(1);
        assertThat(b1.rows()).containsExactly(
                LedgerRow.of("7010", "200", "activity=A7", new BigDecimal("250.50"), LocalDate.of(2025, 1, 20),
                        "Lön \"extra\""),
                LedgerRow.of("2710", "", "", new BigDecimal("-250.50"), LocalDate.of(2025, 1, 21), "två\nrader"));
        assertThat(s.format()).isEqualTo("CSV");
        assertThat(s.vouchers()).isEqualTo(2);
        assertThat(s.rows()).isEqualTo(4);
        assertThat(s.lines()).isEqualTo(6);
        assertThat(sink.headers).containsExactly(LedgerHeader.of("CSV"));
    }

    @Test
    void aSwedishExcelFileWithSemicolonsDecimalCommasAndAByteOrderMarkIsRead() throws IOException {
        Path f = write("\uFEFFdate;voucher;account;amount;text\n"
                + "# exported from the ledger\n"
                + "2025-02-01;17;5010;1 234,50;Hyra\n".replace("1 234,50", "1234,50")
                + "2025-02-01;17;1930;\u22121234,50;\n");
        CollectingSink sink = new CollectingSink();

        CsvLedgerReader.read(f, sink);

        assertThat(sink.vouchers.get(0).label()).isEqualTo("17");
        assertThat(sink.vouchers.get(0).rows()).extracting(LedgerRow::amount).extracting(BigDecimal::toPlainString)
                .containsExactly("1234.50", "-1234.50");
        assertThat(sink.vouchers.get(0).line()).isEqualTo(3);
    }

    @Test
    void aLedgerOfMegabytesIsReadToItsEnd() throws IOException {
        // Megabytes after the header: reading it once grew the parser's buffer so far ahead of the parser that a
        // file of ordinary rows was refused as "a record longer than 1114112 bytes" after 2 MB.
        StringBuilder text = new StringBuilder("# a comment before the header\ndate;voucher;account;amount;text\n");
        int vouchers = 40_000;
        for (int v = 1; v <= vouchers; v++) {
            text.append("2025-03-14;").append(v).append(";5010;1 234,50;Hyra för kontoret på Storgatan 12\n")
                    .append("2025-03-14;").append(v).append(";1930;-1 234,50;Hyra för kontoret på Storgatan 12\n");
        }
        Path f = write(text.toString());
        assertThat(Files.size(f)).isGreaterThan(5L << 20);

        LedgerFileSummary s = CsvLedgerReader.read(f, new CollectingSink());

        assertThat(s.vouchers()).isEqualTo(vouchers);
        assertThat(s.rows()).isEqualTo(2L * vouchers);
    }

    @Test
    void aSwedishExcelFileMayGroupTheDigitsOfItsAmountsBySpaces() throws IOException {
        // A cell formatted with thousands separators is saved as shown: Excel writes a no-break space between groups.
        Path f = write("date;voucher;account;amount\n"
                + "2025-02-01;17;5010;1 234,50\n"
                + "2025-02-01;17;5020;12\u00A0345\u00A0678,00\n"
                + "2025-02-01;17;1930;\u221212 346 912,50\n");
        CollectingSink sink = new CollectingSink();

        CsvLedgerReader.read(f, sink);

        assertThat(sink.vouchers.get(0).rows()).extracting(LedgerRow::amount).extracting(BigDecimal::toPlainString)
                .containsExactly("1234.50", "12345678.00", "-12346912.50");
    }

    @Test
    void digitsGroupedOtherwiseThanByThreesAreRefusedAndQuotedAsWritten() throws IOException {
        Path f = write("date;voucher;account;amount\n2025-02-01;17;5010;12 34,50\n2025-02-01;17;1930;-1234,50\n");

        refused(f).hasMessage(f + ":2: column amount: expected an amount in SEK such as -1234,50 (',' as decimal "
                + "point, digits grouped by spaces or not), got \"12 34,50\"");
    }

    @Test
    void anUnbalancedVoucherIsRefusedNamingIt() throws IOException {
        Path f = write("date,series,voucher,account,amount\n2025-01-15,A,17,5010,100\n2025-01-15,A,17,1930,-99.99\n"
                + "2025-01-15,A,18,1930,0\n");
        refused(f).hasMessage(f + ":2: column amount: voucher A 17 does not balance: rows sum to 0.01 (expected 0.00)");
    }

    @Test
    void aVoucherWhoseRowsAreNotTogetherIsRefused() throws IOException {
        Path f = write("date,voucher,account,amount\n2025-01-15,1,5010,0\n2025-01-15,2,5010,0\n2025-01-15,1,1930,0\n");
        refused(f).hasMessage(f + ":4: column voucher: voucher 1 occurs twice in the file: a voucher's rows must be "
                + "next to each other, and a series must not use a number twice");
    }

    @Test
    void unknownAndMissingColumnsAreRefused() throws IOException {
        Path unknown = write("date,voucher,account,amount,cost_center\n");
        refused(unknown).hasMessage(unknown + ":1: column cost_center: unknown column; the columns are account, amount, "
                + "cost_centre, date, series, text, voucher and dimensions named dim_<name>");

        Path missing = write("date,voucher,amount\n");
        refused(missing).hasMessage(missing + ":1: column account: required column is missing from the header");
    }

    @Test
    void datesOutsideTheCallersRangeAreRefused() throws IOException {
        Path f = write("date,voucher,account,amount\n2025-01-31,1,5010,1\n2025-02-01,1,1930,-1\n");
        LedgerReadOptions january = LedgerReadOptions.DEFAULTS.withDateRange(
                new DateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31)));
        refused(f, january).hasMessage(f + ":3: column date: voucher 1: date 2025-02-01 is outside the date range "
                + "2025-01-01 to 2025-01-31 asked for");
        assertThat(CsvLedgerReader.read(f, new CollectingSink()).vouchers()).isEqualTo(1);
    }

    @Test
    void badValuesNameLineAndColumn() throws IOException {
        Path decimals = write("date,voucher,account,amount\n2025-01-31,1,5010,1.005\n");
        refused(decimals).hasMessage(decimals + ":2: column amount: amount 1.005 has more than two decimals (finer than "
                + "one öre)");

        Path comma = write("date,voucher,account,amount\n2025-01-31,1,5010,\"1,5\"\n");
        refused(comma).hasMessage(comma + ":2: column amount: expected an amount in SEK such as -1234.50 ('.' as "
                + "decimal point), got \"1,5\"; a comma-separated file uses '.' as decimal point");

        Path date = write("date,voucher,account,amount\n31/01/2025,1,5010,1\n");
        refused(date).hasMessage(date + ":2: column date: expected a date yyyy-MM-dd, got \"31/01/2025\"");

        Path account = write("date,voucher,account,amount\n2025-01-31,1,,1\n");
        refused(account).hasMessage(account + ":2: column account: a value is required");

        Path fields = write("date,voucher,account,amount\n2025-01-31,1,5010\n");
        refused(fields).hasMessage(fields + ":2: expected 4 fields as in the header, found 3");
    }

    @Test
    void emptyAndHeaderOnlyFiles() throws IOException {
        Path empty = write("");
        refused(empty).hasMessage(empty + ":1: empty file: expected a header row with the columns account, amount, "
                + "date, voucher");

        Path headerOnly = write("date,voucher,account,amount\n");
        assertThat(CsvLedgerReader.read(headerOnly, new CollectingSink()).vouchers()).isZero();
    }

    @Test
    void aTruncatedFileIsRefused() throws IOException {
        Path quote = write("date,voucher,account,amount,text\n2025-01-31,1,5010,0,\"never closed\n");
        refused(quote).hasMessageStartingWith(quote + ":").hasMessageContaining("malformed CSV");

        Path row = write("date,voucher,account,amount\n2025-01-31,1,5010,10\n2025-01-31,1,19");
        refused(row).hasMessage(row + ":3: expected 4 fields as in the header, found 3");
    }

    @Test
    void aLedgerExcelSavedInWindows1252IsReadAndItsEncodingReported() throws IOException {
        Path f = write("date;voucher;account;amount;text\n2025-01-31;1;5010;1 234,50;Lön januari – Åsele\n"
                + "2025-01-31;1;1930;-1 234,50;Hälsocentral\n", CsvCharset.WINDOWS_1252);
        CollectingSink sink = new CollectingSink();

        LedgerFileSummary s = CsvLedgerReader.read(f, sink);

        assertThat(s.charset()).isEqualTo(CsvCharset.WINDOWS_1252);
        assertThat(sink.vouchers.get(0).text()).isEqualTo("Lön januari – Åsele");
    }

    @Test
    void textThatIsNotUtf8IsRefusedNamingItsLine() throws IOException {
        // UTF-8 text with a line of Windows-1252 after it: a mixture, which one reading or the other would garble.
        Path f = write("date,voucher,account,amount,text\n2025-01-31,1,5010,0,Lön\n2025-01-31,1,5010,0,ok\n",
                StandardCharsets.UTF_8);
        Files.write(f, "2025-01-31,1,5010,0,Lön\n".getBytes(StandardCharsets.ISO_8859_1),
                java.nio.file.StandardOpenOption.APPEND);
        refused(f).hasMessage(f + ":4: not UTF-8 text (save the file as UTF-8)");

        Path utf16 = write("date,voucher,account,amount\n", StandardCharsets.UTF_16LE);
        refused(utf16).hasMessage(utf16 + ":1: NUL byte: not UTF-8 text (UTF-16, or a binary file?)");
    }

    @Test
    void aTwoGigabyteLineIsRefusedWithoutReadingIt() throws IOException {
        Path f = dir.resolve("huge.csv");
        byte[] x = new byte[1 << 16];
        Arrays.fill(x, (byte) 'x');
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.write("date,voucher,account,amount,text\n2025-01-31,1,5010,0,".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 20; i++) {
                raf.write(x); // 1.25 MiB of text, then a sparse rest of the 2 GiB line that is never read
            }
            raf.setLength(2L << 30);
        }
        refused(f).hasMessage(f + ":2: line is longer than 1048576 bytes: not a ledger text file, or a damaged one");
    }

    @Test
    void anUnclosedQuoteSpanningManyShortLinesIsRefusedByTheRecordLimit() throws IOException {
        Path f = write("date,voucher,account,amount,text\n2025-01-31,1,5010,0,\"" + "ab\n".repeat(30_000) + "\"\n");
        refused(f, LedgerReadOptions.DEFAULTS.withMaxLineBytes(1000))
                .hasMessageContaining("a record longer than 66536 bytes: a quoted field that is never closed?");
    }

    @Test
    void headerMistakesNameTheHeadersOwnLineAfterTheComments() throws IOException {
        Path unknown = write("# exported 2025-02-01\n# from the ledger\ndate,voucher,account,amount,cost_center\n");
        refused(unknown).hasMessageStartingWith(unknown + ":3: column cost_center: unknown column;");

        Path quote = write("# exported\n\"date\"x,voucher,account,amount\n");
        refused(quote).hasMessageStartingWith(quote + ":2: malformed CSV: ");

        Path unnamed = write("date,voucher,,account,amount\n");
        refused(unnamed).hasMessage(unnamed + ":1: column 3 of the header row has no name (a separator too many?)");

        Path twice = write("date,voucher,account,amount,date\n");
        refused(twice).hasMessage(twice + ":1: column date: appears twice in the header");
    }

    @Test
    void malformedQuotingInARowNamesThatRowsLine() throws IOException {
        Path f = write("date,voucher,account,amount,text\n2025-01-31,1,5010,0,ok\n2025-01-31,1,5010,0,\"a\"b\n");
        refused(f).hasMessageStartingWith(f + ":3: malformed CSV: Invalid character between encapsulated token");
    }

    @Test
    void moreCommentsBeforeTheHeaderThanALinesLimitAreRefusedClearly() throws IOException {
        Path f = write("# a comment of some length\n".repeat(100) + "date,voucher,account,amount\n");
        refused(f, LedgerReadOptions.DEFAULTS.withMaxLineBytes(1000)).hasMessage(f + ":38: more than 1000 characters of "
                + "comments and blank lines before the header row");
    }

    @Test
    void aLineBreakInsideAQuotedDateStaysInsideTheOneLineMessage() throws IOException {
        Path f = write("date,voucher,account,amount\n\"2025-\n01-31\",1,5010,0\n");
        refused(f).hasMessage(f + ":3: column date: expected a date yyyy-MM-dd, got \"2025-\\u000A01-31\"");
    }

    @Test
    void changedBytesSucceedOrFailWithTheReadersOwnError() throws IOException {
        byte[] original = LEDGER.getBytes(StandardCharsets.UTF_8);
        byte[] special = {',', ';', '"', '\n', '\r', '#', 0, (byte) 0xC3, '-', '.', '9'};
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) {
            byte[] bytes = original.clone();
            int at = random.nextInt(bytes.length);
            bytes[at] = random.nextBoolean() ? special[random.nextInt(special.length)] : (byte) random.nextInt(256);
            Path f = dir.resolve("damaged.csv");
            Files.write(f, i % 5 == 0 ? Arrays.copyOf(bytes, at) : bytes);
            try {
                CsvLedgerReader.read(f, new CollectingSink());
            } catch (InputFileException e) {
                assertThat(e.file()).isEqualTo(f);
                assertThat(e.getMessage()).doesNotContain("\n");
            }
        }
    }
}
