package se.balans.io.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

import se.balans.engine.money.Money;
import se.balans.io.InputFileException;

/**
 * A small CSV table with a header row, read strictly: UTF-8 (a byte-order mark is skipped), comma
 * separated, or semicolon separated with decimal commas as Excel writes it in a Swedish locale;
 * lines starting with {@code #} are comments. Unknown columns are refused, because a misspelt
 * optional column would otherwise be silently read as zero.
 *
 * <p>Every accessor that fails throws an {@link InputFileException} naming file, line and column.
 */
public final class CsvTable {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    /** Digits grouped by threes with a space, no-break space or narrow no-break space, then decimals if any. */
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}([ \u00A0\u202F]\\d{3})+(,\\d*)?");
    private static final Pattern GROUP_SEPARATOR = Pattern.compile("[ \u00A0\u202F]");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    /**
     * More digits than any amount, rate or count in these files has. The bound matters: the time
     * {@link BigDecimal} takes grows with the square of the digits, so a damaged file with a
     * 100 000-digit "number" would stall the reader for minutes.
     */
    static final int MAX_INTEGER_DIGITS = 15;
    static final int MAX_DECIMALS = 20;
    /**
     * The largest table read, far above any plan, history or mapping (a few KiB to a few hundred);
     * a table is read whole, so a 2 GB file must be refused before it is.
     */
    static final long MAX_TABLE_BYTES = 8L << 20;

    private final Path file;
    private final char delimiter;
    private final List<String> header;
    private final List<Row> rows;

    private CsvTable(Path file, char delimiter, List<String> header, List<Row> rows) {
        this.file = file;
        this.delimiter = delimiter;
        this.header = header;
        this.rows = rows;
    }

    /**
     * Reads a whole table. Tables here are small (plans, histories, mappings); ledgers stream
     * through their own readers.
     */
    public static CsvTable read(Path file, Set<String> required, Set<String> optional) {
        return parse(file, readText(file), required, optional);
    }

    /**
     * Parses a table already in memory, e.g. a configuration file kept in the store; {@code file}
     * names it in error messages.
     */
    public static CsvTable parse(Path file, String text, Set<String> required, Set<String> optional) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        HeaderLine headerLine = headerLine(text);
        char delimiter = headerLine.delimiter();
        try (Reader r = new java.io.StringReader(text); CSVParser parser = CSVParser.builder().setReader(r)
                .setFormat(format(delimiter)).get()) {
            List<String> header = parser.getHeaderNames();
            checkHeader(file, headerLine.number(), header, required, optional);
            return new CsvTable(file, delimiter, List.copyOf(header), rows(file, delimiter, parser, header));
        } catch (IOException | UncheckedIOException e) {
            // Commons CSV reports malformed quoting this way; here, in the header row.
            throw new InputFileException(file, headerLine.number(), null, "malformed CSV: " + rootMessage(e), e);
        }
    }

    private static List<Row> rows(Path file, char delimiter, CSVParser parser, List<String> header) {
        List<Row> rows = new ArrayList<>();
        try {
            for (CSVRecord rec : parser) {
                if (rec.size() != header.size()) {
                    throw new InputFileException(file, rec.getParser().getCurrentLineNumber(), null,
                            "expected " + header.size() + " fields as in the header, found " + rec.size());
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    values.put(header.get(i), rec.get(i));
                }
                rows.add(new Row(file, delimiter, rec.getParser().getCurrentLineNumber(), values));
            }
        } catch (UncheckedIOException e) {
            // Commons CSV's line number is that of the line it stopped in (for a quote never closed, the last).
            throw new InputFileException(file, parser.getCurrentLineNumber(), null, "malformed CSV: "
                    + rootMessage(e), e);
        }
        return Collections.unmodifiableList(rows);
    }

    /**
     * The project's CSV dialect: a header row, lines starting with {@code #} are comments, empty
     * lines and spaces around fields are ignored. Shared with the streaming ledger reader. Empty and
     * repeated column names are let through, for the readers to refuse with their own message
     * naming the column ({@link #checkHeader}).
     */
    public static CSVFormat format(char delimiter) {
        return CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setCommentMarker('#')
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
                .get();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /**
     * A file's text: UTF-8, or Windows-1252 as Excel in a Swedish Windows saves CSV ({@link CsvCharset} says when);
     * at most {@link #MAX_TABLE_BYTES}.
     */
    public static String readText(Path file) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_TABLE_BYTES) {
                throw new InputFileException(file, null, null, "the file has " + size + " bytes, more than the "
                        + MAX_TABLE_BYTES + " a table of this kind may have: not the right file?");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputFileException(file, null, null, "no such file");
        } catch (IOException e) {
            throw new InputFileException(file, null, null, "cannot read: " + e.getMessage(), e);
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                // Valid UTF-8, but never in a text table: UTF-16 puts one beside every ASCII letter.
                throw new InputFileException(file, lineAt(bytes, i), null,
                        "NUL byte: not UTF-8 text (UTF-16, or a binary file?)");
            }
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = CsvCharset.of(file, bytes).newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, out, true);
        if (result.isError()) {
            throw new InputFileException(file, lineAt(bytes, in.position()), null,
                    "not UTF-8 text (save the file as UTF-8)");
        }
        return out.flip().toString();
    }

    /** The 1-based line that byte {@code at} is on. */
    private static long lineAt(byte[] bytes, int at) {
        long line = 1;
        for (int i = 0; i < at; i++) {
            line += bytes[i] == '\n' ? 1 : 0;
        }
        return line;
    }

    /**
     * The header row: the first line that is neither blank nor a comment, and its separator. Excel
     * in a Swedish locale saves "CSV" with semicolons; the header tells which we have.
     */
    private record HeaderLine(long number, char delimiter) {
    }

    private static HeaderLine headerLine(String text) {
        long number = 1;
        int start = 0;
        while (start < text.length()) {
            int end = start;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            String l = text.substring(start, end).strip();
            if (!l.isEmpty() && !l.startsWith("#")) {
                return new HeaderLine(number, l.indexOf(';') >= 0 && l.indexOf(',') < 0 ? ';' : ',');
            }
            // Line breaks as Commons CSV counts them: LF, CR or CR LF.
            start = end < text.length() - 1 && text.charAt(end) == '\r' && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
            number++;
        }
        return new HeaderLine(1, ',');
    }

    private static void checkHeader(Path file, long line, List<String> header, Set<String> required,
                                    Set<String> optional) {
        if (header.isEmpty()) {
            throw new InputFileException(file, 1L, null, "empty file: expected a header row with the columns "
                    + String.join(", ", new TreeSet<>(required)));
        }
        Set<String> seen = new TreeSet<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            if (h.isEmpty()) {
                throw unnamedColumn(file, line, i);
            }
            if (!seen.add(h)) {
                throw new InputFileException(file, line, h, "appears twice in the header");
            }
            if (!required.contains(h) && !optional.contains(h)) {
                Set<String> known = new TreeSet<>(required);
                known.addAll(optional);
                throw new InputFileException(file, line, h, "unknown column; the columns are " + String.join(", ", known));
            }
        }
        for (String r : new TreeSet<>(required)) {
            if (!header.contains(r)) {
                throw new InputFileException(file, line, r, "required column is missing from the header");
            }
        }
    }

    /** The refusal of a header with an empty name, e.g. from a separator too many. */
    public static InputFileException unnamedColumn(Path file, long line, int index) {
        return new InputFileException(file, line, null, "column " + (index + 1) + " of the header row has no name "
                + "(a separator too many?)");
    }

    /**
     * A number as a CSV field writes it, in the plain form of {@link #decimal}: a minus sign (U+2212) as a
     * hyphen-minus and, with {@code decimalComma} (a file separated by semicolons, as Excel saves it in a Swedish
     * locale), the comma as a point and digits grouped by threes without their spaces, as a cell formatted with
     * thousands separators is saved ({@code 1 234 567,5}, a no-break space between the groups). A grouping that is
     * not by threes ({@code 12 34,5}) is left as it is, to be refused: it is not guessed at.
     */
    public static String plainNumber(String text, boolean decimalComma) {
        String s = text.replace('\u2212', '-');
        if (!decimalComma) {
            return s;
        }
        if (s.indexOf(' ') >= 0 || s.indexOf('\u00A0') >= 0 || s.indexOf('\u202F') >= 0) {
            s = GROUPED.matcher(s).matches() ? GROUP_SEPARATOR.matcher(s).replaceAll("") : s;
        }
        return s.replace(',', '.');
    }

    /**
     * A plain decimal number as these files write it: an optional sign, digits, {@code '.'} and
     * decimals, no exponent, and at most {@value #MAX_INTEGER_DIGITS} digits before the point and
     * {@value #MAX_DECIMALS} after it.
     *
     * @throws IllegalArgumentException saying what was expected
     */
    public static BigDecimal decimal(String text) {
        if (!NUMBER.matcher(text).matches()) {
            throw new IllegalArgumentException("expected a number with '.' as decimal point, got \"" + text + "\"");
        }
        int point = text.indexOf('.');
        int sign = text.charAt(0) == '-' || text.charAt(0) == '+' ? 1 : 0;
        int integerDigits = (point < 0 ? text.length() : point) - sign;
        int decimals = point < 0 ? 0 : text.length() - point - 1;
        if (integerDigits > MAX_INTEGER_DIGITS || decimals > MAX_DECIMALS) {
            throw new IllegalArgumentException("expected at most " + MAX_INTEGER_DIGITS + " digits before the decimal "
                    + "point and " + MAX_DECIMALS + " after it, got " + text);
        }
        return new BigDecimal(text);
    }

    public Path file() {
        return file;
    }

    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    public boolean hasColumn(String name) {
        return header.contains(name);
    }

    public char delimiter() {
        return delimiter;
    }

    /** One data row with typed, checked accessors. */
    public static final class Row {
        private final Path file;
        private final char delimiter;
        private final long line;
        private final Map<String, String> values;

        Row(Path file, char delimiter, long line, Map<String, String> values) {
            this.file = file;
            this.delimiter = delimiter;
            this.line = line;
            this.values = values;
        }

        public long line() {
            return line;
        }

        public Path file() {
            return file;
        }

        /** An error at this row and column. */
        public InputFileException error(String column, String message) {
            return new InputFileException(file, line, column, message);
        }

        public Optional<String> optionalText(String column) {
            String v = values.get(column);
            return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v);
        }

        public String text(String column) {
            return optionalText(column).orElseThrow(() -> error(column, "a value is required"));
        }

        public int year(String column) {
            String v = text(column);
            if (!YEAR.matcher(v).matches()) {
                throw error(column, "expected a year such as 2025, got \"" + v + "\"");
            }
            return Integer.parseInt(v);
        }

        /** An ISO date such as 2025-07-31, if given. */
        public Optional<java.time.LocalDate> optionalDate(String column) {
            Optional<String> v = optionalText(column);
            if (v.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(java.time.LocalDate.parse(v.get()));
            } catch (java.time.format.DateTimeParseException e) {
                throw error(column, "expected an ISO date such as 2025-07-31, got \"" + v.get() + "\"");
            }
        }

        public java.time.LocalDate date(String column) {
            return optionalDate(column).orElseThrow(() -> error(column, "a date is required"));
        }

        /** A month such as 2025-07. */
        public java.time.YearMonth month(String column) {
            String v = text(column);
            try {
                return java.time.YearMonth.parse(v);
            } catch (java.time.format.DateTimeParseException e) {
                throw error(column, "expected a month such as 2025-07, got \"" + v + "\"");
            }
        }

        public Optional<BigDecimal> optionalNumber(String column) {
            Optional<String> v = optionalText(column);
            if (v.isEmpty()) {
                return Optional.empty();
            }
            String s = plainNumber(v.get(), delimiter == ';');
            if (!NUMBER.matcher(s).matches()) {
                throw error(column, (delimiter == ';' ? "expected a number with ',' as decimal point (a file separated "
                        + "by semicolons), digits grouped by spaces or not" : "expected a number with '.' as decimal point")
                        + ", got \"" + v.get() + "\"");
            }
            String number = s;
            return Optional.of(check(column, () -> decimal(number)));
        }

        public BigDecimal number(String column) {
            return optionalNumber(column).orElseThrow(() -> error(column, "a number is required"));
        }

        /** An amount in mnkr, exact to the öre. */
        public Optional<Money> optionalMnkr(String column) {
            Optional<BigDecimal> n = optionalNumber(column);
            if (n.isEmpty()) {
                return Optional.empty();
            }
            if (n.get().stripTrailingZeros().scale() > 8) {
                throw error(column, "amount " + n.get().toPlainString() + " mnkr is finer than one öre (8 decimals)");
            }
            return Optional.of(Money.ofMnkr(n.get()));
        }

        /**
         * Runs a value type's checked factory, turning its refusal (an {@link IllegalArgumentException})
         * into an error at this row and column.
         */
        public <T> T check(String column, java.util.function.Supplier<T> factory) {
            try {
                return factory.get();
            } catch (InputFileException e) {
                throw e;
            } catch (IllegalArgumentException e) {
                throw error(column, e.getMessage());
            }
        }

        public Money mnkr(String column) {
            return optionalMnkr(column).orElseThrow(() -> error(column, "an amount in mnkr is required"));
        }
    }
}
