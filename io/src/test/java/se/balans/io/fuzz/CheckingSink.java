package se.balans.io.fuzz;

import java.math.BigDecimal;

import se.balans.io.ledger.BalanceRecord;
import se.balans.io.ledger.DateRange;
import se.balans.io.ledger.FiscalYear;
import se.balans.io.ledger.LedgerFileSummary;
import se.balans.io.ledger.LedgerHeader;
import se.balans.io.ledger.LedgerRow;
import se.balans.io.ledger.LedgerSink;
import se.balans.io.ledger.LedgerVoucher;

/**
 * A sink that keeps nothing but checks what a ledger reader promises of everything it passes on:
 * the header first and once, balanced vouchers with amounts in öre, dates inside the fiscal year
 * and the caller's range. A broken promise is an {@link AssertionError}, which the oracle reports
 * as a failure even when the file is refused later.
 */
final class CheckingSink implements LedgerSink {
    private final DateRange range;
    private DateRange fiscalYear;
    private int headers;
    private long vouchers;
    private long rows;

    CheckingSink(DateRange range) {
        this.range = range;
    }

    @Override
    public void header(LedgerHeader h) {
        check(++headers == 1, "header passed twice");
        check(h != null, "null header");
        fiscalYear = h.fiscalYear(0).map(FiscalYear::range).orElse(null);
    }

    @Override
    public void voucher(LedgerVoucher v) {
        check(headers == 1, "voucher before the header");
        BigDecimal sum = BigDecimal.ZERO;
        for (LedgerRow r : v.rows()) {
            check(r.amount().scale() == 2, "amount not in öre: " + r.amount());
            check(!r.account().isEmpty(), "row without an account");
            sum = sum.add(r.amount());
            inRanges(r.date().toString(), r.date());
        }
        check(sum.signum() == 0, "voucher " + v.label() + " passed on though its rows sum to " + sum);
        inRanges(v.date().toString(), v.date());
        vouchers++;
        rows += v.rows().size();
    }

    private void inRanges(String what, java.time.LocalDate d) {
        check(fiscalYear == null || fiscalYear.contains(d), what + " outside the fiscal year " + fiscalYear);
        check(range == null || range.contains(d), what + " outside the range " + range);
    }

    @Override
    public void account(String number, String name, String type) {
        check(headers == 1, "account before the header");
        check(number != null && name != null && type != null, "null in an account");
    }

    @Override
    public void dimension(String id, String name, String parent) {
        check(headers == 1, "dimension before the header");
    }

    @Override
    public void object(String dimension, String id, String name) {
        check(headers == 1, "object before the header");
    }

    @Override
    public void balance(BalanceRecord b) {
        check(headers == 1, "balance before the header");
        check(b.amount().scale() == 2, "balance not in öre: " + b.amount());
    }

    @Override
    public void progress(long bytesRead, long bytesTotal) {
        check(bytesRead >= 0 && bytesRead <= bytesTotal, "progress " + bytesRead + " of " + bytesTotal);
    }

    /** What the reader says it read must be what the sink received. */
    void agrees(LedgerFileSummary s) {
        check(s.vouchers() == vouchers && s.rows() == rows, "summary says " + s.vouchers() + " vouchers and " + s.rows()
                + " rows, the sink received " + vouchers + " and " + rows);
    }

    private static void check(boolean ok, String broken) {
        if (!ok) {
            throw new AssertionError("the reader broke its promise: " + broken);
        }
    }
}
