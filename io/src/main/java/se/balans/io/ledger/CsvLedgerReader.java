package se.balans.io.ledger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import se.balans.engine.ledger.Dimensions;
import se.balans.io.InputFileException;
import se.balans.io.csv.CsvCharset;
import se.balans.io.csv.CsvTable;

/**
 * Reads a general ledger exported as CSV, the second way in beside SIE, as a stream into a
 * {@link LedgerSink}: one row per transaction row, rows of a voucher next to each other.
 *
 * <p>Columns (header row required, any order): {@code date} (yyyy-MM-dd), {@code voucher},
 * {@code account}, {@code amount} (SEK, debit positive); optional {@code series},
 * {@code cost_centre}, {@code text} and dimensions {@code dim_<name>} (e.g. {@code dim_project},
 * which becomes {@code project=P1} in {@link LedgerRow#dimensions()}). Unknown columns are refused:
 * a misspelt {@code cost_center} would otherwise silently lose every cost centre. The file is
 * UTF-8 (a byte-order mark is skipped), or Windows-1252 as Excel in a Swedish Windows saves CSV ({@link CsvCharset}
 * tells them apart before the first row is read); comma separated with {@code '.'} as decimal point, or
 * semicolon separated with decimal commas as Excel saves it in a Swedish locale. Lines starting
 * with {@code #} are comments, as in the project's other CSV files.
 *
 * <p>A voucher is the run of rows with the same series and voucher number; its date and text are
 * its first row's. The rules shared with SIE are applied by {@link VoucherAssembler}: balance,
 * unique numbers (so a voucher whose rows are not contiguous is refused), the caller's date range,
 * at most two decimals. Commons CSV does the parsing (quotes, separators, line breaks in fields)
 * and streams; a {@link GuardedInputStream} in front of it bounds the line and record length.
 */
public final class CsvLedgerReader {
    private static final Set<String> REQUIRED = Set.of("date", "voucher", "account", "amount");
    private static final Set<String> OPTIONAL = Set.of("series", "cost_centre", "text");
    private static final String DIMENSION_PREFIX = "dim_";
    private static final Pattern DIMENSION_COLUMN = Pattern.compile("dim_[A-Za-z0-9_-]+");
    private static final VoucherAssembler.Fields FIELDS = new VoucherAssembler.Fields("voucher", "date", "date",
            "amount", " in the file: a voucher's rows must be next to each other, and a series must not use a "
            + "number twice");

    private final Path file;
    private final LedgerSink sink;
    private final LedgerReadOptions options;
    private final VoucherAssembler vouchers;
    private char delimiter;
    /** The line of the header row: comment lines may come before it. */
    private long headerLine = 1;
    private String lastDateText;
    private LocalDate lastDate;

    private CsvLedgerReader(Path file, LedgerSink sink, LedgerReadOptions options) {
        this.file = file;
        this.sink = sink;
        this.options = options;
        this.vouchers = new VoucherAssembler(file, sink, FIELDS, options);
    }

    /** Reads the file with the default limits and no date range. */
    public static LedgerFileSummary read(Path file, LedgerSink sink) {
        return read(file, sink, LedgerReadOptions.DEFAULTS);
    }

    /**
     * Reads the file into the sink; {@link LedgerReadOptions#dateRange()} (e.g. the month being
     * closed) refuses rows dated outside it.
     *
     * @throws InputFileException for every bad input, naming file, line and column
     */
    public static LedgerFileSummary read(Path file, LedgerSink sink, LedgerReadOptions options) {
        return new CsvLedgerReader(file, sink, options).run();
    }

    private LedgerFileSummary run() {
        long total = LedgerFiles.size(file);
        if (total == 0) {
            throw emptyFile();
        }
        Charset charset = CsvCharset.of(file, options.maxLineBytes());
        GuardedInputStream guard;
        try {
            guard = new GuardedInputStream(Files.newInputStream(file), file, options.maxLineBytes(), sink, total);
        } catch (IOException e) {
            throw new InputFileException(file, null, null, "cannot read: " + e.getMessage(), e);
        }
        CSVParser parser = null;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(guard, strict(charset)), 1 << 16)) {
            delimiter = detectDelimiter(reader, charset, total);
            parser = CSVParser.builder().setReader(reader).setFormat(CsvTable.format(delimiter)).get();
            Columns columns = columns(parser.getHeaderNames());
            sink.header(LedgerHeader.of("CSV"));
            for (CSVRecord rec : parser) {
                guard.markRecord();
                row(rec, columns, parser.getCurrentLineNumber());
            }
            if (vouchers.isOpen()) {
                vouchers.finish();
            }
            sink.progress(total, total);
            return new LedgerFileSummary(file, "CSV", charset, total, guard.lines(),
                    vouchers.vouchers(), vouchers.rows(), OptionalLong.empty(), 0, 0, LedgerHeader.of("CSV"), List.of(), 0);
        } catch (IOException | UncheckedIOException e) {
            throw readError(e, parser);
        } catch (IllegalArgumentException | IllegalStateException e) {
            // Commons CSV reports a malformed header this way.
            throw new InputFileException(file, headerLine, null, "malformed header row: " + e.getMessage(), e);
        }
    }

    private InputFileException emptyFile() {
        return new InputFileException(file, 1L, null, "empty file: expected a header row with the columns "
                + String.join(", ", new TreeSet<>(REQUIRED)));
    }

    /**
     * Skips a byte-order mark on the parser's reader and tells the separator from the header row: Excel in a
     * Swedish locale saves semicolons. The comments before the header may take up at most one line's limit.
     *
     * <p>The header is looked for on a reader of its own, guarded as the parser's is. A mark on the parser's reader
     * as far ahead as the comments may go would grow its buffer to that size for good, and it would then read
     * megabytes ahead of the parser, past the record limit its guard keeps: a ledger of a million rows was refused
     * so at line 48 463 ("a record longer than 1114112 bytes").
     */
    private char detectDelimiter(BufferedReader reader, Charset charset, long total) throws IOException {
        skipByteOrderMark(reader);
        try (BufferedReader head = new BufferedReader(new InputStreamReader(new GuardedInputStream(
                Files.newInputStream(file), file, options.maxLineBytes(), v -> { }, total), strict(charset)))) {
            skipByteOrderMark(head);
            return delimiterOfHeader(head);
        }
    }

    /** A decoder that refuses what {@link CsvCharset} found the file not to have; it did look at every byte. */
    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static void skipByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
    }

    private char delimiterOfHeader(BufferedReader reader) throws IOException {
        String header = reader.readLine();
        long before = 0;
        while (header != null && (header.isBlank() || header.startsWith("#"))) {
            before += header.length() + 1;
            if (before > options.maxLineBytes()) {
                throw new InputFileException(file, headerLine, null, "more than " + options.maxLineBytes()
                        + " characters of comments and blank lines before the header row");
            }
            header = reader.readLine();
            headerLine++;
        }
        if (header == null) {
            throw emptyFile();
        }
        return header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
    }

    /** Where the columns are; -1 for an optional one that is absent. */
    private record Columns(int date, int series, int voucher, int account, int costCentre, int amount, int text,
                           List<String> dimensionNames, int[] dimensionIndexes, int size) {
    }

    private Columns columns(List<String> header) {
        Set<String> seen = new TreeSet<>();
        Map<String, Integer> dimensions = new TreeMap<>(Dimensions.ID_ORDER);
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            if (h.isEmpty()) {
                throw CsvTable.unnamedColumn(file, headerLine, i);
            }
            if (!seen.add(h)) {
                throw new InputFileException(file, headerLine, h, "appears twice in the header");
            }
            if (DIMENSION_COLUMN.matcher(h).matches()) {
                dimensions.put(h.substring(DIMENSION_PREFIX.length()), i);
            } else if (!REQUIRED.contains(h) && !OPTIONAL.contains(h)) {
                Set<String> known = new TreeSet<>(REQUIRED);
                known.addAll(OPTIONAL);
                throw new InputFileException(file, headerLine, h, "unknown column; the columns are "
                        + String.join(", ", known) + " and dimensions named dim_<name>");
            }
        }
        for (String r : new TreeSet<>(REQUIRED)) {
            if (!seen.contains(r)) {
                throw new InputFileException(file, headerLine, r, "required column is missing from the header");
            }
        }
        return new Columns(header.indexOf("date"), header.indexOf("series"), header.indexOf("voucher"),
                header.indexOf("account"), header.indexOf("cost_centre"), header.indexOf("amount"),
                header.indexOf("text"), List.copyOf(dimensions.keySet()),
                dimensions.values().stream().mapToInt(Integer::intValue).toArray(), header.size());
    }

    private void row(CSVRecord rec, Columns c, long line) {
        if (rec.size() != c.size()) {
            throw new InputFileException(file, line, null, "expected " + c.size() + " fields as in the header, found "
                    + rec.size());
        }
        String series = c.series() < 0 ? "" : rec.get(c.series());
        String number = required(rec, c.voucher(), "voucher", line);
        LocalDate date = date(required(rec, c.date(), "date", line), line);
        String account = required(rec, c.account(), "account", line);
        long ore = ore(required(rec, c.amount(), "amount", line), line);
        String costCentre = c.costCentre() < 0 ? "" : rec.get(c.costCentre());
        String text = c.text() < 0 ? "" : rec.get(c.text());
        if (!vouchers.isOpen() || !vouchers.isVoucher(series, number)) {
            if (vouchers.isOpen()) {
                vouchers.finish();
            }
            vouchers.begin(series, number, date, text, line);
        }
        vouchers.add(new LedgerRow(account, costCentre, dimensions(rec, c), ore, date, text), line);
    }

    private static String dimensions(CSVRecord rec, Columns c) {
        if (c.dimensionIndexes().length == 0) {
            return "";
        }
        Map<String, String> objects = new TreeMap<>(Dimensions.ID_ORDER);
        for (int i = 0; i < c.dimensionIndexes().length; i++) {
            objects.put(c.dimensionNames().get(i), rec.get(c.dimensionIndexes()[i]));
        }
        return Dimensions.canonical(objects);
    }

    private String required(CSVRecord rec, int column, String name, long line) {
        String v = rec.get(column);
        if (v.isEmpty()) {
            throw new InputFileException(file, line, name, "a value is required");
        }
        return v;
    }

    private LocalDate date(String text, long line) {
        if (text.equals(lastDateText)) {
            return lastDate;
        }
        try {
            if (text.length() != 10) {
                throw new DateTimeParseException("not yyyy-MM-dd", text, 0);
            }
            lastDate = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InputFileException(file, line, "date", "expected a date yyyy-MM-dd, got \"" + text + "\"");
        }
        lastDateText = text;
        return lastDate;
    }

    private long ore(String text, long line) {
        try {
            return LedgerAmounts.parseOre(text, delimiter == ';' ? ',' : '.');
        } catch (IllegalArgumentException e) {
            throw new InputFileException(file, line, "amount", e.getMessage()
                    + (delimiter == ',' && text.contains(",") ? "; a comma-separated file uses '.' as decimal point"
                    : ""));
        }
    }

    private InputFileException readError(Exception e, CSVParser parser) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof GuardedInputStream.Refusal r) {
                return r.refusal();
            }
            if (t instanceof InputFileException ife) {
                return ife;
            }
            if (t instanceof CharacterCodingException) {
                // CsvCharset read every byte before: only a file changed since then gets here.
                return new InputFileException(file, parser == null ? headerLine : parser.getCurrentLineNumber(), null,
                        "text not in the encoding the whole file was found in: did the file change while it was read?");
            }
        }
        // Before the parser exists, Commons CSV was reading the header row; after, its line number
        // is that of the line it stopped in (for a quote never closed, the last).
        long line = parser == null ? headerLine : parser.getCurrentLineNumber();
        return new InputFileException(file, line, null, "malformed CSV: " + rootMessage(e), e);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
