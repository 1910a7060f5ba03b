package se.balans.io.sie;

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

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.balans.engine.ledger.Dimensions;
import se.balans.io.InputFileException;
import se.balans.io.ledger.BalanceRecord;
import se.balans.io.ledger.CollectingSink;
import se.balans.io.ledger.DateRange;
import se.balans.io.ledger.LedgerFileSummary;
import se.balans.io.ledger.LedgerReadOptions;
import se.balans.io.ledger.LedgerRow;
import se.balans.io.ledger.LedgerVoucher;

/** The SIE reader on small files written for one rule each. */
class SieReaderTest {
    private static final String HEAD = """
            #FLAGGA 0
            #FORMAT PC8
            #SIETYP 4
            #PROGRAM "Test" 1.0
            #GEN 20250201
            #FNAMN "Region Test"
            #RAR 0 20250101 20251231
            """;

    @TempDir
    Path dir;

    private Path write(String text, Charset charset) throws IOException {
        Path f = dir.resolve("ledger.se");
        Files.write(f, text.getBytes(charset));
        return f;
    }

    private Path write(String text) throws IOException {
        return write(text, StandardCharsets.ISO_8859_1);
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> refused(Path f) {
        return refused(f, LedgerReadOptions.DEFAULTS);
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> refused(Path f, LedgerReadOptions options) {
        return assertThatThrownBy(() -> SieReader.read(f, new CollectingSink(), options))
                .isInstanceOf(InputFileException.class);
    }

    // --- encodings -------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"IBM437", "ISO-8859-1", "UTF-8"})
    void eachEncodingDecodesSwedishNamesThoughTheFileSaysPc8(String charsetName) throws IOException {
        Charset charset = Charset.forName(charsetName);
        Path f = write(HEAD + """
                #DIM 1 "Kostnadsställe"
                #OBJEKT 1 "Å1" "Årsta vårdcentral"
                #KONTO 4010 "Inköp material och varor"
                """, charset);
        CollectingSink sink = new CollectingSink();

        LedgerFileSummary s = SieReader.read(f, sink);

        assertThat(sink.dimensions).containsExactly("1|Kostnadsställe|");
        assertThat(sink.objects).containsExactly("1|Å1|Årsta vårdcentral");
        assertThat(sink.accounts).containsExactly("4010|Inköp material och varor|");
        assertThat(s.charset()).isEqualTo(charset);
        assertThat(s.header().format()).isEqualTo("PC8");
    }

    @Test
    void aUtf8ByteOrderMarkIsSkippedAndDecidesTheEncoding() throws IOException {
        Path f = write("\uFEFF" + HEAD + "#DIM 1 \"Kostnadsställe\"\n", StandardCharsets.UTF_8);
        CollectingSink sink = new CollectingSink();

        assertThat(SieReader.read(f, sink).charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(sink.dimensions).containsExactly("1|Kostnadsställe|");
    }

    @Test
    void aLatin1FieldInAUtf8FileIsRefusedAsMixedEncodings() throws IOException {
        byte[] utf8 = (HEAD + "#DIM 1 \"Kostnadsställe\"\n").getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "#DIM 2 \"Kostnadsbärare\"\n".getBytes(StandardCharsets.ISO_8859_1);
        Path f = dir.resolve("mixed.se");
        Files.write(f, concat(utf8, latin1));

        refused(f).hasMessage(f + ":9: field #DIM name: this text looks like Latin-1, but the file's text from line 8 "
                + "on is UTF-8: expected one encoding throughout the file (CP437, Latin-1 or UTF-8)");
    }

    @Test
    void utf16IsRefused() throws IOException {
        Path withBom = write("\uFEFF" + HEAD, StandardCharsets.UTF_16LE);
        refused(withBom).hasMessage(withBom + ":1: UTF-16 text: expected a SIE file in CP437 (PC8), Latin-1 or UTF-8");

        Path withoutBom = write(HEAD, StandardCharsets.UTF_16LE);
        refused(withoutBom).hasMessageStartingWith(withoutBom + ":1: control character 0x00: not SIE text");
    }

    @Test
    void aFileThatIsNotSieIsRefusedAtItsFirstLine() throws IOException {
        Path f = write("date,voucher,account,amount\n2025-01-01,1,3010,100\n");
        refused(f).hasMessage(f + ":1: not a SIE file: expected #FLAGGA as the first record");
    }

    // --- vouchers --------------------------------------------------------------------------

    @Test
    void objectListsWithSeveralDimensionsGiveTheCostCentreAndCanonicalDimensions() throws IOException {
        Path f = write(HEAD + """
                #VER A 1 20250115 "Hyra januari" 20250116 "AB"
                {
                   #TRANS 5010 {6 "P1" 1 "100" 2 "B 7"} 1000.00 20250110 "Hyra \\"hus\\" 1"
                   #TRANS 5010 {10 X 2 Y} 200
                   #TRANS 1930 {} -1200.00
                }
                """);
        CollectingSink sink = new CollectingSink();

        SieReader.read(f, sink);

        LedgerVoucher v = sink.vouchers.get(0);
        assertThat(v.rows()).containsExactly(
                LedgerRow.of("5010", "100", "2=B 7;6=P1", new BigDecimal("1000.00"), LocalDate.of(2025, 1, 10),
                        "Hyra \"hus\" 1"),
                LedgerRow.of("5010", "", "2=Y;10=X", new BigDecimal("200.00"), LocalDate.of(2025, 1, 15), ""),
                LedgerRow.of("1930", "", "", new BigDecimal("-1200.00"), LocalDate.of(2025, 1, 15), ""));
        assertThat(v.label()).isEqualTo("A 1");
        assertThat(v.text()).isEqualTo("Hyra januari");
    }

    @Test
    void addedAndRemovedRowsAreHistoryAndOnlyTheTransRowsAreBooked() throws IOException {
        Path f = write(HEAD + """
                #VER A 1 20250115 "Rättad"
                {
                #TRANS 5010 {1 "100"} 500.00
                #BTRANS 5010 {1 "200"} 500.00 20250120 "" 0 "Anna"
                #RTRANS 5010 {1 "100"} 500.00 20250120 "" 0 "Anna"
                #TRANS 5010 {1 "100"} 500.00 20250120 "" 0 "Anna"
                #TRANS 1930 {} -1000.00
                }
                """);
        CollectingSink sink = new CollectingSink();

        LedgerFileSummary s = SieReader.read(f, sink);

        assertThat(sink.vouchers.get(0).rows()).extracting(LedgerRow::amount).extracting(BigDecimal::toPlainString)
                .containsExactly("500.00", "500.00", "-1000.00");
        assertThat(s.ignoredRows()).isEqualTo(2);
        assertThat(s.rows()).isEqualTo(3);
    }

    @Test
    void anAddedRowWithoutItsTransCopyIsRefusedRatherThanLost() throws IOException {
        Path f = write(HEAD + """
                #VER A 1 20250115 "Rättad"
                {
                #TRANS 1930 {} -500.00
                #RTRANS 5010 {1 "100"} 500.00
                }
                """);
        refused(f).hasMessageStartingWith(f + ":11: field #RTRANS: #RTRANS in voucher A 1 is not followed by the "
                + "same row as #TRANS");
    }

    @Test
    void anUnbalancedVoucherIsRefusedNamingIt() throws IOException {
        Path f = write(HEAD + """
                #VER A 17 20250115 "Hyra"
                {
                #TRANS 5010 {} 1100.00
                #TRANS 1930 {} -1000.00
                }
                """);
        CollectingSink sink = new CollectingSink();
        assertThatThrownBy(() -> SieReader.read(f, sink))
                .hasMessage(f + ":8: field #TRANS: voucher A 17 does not balance: rows sum to 100.00 (expected 0.00)");
        assertThat(sink.vouchers).isEmpty();
    }

    @Test
    void aVoucherRepeatedExactlyInItsSeriesIsRefusedAsADoubleExportNamingBothLines() throws IOException {
        String voucher = """
                #VER B 3 20250115
                {
                #TRANS 5010 {} 1.00
                #TRANS 1930 {} -1.00
                }
                """;
        Path f = write(HEAD + voucher + voucher.replace("B 3", "A 3") + voucher);
        refused(f).hasMessage(f + ":18: field #VER number: voucher B 3 repeats voucher B 3 at line 8 exactly (same "
                + "date and rows): a double export? It is refused rather than booked twice");
    }

    @Test
    void aRepeatWithItsRowsInAnotherOrderIsStillTheSameVoucher() throws IOException {
        Path f = write(HEAD + """
                #VER B 3 20250115 "Hyra"
                {
                #TRANS 5010 {1 "100"} 1.00
                #TRANS 1930 {} -1.00
                }
                #VER B 3 20250115 "Hyra, igen"
                {
                #TRANS 1930 {} -1.00
                #TRANS 5010 {1 "100"} 1.00
                }
                """);
        refused(f).hasMessageStartingWith(f + ":13: field #VER number: voucher B 3 repeats voucher B 3 at line 8");
    }

    @Test
    void periodicVouchersThatReuseANumberWithOtherDatesAreReadWithAWarning() throws IOException {
        // BL Administration writes its periodic vouchers (periodiseringar) with the number of the voucher they came from.
        Path f = write(HEAD + """
                #VER # 1 20250131 "Försäkring"
                {
                #TRANS 1710 {} 1200.00
                #TRANS 1930 {} -1200.00
                }
                #VER # 1 20250228 "Försäkring, periodisering"
                {
                #TRANS 6310 {} 100.00
                #TRANS 1710 {} -100.00
                }
                #VER # 1 20250331 "Försäkring, periodisering"
                {
                #TRANS 6310 {} 100.00
                #TRANS 1710 {} -100.00
                }
                """);
        CollectingSink sink = new CollectingSink();

        LedgerFileSummary s = SieReader.read(f, sink);

        assertThat(sink.vouchers).extracting(LedgerVoucher::date).containsExactly(LocalDate.of(2025, 1, 31),
                LocalDate.of(2025, 2, 28), LocalDate.of(2025, 3, 31));
        assertThat(s.warningCount()).isEqualTo(2);
        assertThat(s.warnings()).extracting(Object::toString).containsExactly(
                "13: #VER number: voucher # 1 uses the number of voucher # 1 at line 8 with other content (date or "
                        + "rows); both are read, as the file's program numbered them (periodic vouchers reuse the "
                        + "number they came from)",
                "18: #VER number: voucher # 1 uses the number of voucher # 1 at line 8 with other content (date or "
                        + "rows); both are read, as the file's program numbered them (periodic vouchers reuse the "
                        + "number they came from)");
    }

    @Test
    void aRepeatOfTheSecondUseOfANumberIsADoubleExportToo() throws IOException {
        String second = "#VER A 1 20250228\n{\n#TRANS 6310 {} 100.00\n#TRANS 1710 {} -100.00\n}\n";
        Path f = write(HEAD + "#VER A 1 20250131\n{\n#TRANS 1710 {} 5.00\n#TRANS 1930 {} -5.00\n}\n" + second
                + second);
        refused(f).hasMessageStartingWith(f + ":18: field #VER number: voucher A 1 repeats voucher A 1 at line 13 "
                + "exactly");
    }

    // --- tolerated: records that do not change the ledger ------------------------------------

    @Test
    void recordsThatDoNotChangeTheLedgerAreReadWithWarningsWhenExportsGetThemWrong() throws IOException {
        Path f = write("""
                #FLAGGA 0
                #SIETYP 4
                #ORGNR
                #ADRESS "Ekonomi "centralt"" "Box 1" "901 89 Umeå" "090-00 00 00"
                #RAR 0 20250101 20251231
                #KONTO 2440 "Leverantörsskulder "gamla""
                #KONTO 1930 "Bank "Nordea" konto"
                #KTYP 2440
                #KTYP 1930 T
                #PBUDGET 0 3010 202501 {} -100000.00
                #PBUDGET 0 202501 3010 {} -90000.00
                #VER A 1 20250115
                {
                #TRANS 2440 {} 10.00
                #TRANS 1930 {} -10.00
                }
                """);
        CollectingSink sink = new CollectingSink();

        LedgerFileSummary s = SieReader.read(f, sink);

        assertThat(s.vouchers()).isEqualTo(1);
        assertThat(s.header().organisationNumber()).isEmpty();
        assertThat(sink.accounts).containsExactly("2440|Leverantörsskulder \"gamla\"|", "1930|Bank \"Nordea\" konto|T");
        assertThat(sink.balances).singleElement().satisfies(b -> {
            assertThat(b.kind()).isEqualTo(BalanceRecord.Kind.PBUDGET);
            assertThat(b.amount()).isEqualByComparingTo("-90000");
        });
        assertThat(s.balances()).isEqualTo(1);
        assertThat(s.warnings()).extracting(Object::toString).containsExactly(
                "3: #ORGNR: missing: the record ends before this field; the organisation number is left empty",
                "4: #ADRESS: a quote inside a field that SIE writes as \\\" (or an unclosed quote): read as part of "
                        + "the text; the record does not change the ledger",
                "6: #KONTO: a quote inside a field that SIE writes as \\\" (or an unclosed quote): read as part of "
                        + "the text; the record does not change the ledger",
                "7: #KONTO: a quote inside a field that SIE writes as \\\" (or an unclosed quote): read as part of "
                        + "the text; the record does not change the ledger",
                "8: #KTYP type: missing: the record ends before this field; the account type is left out",
                "10: #PBUDGET period: expected a period yyyymm, got \"3010\"; the record is left out (Balans takes "
                        + "budgets from its own files)");
    }

    /**
     * SoftOne XE writes a row's text with its quotes unescaped: the row is read, its text as written, with a warning;
     * its account, objects, amount and date are those the strict reading had read. A stray quote in the date, before
     * the text, is still refused.
     */
    @Test
    void aStrayQuoteInARowsTextIsReadWithAWarningAndTheAmountsAsWritten() throws IOException {
        Path f = write(HEAD + "#VER A 1 20250115\n{\n"
                + "#TRANS 1920 {} -1.85 \"\" \"Faktura \"123\"\" 0\n"
                + "#TRANS 3010 {1 \"100\"} 1.85 20250115 \"Kund \"X\" AB\"\n}\n");
        CollectingSink sink = new CollectingSink();

        LedgerFileSummary s = SieReader.read(f, sink);

        assertThat(sink.vouchers).singleElement().satisfies(v -> {
            assertThat(v.rows()).extracting(r -> r.account() + " " + r.costCentre() + " " + r.amount() + " " + r.text())
                    .containsExactly("1920  -1.85 Faktura \"123\"", "3010 100 1.85 Kund \"X\" AB");
        });
        assertThat(s.warnings()).extracting(Object::toString).containsExactly(
                "10: #TRANS text: a quote inside the row's text that SIE writes as \\\" (or an unclosed quote): read as "
                        + "part of the text; the row's account, objects, amount and date are as written",
                "11: #TRANS text: a quote inside the row's text that SIE writes as \\\" (or an unclosed quote): read as "
                        + "part of the text; the row's account, objects, amount and date are as written");

        Path date = write(HEAD + "#VER A 1 20250115\n{\n#TRANS 1920 {} -1.85 \"2025\"0115\" \"x\"\n}\n");
        refused(date).hasMessage(date + ":10: expected a space after the closing '\"'");
    }

    /** A name with spaces written without quotes is read whole, with a warning; a quoted one as it is. */
    @Test
    void anUnquotedNameWithSpacesIsReadWhole() throws IOException {
        Path f = write(HEAD.replace("#FNAMN \"Region Test\"", "#FNAMN Övningsbolaget AB"));
        LedgerFileSummary s = SieReader.read(f, new CollectingSink());

        assertThat(s.header().companyName()).isEqualTo("Övningsbolaget AB");
        assertThat(s.warnings()).extracting(Object::toString).containsExactly(
                "6: #FNAMN: a name with spaces that SIE writes in quotes: read as one name, \"Övningsbolaget AB\"");
        assertThat(SieReader.read(write(HEAD), new CollectingSink()).header().companyName()).isEqualTo("Region Test");
    }

    @Test
    void strayQuotesAreStillRefusedWhereTheyWouldChangeTheLedger() throws IOException {
        Path row = write(HEAD + "#VER A 1 20250101\n{\n#TRANS 1930 {1 \"10\"0\"} 0\n}\n");
        refused(row).hasMessage(row + ":10: expected a space after the closing '\"'");

        Path name = write(HEAD + "#FNAMN \"Region \"Test\"\"\n");
        refused(name).hasMessage(name + ":8: expected a space after the closing '\"'");

        Path psaldo = write(HEAD + "#PSALDO 0 3010 202501 {} -1.00\n");
        refused(psaldo).hasMessageStartingWith(psaldo + ":8: field #PSALDO period:");
    }

    @Test
    void aFileWithoutFaultsHasNoWarnings() throws IOException {
        Path f = write(HEAD + "#ORGNR 232100-0222\n#KONTO 1930 \"Bank \\\"Nordea\\\"\"\n");
        LedgerFileSummary s = SieReader.read(f, new CollectingSink());
        assertThat(s.warnings()).isEmpty();
        assertThat(s.warningCount()).isZero();
    }

    @Test
    void datesOutsideTheFiscalYearAreRefused() throws IOException {
        Path voucherDate = write(HEAD + "#VER A 1 20241231\n{\n}\n");
        refused(voucherDate).hasMessage(voucherDate + ":8: field #VER date: voucher A 1: date 2024-12-31 is outside "
                + "the fiscal year 2025-01-01 to 2025-12-31 (#RAR 0)");

        Path rowDate = write(HEAD + "#VER A 1 20250101\n{\n#TRANS 1930 {} 0.00 20260101\n}\n");
        refused(rowDate).hasMessage(rowDate + ":10: field #TRANS date: voucher A 1: date 2026-01-01 is outside "
                + "the fiscal year 2025-01-01 to 2025-12-31 (#RAR 0)");
    }

    @Test
    void theCallersDateRangeIsCheckedToo() throws IOException {
        Path f = write(HEAD + "#VER A 1 20250301\n{\n}\n");
        LedgerReadOptions january = LedgerReadOptions.DEFAULTS.withDateRange(
                new DateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31)));
        refused(f, january).hasMessageContaining("date 2025-03-01 is outside the date range 2025-01-01 to 2025-01-31");
    }

    @Test
    void anAmountFinerThanOneOreIsRefused() throws IOException {
        Path f = write(HEAD + "#VER A 1 20250101\n{\n#TRANS 1930 {} 10.005\n#TRANS 3010 {} -10.005\n}\n");
        refused(f).hasMessage(f + ":10: field #TRANS amount: amount 10.005 has more than two decimals (finer than "
                + "one öre)");
    }

    @Test
    void zerosBeyondTheOreAndASignAreAccepted() throws IOException {
        Path f = write(HEAD + "#VER A 1 20250101\n{\n#TRANS 1930 {} +10.500\n#TRANS 3010 {} -10.5\n}\n");
        CollectingSink sink = new CollectingSink();
        SieReader.read(f, sink);
        assertThat(sink.vouchers.get(0).rows().get(0).amount()).isEqualTo(new BigDecimal("10.50"));
    }

    @Test
    void aVoucherWithMoreRowsThanTheLimitIsRefused() throws IOException {
        Path f = write(HEAD + "#VER A 1 20250101\n{\n#TRANS 1 {} 1\n#TRANS 2 {} 1\n#TRANS 3 {} -2\n}\n");
        refused(f, LedgerReadOptions.DEFAULTS.withMaxVoucherRows(2))
                .hasMessageStartingWith(f + ":8: field #TRANS: voucher A 1 has more than 2 rows");
    }

    @Test
    void rowsOutsideAVoucherAndAMissingBraceAreRefused() throws IOException {
        Path row = write(HEAD + "#TRANS 1930 {} 1.00\n");
        refused(row).hasMessageStartingWith(row + ":8: field #TRANS: #TRANS outside a voucher");

        Path brace = write(HEAD + "#VER A 1 20250101\n#TRANS 1930 {} 1.00\n");
        refused(brace).hasMessage(brace + ":9: field #TRANS: #TRANS outside a voucher: expected it between the '{' "
                + "and '}' after a #VER");

        Path unclosed = write(HEAD + "#VER A 1 20250101\n{\n#TRANS 1930 {} 0\n#VER A 2 20250101\n");
        refused(unclosed).hasMessage(unclosed + ":11: field #VER: voucher A 1 (line 8) is not closed: expected '}' "
                + "before #VER");
    }

    // --- the file as a whole ----------------------------------------------------------------

    @Test
    void anEmptyFileIsRefused() throws IOException {
        Path f = write("");
        refused(f).hasMessage(f + ":1: empty file: expected a SIE file starting with #FLAGGA");
    }

    @Test
    void aFileTruncatedInsideAVoucherIsRefused() throws IOException {
        Path f = write(HEAD + "#VER A 1 20250101\n{\n#TRANS 1930 {} 10.00\n#TRANS 3010 {} -10.00\n");
        refused(f).hasMessage(f + ":11: field #VER: the file ends inside voucher A 1 (line 8): expected its rows and "
                + "a closing '}'; truncated file?");

        Path midRow = write(HEAD + "#VER A 1 20250101\n{\n#TRANS 1930 {} 10.00\n#TRANS 30");
        refused(midRow).hasMessage(midRow + ":11: field #TRANS amount: missing: the record ends before this field");
    }

    @Test
    void aFileTruncatedBeforeItsClosingChecksumIsRefused() throws IOException {
        Path f = write("#FLAGGA 0\n#KSUMMA\n#SIETYP 4\n#KONTO 1930 \"Bank\"\n");
        refused(f).hasMessage(f + ":4: field #KSUMMA: the file ends without the closing #KSUMMA opened at line 2: "
                + "truncated file?");
    }

    @Test
    void aRecordAfterTheClosingChecksumIsRefused() throws IOException {
        Path f = write("#FLAGGA 0\n#KSUMMA\n#KSUMMA 0\n#KONTO 1930 \"Bank\"\n");
        refused(f).hasMessageStartingWith(f + ":4: field #KONTO: record after the closing #KSUMMA");
    }

    @Test
    void aFiscalYearAfterTheVouchersIsRefusedBecauseTheyWereNotCheckedAgainstIt() throws IOException {
        Path f = write("#FLAGGA 0\n#VER A 1 20250101\n{\n}\n#RAR 0 20250101 20251231\n");
        refused(f).hasMessageStartingWith(f + ":5: field #RAR: #RAR after the account plan, balances or vouchers");
    }

    @Test
    void aTwoGigabyteLineIsRefusedWithoutReadingIt() throws IOException {
        Path f = dir.resolve("huge.se");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.write("#FLAGGA 0\n#FNAMN \"".getBytes(StandardCharsets.US_ASCII));
            raf.setLength(2L << 30); // sparse: the line is 2 GiB without taking disk space
            raf.seek((2L << 30) - 2);
            raf.write("\"\n".getBytes(StandardCharsets.US_ASCII));
        }
        refused(f).hasMessage(f + ":2: line is longer than 1048576 bytes: not a ledger text file, or a damaged one");
    }

    @Test
    void badFieldsNameTheLabelAndField() throws IOException {
        Path date = write(HEAD + "#VER A 1 20250230\n{\n}\n");
        refused(date).hasMessage(date + ":8: field #VER date: no such date: 20250230 (expected yyyymmdd)");

        Path period = write(HEAD + "#PSALDO 0 202513 3010 {} 1.00\n");
        refused(period).hasMessage(period + ":8: field #PSALDO period: no such month: 202513 (expected yyyymm)");

        Path list = write(HEAD + "#VER A 1 20250101\n{\n#TRANS 1930 {1} 0\n}\n");
        refused(list).hasMessage(list + ":10: field #TRANS objects: expected pairs of dimension and object: "
                + "{dimension object dimension object …}");

        Path quote = write(HEAD + "#FNAMN \"Region\n");
        refused(quote).hasMessage(quote + ":8: quoted field not closed: expected a closing '\"'");

        Path amount = write(HEAD + "#IB 0 1930 12,50\n");
        refused(amount).hasMessage(amount + ":8: field #IB amount: expected an amount in SEK such as -1234.50 "
                + "('.' as decimal point), got \"12,50\"");
    }

    @Test
    void accountsAreMergedWithTheirTypesAndComeAfterTheHeader() throws IOException {
        Path f = write(HEAD + """
                #KONTO 1930 "Bank"
                #KTYP 1930 T
                #KONTO 3010 Försäljning
                #DIM 1 "Kostnadsställe"
                #UNDERDIM 21 "Delprojekt" 6
                #IB 0 1930 100.00 3
                #KTYP 3010 I
                """);
        CollectingSink sink = new CollectingSink();

        LedgerFileSummary s = SieReader.read(f, sink);

        assertThat(sink.events).containsExactly("header", "dimension 1", "dimension 21", "account 1930", "account 3010",
                "balance IB", "account 3010");
        assertThat(sink.accounts).containsExactly("1930|Bank|T", "3010|Försäljning|", "3010|Försäljning|I");
        assertThat(sink.dimensions).containsExactly("1|Kostnadsställe|", "21|Delprojekt|6");
        assertThat(sink.balances.get(0).quantity()).isEqualByComparingTo("3");
        assertThat(s.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
    }

    @Test
    void oldMacLineEndingsAreRefused() throws IOException {
        Path f = write(HEAD.replace("\n", "\r"));
        refused(f).hasMessage(f + ":1: a carriage return inside a line: expected lines ending in LF or CR LF");
    }

    @Test
    void dosLineEndingsAndAnEndOfFileMarkAreRead() throws IOException {
        Path f = write(HEAD.replace("\n", "\r\n") + "#VER A 1 20250101\r\n{\r\n#TRANS 1930 {} 0\r\n}\r\n\u001A");
        assertThat(SieReader.read(f, new CollectingSink()).vouchers()).isEqualTo(1);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
