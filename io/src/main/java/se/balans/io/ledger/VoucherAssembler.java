package se.balans.io.ledger;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import se.balans.io.InputFileException;

/**
 * Collects one voucher's rows and hands the voucher to the sink once it is known to be sound: the
 * rules every ledger format shares live here, once.
 *
 * <ul>
 * <li>a voucher's rows sum to exactly zero (debit = credit);</li>
 * <li>a series does not use a number twice in one file ({@link VoucherNumbers}); or, for a format
 * whose exporters reuse numbers ({@link #allowReusedNumbers}), a voucher does not repeat an earlier
 * one of the same series and number exactly;</li>
 * <li>the voucher date and every row date lie in each date range set (the fiscal year, the
 * caller's period);</li>
 * <li>a voucher has at most {@link LedgerReadOptions#maxVoucherRows()} rows, so that memory stays
 * bounded by one voucher.</li>
 * </ul>
 *
 * <p>Readers of the individual formats use it; it is public only because they live in different
 * packages.
 */
public final class VoucherAssembler {

    /**
     * How errors name the fields in this format.
     *
     * @param number  where the voucher number is (SIE {@code "#VER number"}, CSV {@code "voucher"})
     * @param date    the voucher date
     * @param rowDate a row's date
     * @param rows    the rows as a whole (balance, count)
     * @param duplicateHint said after "occurs twice": why that is wrong in this format
     */
    public record Fields(String number, String date, String rowDate, String rows, String duplicateHint) {
    }

    private record Range(DateRange range, String description) {
    }

    /** A number as recorded in {@link VoucherNumbers}, kept for {@link #adopt}. */
    private record Numbered(String series, String number, long value) {
    }

    private final Path file;
    private final LedgerSink sink;
    private final Fields fields;
    private final int maxRows;
    private final List<Range> ranges = new ArrayList<>();
    private final VoucherNumbers numbers = new VoucherNumbers();
    private final ArrayList<LedgerRow> rows = new ArrayList<>();
    private LedgerWarnings reuseWarnings;
    /** Second and later vouchers of a number: hash of series, number and content → line. */
    private Map<Long, Long> repeats;
    /** The numbers recorded, in order, when this assembler reads a part of a file ({@link #logNumbers}). */
    private List<Numbered> log;

    private boolean open;
    private String series;
    private String number;
    private LocalDate date;
    private String text;
    private long line;
    /** The open voucher's rows summed, in öre. */
    private long sum;
    private long vouchers;
    private long rowCount;

    public VoucherAssembler(Path file, LedgerSink sink, Fields fields, LedgerReadOptions options) {
        this.file = file;
        this.sink = Objects.requireNonNull(sink, "sink");
        this.fields = Objects.requireNonNull(fields, "fields");
        this.maxRows = options.maxVoucherRows();
        if (options.dateRange() != null) {
            requireDates(options.dateRange(), "the date range " + options.dateRange() + " asked for");
        }
    }

    /** From now on, every voucher and row date must lie in this range, described as in "outside {description}". */
    public void requireDates(DateRange range, String description) {
        ranges.add(new Range(range, description));
    }

    /**
     * From now on a number used again in a series is allowed when the voucher differs from every
     * earlier one with that number (a warning), and refused when it repeats one of them exactly:
     * same date and the same rows (account, objects, amount, row date), in any order — a double
     * export, which would book the voucher twice.
     *
     * <p>Why: BL Administration writes its periodic vouchers (periodiseringar) with the number of
     * the voucher they came from and their own dates; both are real bookings. To compare, each
     * number keeps a 32-bit fingerprint of its first voucher's content and its line
     * ({@link VoucherNumbers}); the rare later ones a 64-bit one. Two different vouchers share a
     * fingerprint with a chance of about one in four billion; then the second is refused as a
     * double export (naming both lines, so it can be checked) rather than booked twice.
     */
    public void allowReusedNumbers(LedgerWarnings warnings) {
        this.reuseWarnings = Objects.requireNonNull(warnings, "warnings");
        this.repeats = new HashMap<>();
    }

    /** Keeps the numbers this assembler records, so that an assembler of the earlier part can {@link #adopt} them. */
    public void logNumbers() {
        log = new ArrayList<>();
    }

    /**
     * Takes over what {@code part} found — an assembler that read a later part of the same file on
     * its own, set up as this one was and {@linkplain #logNumbers logging}: its counts and voucher
     * numbers, as if this one had read the part. Refuses, changing nothing, when a number of the
     * part is already here (or the part met one twice): only reading the part in order then gives
     * the right warning or error.
     */
    public boolean adopt(VoucherAssembler part) {
        if (open || part.open || part.log == null) {
            throw new IllegalStateException("only a closed part that logged its numbers can be adopted");
        }
        if (part.repeats != null && !part.repeats.isEmpty()) {
            return false;
        }
        for (Numbered n : part.log) {
            if (numbers.get(n.series(), n.number()) != VoucherNumbers.ABSENT) {
                return false;
            }
        }
        for (Numbered n : part.log) {
            numbers.add(n.series(), n.number(), n.value());
        }
        vouchers += part.vouchers;
        rowCount += part.rowCount;
        return true;
    }

    public boolean isOpen() {
        return open;
    }

    /** The open voucher as messages name it. */
    public String label() {
        return LedgerVoucher.label(series, number);
    }

    /** Whether the open voucher has this series and number. */
    public boolean isVoucher(String series, String number) {
        return open && this.series.equals(series) && this.number.equals(number);
    }

    /** The line where the open voucher starts. */
    public long line() {
        return line;
    }

    public long vouchers() {
        return vouchers;
    }

    public long rows() {
        return rowCount;
    }

    /** Starts a voucher; the previous one must have been finished. */
    public void begin(String series, String number, LocalDate date, String text, long line) {
        if (open) {
            throw new IllegalStateException("voucher " + label() + " is still open");
        }
        this.series = series;
        this.number = number;
        this.date = date;
        this.text = text;
        this.line = line;
        if (reuseWarnings == null) {
            if (!numbers.add(series, number)) {
                throw error(line, fields.number(), "voucher " + label() + " occurs twice" + fields.duplicateHint());
            }
            logged(0);
        }
        checkDate(date, line, fields.date());
        rows.clear();
        sum = 0;
        open = true;
    }

    /** Adds a row of the open voucher, found at {@code rowLine}. */
    public void add(LedgerRow row, long rowLine) {
        if (rows.size() >= maxRows) {
            throw error(line, fields.rows(), "voucher " + label() + " has more than " + maxRows
                    + " rows, the most one voucher may have here (so that memory stays bounded)");
        }
        if (!row.date().equals(date)) {
            checkDate(row.date(), rowLine, fields.rowDate());
        }
        rows.add(row);
        try {
            sum = Math.addExact(sum, row.ore());
        } catch (ArithmeticException e) {
            throw error(rowLine, fields.rows(), "voucher " + label() + ": its rows sum beyond what an amount can be "
                    + "(" + BigDecimal.valueOf(Long.MAX_VALUE, 2).toPlainString() + " SEK)");
        }
    }

    /** Ends the open voucher: refuses it unless it balances, else passes it to the sink. */
    public void finish() {
        if (sum != 0) {
            throw error(line, fields.rows(), "voucher " + label() + " does not balance: rows sum to "
                    + BigDecimal.valueOf(sum, 2).toPlainString() + " (expected 0.00)");
        }
        if (reuseWarnings != null) {
            checkReuse();
        }
        open = false;
        vouchers++;
        rowCount += rows.size();
        sink.voucher(new LedgerVoucher(series, number, date, text, rows, line));
        rows.clear();
    }

    private void checkReuse() {
        long content = contentHash();
        long value = (content >>> 32) << 32 | Math.min(line, 0xFFFF_FFFFL);
        long first = numbers.add(series, number, value);
        if (first == VoucherNumbers.ABSENT) {
            logged(value);
            return;
        }
        long firstLine = first & 0xFFFF_FFFFL;
        if (first >>> 32 == content >>> 32) {
            throw doubleExport(firstLine);
        }
        long key = mix(mix(series.hashCode() * 31L + number.hashCode()) + content);
        Long earlier = repeats.putIfAbsent(key, line);
        if (earlier != null) {
            throw doubleExport(earlier);
        }
        reuseWarnings.add(line, fields.number(), "voucher " + label() + " uses the number of voucher " + label()
                + " at line " + firstLine + " with other content (date or rows); both are read, as the file's "
                + "program numbered them (periodic vouchers reuse the number they came from)");
    }

    private void logged(long value) {
        if (log != null && !number.isEmpty()) {
            log.add(new Numbered(series, number, value));
        }
    }

    private InputFileException doubleExport(long firstLine) {
        return error(line, fields.number(), "voucher " + label() + " repeats voucher " + label() + " at line "
                + firstLine + " exactly (same date and rows): a double export? It is refused rather than booked twice");
    }

    /** The voucher's date and rows, the rows in any order. */
    private long contentHash() {
        long sumOfRows = 0;
        for (LedgerRow r : rows) {
            long h = r.account().hashCode();
            h = h * 0x100000001B3L + r.costCentre().hashCode();
            h = h * 0x100000001B3L + r.dimensions().hashCode();
            h = h * 0x100000001B3L + r.ore();
            h = h * 0x100000001B3L + r.date().hashCode(); // distinct for distinct dates of years 0–2^20
            sumOfRows += mix(h);
        }
        return mix(sumOfRows + mix(date.toEpochDay() * 31 + rows.size()));
    }

    /** SplitMix64's finaliser: every input bit moves about half of the output bits. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private void checkDate(LocalDate d, long at, String field) {
        for (Range r : ranges) {
            if (!r.range().contains(d)) {
                throw error(at, field, "voucher " + label() + ": date " + d + " is outside " + r.description());
            }
        }
    }

    private InputFileException error(long at, String field, String message) {
        return new InputFileException(file, at, field, message);
    }
}
