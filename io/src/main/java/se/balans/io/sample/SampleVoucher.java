package se.balans.io.sample;

import java.time.LocalDate;
import java.util.List;

/**
 * A generated voucher. Amounts are whole öre ({@code long}) because the generator splits exact
 * amounts into many rows at high speed; they are exact, and every voucher sums to zero.
 */
record SampleVoucher(String series, int number, LocalDate date, String text, List<Row> rows) {

    /**
     * One row: account, cost centre ("" for balance-sheet rows), the project (object of SIE dimension 6, ""
     * for none), amount in öre, debit positive.
     */
    record Row(String account, String costCentre, String project, long ore) {
        Row(String account, String costCentre, long ore) {
            this(account, costCentre, "", ore);
        }
    }
}
