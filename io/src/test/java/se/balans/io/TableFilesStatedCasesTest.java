package se.balans.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.balans.io.closing.ClosingSetupReader;
import se.balans.io.closing.CostTypeFiles;
import se.balans.io.csv.CsvTable;
import se.balans.io.history.BalanceRequirementHistory;
import se.balans.io.investment.InvestmentFiles;
import se.balans.io.plan.PlanDirectoryReader;
import se.balans.io.sample.LedgerOutline;
import se.balans.io.treasury.CashFile;
import se.balans.io.treasury.FinancePolicyFile;
import se.balans.io.treasury.LoanRegister;
import se.balans.io.treasury.PensionReturnsFile;

/**
 * The bad files issue 6 names, given to every reader of a table — the plan's files, the closing
 * configuration, the cost-type mapping, the investment files, the balance-requirement history, the treasury files
 * and the sample-ledger outline — each starting from its real sample file: a file of 0 bytes, one cut off inside its last
 * row, a 2 GB one, one in the wrong encoding, an amount finer than one öre, and a row given twice.
 * Each is refused naming the file, and the line (and column) where there is one.
 */
class TableFilesStatedCasesTest {

    /**
     * One table file and the reader that reads it.
     *
     * @param file      its path under the sample region
     * @param directory whether the reader reads the whole directory (the other sample files are copied beside it)
     * @param read      the reader, given the file (or for a directory reader, the file in the directory)
     * @param amount    a column of mnkr amounts, or null
     * @param duplicate what a row given twice is refused with, or null when a repeated row is allowed
     */
    record Table(String file, boolean directory, Function<Path, Object> read, String amount, String duplicate) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Table> tables() {
        Function<Path, Object> plan = f -> PlanDirectoryReader.read(f.getParent());
        Function<Path, Object> closing = f -> ClosingSetupReader.read(f.getParent());
        Function<Path, Object> investments = f -> InvestmentFiles.read(f.getParent()).orElseThrow();
        return Stream.of(
                new Table("balance-requirement.csv", false, BalanceRequirementHistory::read, "result", "appears twice"),
                new Table("treasury/loans-2025-07-31.csv", false, LoanRegister::read, "amount", "appears twice"),
                new Table("treasury/pension-returns.csv", false, PensionReturnsFile::read, "market_value",
                        "appears twice"),
                new Table("treasury/finance-policy.csv", false, FinancePolicyFile::read, null, "is limited twice"),
                new Table("treasury/cash.csv", false, CashFile::read, "cash", "appears twice"),
                new Table("sample-ledger-outline.csv", false, LedgerOutline::read, "amount", "is given twice"),
                new Table("committees.csv", true, plan, null, "is listed twice"),
                new Table("frames.csv", true, plan, "amount", "a second frame"),
                new Table("frame-changes.csv", true, plan, "amount", null),
                new Table("income-statement.csv", true, plan, "amount", "is given twice"),
                new Table("balance-sheet.csv", true, plan, "amount", "is given twice"),
                new Table("cash-flow.csv", true, plan, "amount", "is given twice"),
                new Table("investment-plan.csv", true, plan, "investment_frame", "is given twice"),
                new Table("goals.csv", true, plan, null, "is given twice"),
                new Table("account-mapping.csv", true, closing, null, "overlap"),
                new Table("cost-centre-mapping.csv", true, closing, null, "overlap"),
                new Table("monthly-profiles.csv", true, closing, null, "is given twice"),
                new Table("budget-2025.csv", true, closing, "amount", "is given twice"),
                new Table("cost-types.csv", false, f -> CostTypeFiles.mapping(f, CsvTable.readText(f)), null, "overlap"),
                new Table("investment-accounts.csv", true, investments, null, "overlap"),
                new Table("investment-budget.csv", true, investments, "amount", "is given twice"),
                new Table("investment-carryover.csv", true, investments, "amount", "is given twice"),
                new Table("investment-forecast.csv", true, investments, "amount", "is given twice"));
    }

    @TempDir
    Path dir;

    /** Puts the text where the reader reads it, beside copies of the other sample files if it reads a directory. */
    private Path place(Table t, byte[] bytes) throws IOException {
        Path sample = Repo.samplePlan();
        if (t.directory()) {
            try (Stream<Path> files = Files.list(sample)) {
                for (Path p : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(p, dir.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Path f = dir.resolve(Path.of(t.file()).getFileName());
        Files.write(f, bytes);
        return f;
    }

    private static String sample(Table t) throws IOException {
        return Files.readString(Repo.samplePlan().resolve(t.file()));
    }

    private static InputFileException refusal(Table t, Path f) {
        return Assertions.assertThrows(InputFileException.class, () -> t.read().apply(f), t.file());
    }

    /** The 1-based number of the last line that holds a row, and the lines. */
    private static List<String> lines(String text) {
        return List.of(text.split("\n", -1));
    }

    private static int lastRow(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank() && !lines.get(i).startsWith("#")) {
                return i + 1;
            }
        }
        throw new IllegalStateException("no rows");
    }

    @ParameterizedTest
    @MethodSource("tables")
    void theSampleFileIsRead(Table t) throws IOException {
        assertThat(t.read().apply(place(t, sample(t).getBytes(StandardCharsets.UTF_8)))).isNotNull();
    }

    @ParameterizedTest
    @MethodSource("tables")
    void aFileOfZeroBytesIsRefusedAtLineOne(Table t) throws IOException {
        Path f = place(t, new byte[0]);

        InputFileException e = refusal(t, f);

        assertThat(e.file()).isEqualTo(f);
        assertThat(e.getMessage()).startsWith(f + ":1: empty file: expected a header row with the columns ");
    }

    @ParameterizedTest
    @MethodSource("tables")
    void aFileCutOffInsideItsLastRowIsRefusedAtThatRow(Table t) throws IOException {
        List<String> lines = lines(sample(t));
        int last = lastRow(lines);
        String row = lines.get(last - 1);
        String cut = String.join("\n", lines.subList(0, last - 1)) + "\n" + row.substring(0, row.indexOf(',') + 1);
        Path f = place(t, cut.getBytes(StandardCharsets.UTF_8));

        InputFileException e = refusal(t, f);

        assertThat(e.getMessage()).startsWith(f + ":" + last + ": expected ").endsWith(" fields as in the header, found 2");
    }

    @ParameterizedTest
    @MethodSource("tables")
    void aTwoGigabyteFileIsRefusedWithoutReadingIt(Table t) throws IOException {
        Path f = place(t, new byte[0]);
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.write(sample(t).getBytes(StandardCharsets.UTF_8));
            raf.setLength(2L << 30); // a sparse last line of 2 GiB, never read
        }

        InputFileException e = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () -> refusal(t, f));

        assertThat(e.getMessage()).isEqualTo(f + ": the file has " + (2L << 30) + " bytes, more than the 8388608 a table "
                + "of this kind may have: not the right file?");
    }

    @ParameterizedTest
    @MethodSource("tables")
    void textInAnotherEncodingThanUtf8IsRefusedNamingItsLine(Table t) throws IOException {
        String text = sample(t);
        int lines = lines(text).size();
        // A line of Latin-1 (Windows-1252) after UTF-8 text: a whole file in Windows-1252 is read, a mixture is not.
        Path latin1 = place(t, appended(text + "# Lön\n", "# Lön\n", StandardCharsets.ISO_8859_1));
        assertThat(refusal(t, latin1).getMessage()).isEqualTo(latin1 + ":" + (lines + 1) + ": not UTF-8 text (save the "
                + "file as UTF-8)");

        Path cp437 = place(t, appended(text, "# Lön\n", Charset.forName("IBM437")));
        assertThat(refusal(t, cp437).getMessage()).isEqualTo(cp437 + ":" + lines + ": not UTF-8 text (save the file "
                + "as UTF-8)");

        Path utf16 = place(t, text.getBytes(StandardCharsets.UTF_16LE));
        assertThat(refusal(t, utf16).getMessage()).isEqualTo(utf16 + ":1: NUL byte: not UTF-8 text (UTF-16, or a binary "
                + "file?)");
    }

    @ParameterizedTest
    @MethodSource("tables")
    void anAmountFinerThanOneOreIsRefusedAtItsLineAndColumn(Table t) throws IOException {
        assumeTrue(t.amount() != null, "no mnkr amounts in " + t.file());
        List<String> lines = new ArrayList<>(lines(sample(t)));
        int last = lastRow(lines);
        lines.set(last - 1, withField(sample(t), lines.get(last - 1), t.amount(), "1.000000001"));
        Path f = place(t, String.join("\n", lines).getBytes(StandardCharsets.UTF_8));

        InputFileException e = refusal(t, f);

        assertThat(e.getMessage()).isEqualTo(f + ":" + last + ": column " + t.amount() + ": amount 1.000000001 mnkr is "
                + "finer than one öre (8 decimals)");
    }

    @ParameterizedTest
    @MethodSource("tables")
    void aRowGivenTwiceIsRefused(Table t) throws IOException {
        List<String> lines = new ArrayList<>(lines(sample(t)));
        int last = lastRow(lines);
        lines.add(last, lines.get(last - 1));
        Path f = place(t, String.join("\n", lines).getBytes(StandardCharsets.UTF_8));

        if (t.duplicate() == null) {
            assertThat(t.read().apply(f)).as("a repeated %s row is a second, equal entry", t.file()).isNotNull();
            return;
        }
        InputFileException e = refusal(t, f);

        assertThat(e.file()).isEqualTo(f);
        assertThat(e.getMessage()).contains(t.duplicate());
        if (!t.duplicate().equals("overlap")) {
            assertThat(e.line()).as(e.getMessage()).contains((long) last + 1);
        }
    }

    /** The UTF-8 text with a line in another encoding after it, as when two files are pasted together. */
    private static byte[] appended(String text, String line, Charset charset) {
        byte[] a = text.getBytes(StandardCharsets.UTF_8);
        byte[] b = line.getBytes(charset);
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** The CSV row with one field replaced, written back with Commons CSV's quoting. */
    private static String withField(String text, String row, String column, String value) throws IOException {
        CSVFormat headed = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().get();
        List<String> header;
        try (var p = headed.parse(new StringReader(text))) {
            header = p.getHeaderNames();
        }
        CSVRecord rec = CSVFormat.DEFAULT.parse(new StringReader(row)).getRecords().get(0);
        List<String> values = new ArrayList<>(rec.toList());
        values.set(header.indexOf(column), value);
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("").get())) {
            printer.printRecord(values);
        }
        return out.toString();
    }
}
