package se.balans.io.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A verified, balanced voucher (verifikation): its rows sum to exactly zero.
 *
 * <p>Readers hand a voucher to the {@link LedgerSink} only once it is known to balance, so a sink
 * never sees half a voucher.
 *
 * @param series the voucher series (verifikationsserie), {@code ""} when the file has none
 * @param number the voucher number (verifikationsnummer) as written, {@code ""} when the file
 *               leaves numbering to the receiving system
 * @param date   the voucher date (verifikationsdatum)
 * @param text   the voucher text, {@code ""} when none
 * @param rows   the rows in file order
 * @param line   the file line where the voucher starts
 */
public record LedgerVoucher(String series, String number, LocalDate date, String text, List<LedgerRow> rows,
                            long line) {

    public LedgerVoucher {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        rows = List.copyOf(rows);
        if (line < 1) {
            throw new IllegalArgumentException("line must be ≥ 1, got " + line);
        }
    }

    /** How messages name the voucher: {@code "A 17"}, or {@code "17"} without a series. */
    public String label() {
        return label(series, number);
    }

    /** How messages name a voucher: series and number, as bookkeepers write them. */
    public static String label(String series, String number) {
        String n = number.isEmpty() ? "(no number)" : number;
        return series.isEmpty() ? n : series + " " + n;
    }
}
