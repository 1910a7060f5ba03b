package se.balans.io.ledger;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import se.balans.io.InputFileException;

/**
 * Collects one voucher's rows and hands the voucher to the sink once it is known to be sound: the
 * rules every ledger format shares live here, once.
 *
 * <ul>
 * <li>a voucher's rows sum to exactly zero (debit = credit);</li>
 * <li>a series does not use a number twice in one file ({@link VoucherNumbers});</li>
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

    private final Path file;
    private final LedgerSink sink;
    private final Fields fields;
    private final int maxRows;
    private final List<Range> ranges = new ArrayList<>();
    private final VoucherNumbers numbers = new VoucherNumbers();
    private final ArrayList<LedgerRow> rows = new ArrayList<>();

    private boolean open;
    private String series;
    private String number;
    private LocalDate date;
    private String text;
    private long line;
    private BigDecimal sum;
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
        if (!numbers.add(series, number)) {
            throw error(line, fields.number(), "voucher " + label() + " occurs twice" + fields.duplicateHint());
        }
        checkDate(date, line, fields.date());
        rows.clear();
        sum = BigDecimal.ZERO;
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
        sum = sum.add(row.amount());
    }

    /** Ends the open voucher: refuses it unless it balances, else passes it to the sink. */
    public void finish() {
        if (sum.signum() != 0) {
            throw error(line, fields.rows(), "voucher " + label() + " does not balance: rows sum to "
                    + sum.toPlainString() + " (expected 0.00)");
        }
        open = false;
        vouchers++;
        rowCount += rows.size();
        sink.voucher(new LedgerVoucher(series, number, date, text, rows, line));
        rows.clear();
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
