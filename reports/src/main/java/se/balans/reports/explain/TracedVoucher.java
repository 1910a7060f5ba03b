package se.balans.reports.explain;

import java.time.LocalDate;
import java.util.Objects;

import se.balans.engine.money.Money;

/**
 * A voucher (verifikation) behind a closing's figure: where it is in the imported file and how much of
 * it the figure contains — the sum of its rows that map into the figure, signed as the result statement.
 *
 * @param file   the imported file's name
 * @param line   the voucher's line in the file
 * @param amount the part of the voucher in the figure (revenues positive, costs negative)
 */
public record TracedVoucher(String file, long line, String series, String number, LocalDate date, String text,
                            Money amount) {
    public TracedVoucher {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(amount, "amount");
    }
}
