package se.balans.io.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
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
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

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
        return parse(file, readUtf8(file), required, optional);
    }

    /**
     * Parses a table already in memory, e.g. a configuration file kept in the store; {@code file}
     * names it in error messages.
     */
    public static CsvTable parse(Path file, String text, Set<String> required, Set<String> optional) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        char delimiter = detectDelimiter(text);
        try (Reader r = new java.io.StringReader(text); CSVParser parser = CSVParser.builder().setReader(r)
                .setFormat(format(delimiter)).get()) {
            List<String> header = parser.getHeaderNames();
            checkHeader(file, header, required, optional);
            List<Row> rows = new ArrayList<>();
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
            return new CsvTable(file, delimiter, List.copyOf(header), Collections.unmodifiableList(rows));
        } catch (IOException | UncheckedIOException e) {
            throw new InputFileException(file, null, null, "not a readable CSV table: " + rootMessage(e), e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            // Commons CSV reports malformed quoting and duplicate headers this way.
            throw new InputFileException(file, null, null, "malformed CSV: " + rootMessage(e), e);
        }
    }

    /**
     * The project's CSV dialect: a header row, lines starting with {@code #} are comments, empty
     * lines and spaces around fields are ignored. Shared with the streaming ledger reader.
     */
    public static CSVFormat format(char delimiter) {
        return CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setCommentMarker('#')
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** A file's text, strictly UTF-8. */
    public static String readUtf8(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new InputFileException(file, null, null, "no such file");
        } catch (CharacterCodingException e) {
            throw new InputFileException(file, null, null, "not UTF-8 text (save the file as UTF-8)");
        } catch (IOException e) {
            throw new InputFileException(file, null, null, "cannot read: " + e.getMessage(), e);
        }
    }

    /** Excel in a Swedish locale saves "CSV" with semicolons; the header line tells which we have. */
    private static char detectDelimiter(String text) {
        for (String line : text.split("\\R", -1)) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            return l.indexOf(';') >= 0 && l.indexOf(',') < 0 ? ';' : ',';
        }
        return ',';
    }

    private static void checkHeader(Path file, List<String> header, Set<String> required, Set<String> optional) {
        if (header.isEmpty()) {
            throw new InputFileException(file, 1L, null, "empty file: expected a header row with the columns "
                    + String.join(", ", required));
        }
        Set<String> seen = new TreeSet<>();
        for (String h : header) {
            if (!seen.add(h)) {
                throw new InputFileException(file, 1L, h, "appears twice in the header");
            }
            if (!required.contains(h) && !optional.contains(h)) {
                Set<String> known = new TreeSet<>(required);
                known.addAll(optional);
                throw new InputFileException(file, 1L, h, "unknown column; the columns are " + String.join(", ", known));
            }
        }
        for (String r : required) {
            if (!header.contains(r)) {
                throw new InputFileException(file, 1L, r, "required column is missing from the header");
            }
        }
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
            String s = v.get().replace('\u2212', '-');
            if (delimiter == ';') {
                s = s.replace(',', '.');
            }
            if (!NUMBER.matcher(s).matches()) {
                throw error(column, "expected a number with '.' as decimal point, got \"" + v.get() + "\"");
            }
            return Optional.of(new BigDecimal(s));
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
