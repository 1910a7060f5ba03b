package se.balans.io.ledger;

/**
 * Limits and expectations a caller sets for a ledger read.
 *
 * <p>The limits exist so that a damaged or hostile file is refused with a clear message instead of
 * exhausting memory: the reader never holds more than one line of {@code maxLineBytes} and one
 * voucher of {@code maxVoucherRows} rows.
 *
 * @param dateRange      the days every voucher and row must lie in, or {@code null} for no
 *                       restriction beyond the SIE file's own fiscal year
 * @param maxLineBytes   the longest line accepted
 * @param maxVoucherRows the most rows one voucher may have
 */
public record LedgerReadOptions(DateRange dateRange, int maxLineBytes, int maxVoucherRows) {

    /** 1 MiB: a SIE or CSV line of a real ledger is a few hundred bytes at most. */
    public static final int DEFAULT_MAX_LINE_BYTES = 1 << 20;
    /** Large enough for a region's payroll voucher, small enough to hold in memory (~100 MB). */
    public static final int DEFAULT_MAX_VOUCHER_ROWS = 500_000;

    public static final LedgerReadOptions DEFAULTS =
            new LedgerReadOptions(null, DEFAULT_MAX_LINE_BYTES, DEFAULT_MAX_VOUCHER_ROWS);

    public LedgerReadOptions {
        if (maxLineBytes < 64) {
            throw new IllegalArgumentException("maxLineBytes must be at least 64, got " + maxLineBytes);
        }
        if (maxVoucherRows < 1) {
            throw new IllegalArgumentException("maxVoucherRows must be at least 1, got " + maxVoucherRows);
        }
    }

    public LedgerReadOptions withDateRange(DateRange range) {
        return new LedgerReadOptions(range, maxLineBytes, maxVoucherRows);
    }

    public LedgerReadOptions withMaxLineBytes(int max) {
        return new LedgerReadOptions(dateRange, max, maxVoucherRows);
    }

    public LedgerReadOptions withMaxVoucherRows(int max) {
        return new LedgerReadOptions(dateRange, maxLineBytes, max);
    }
}
