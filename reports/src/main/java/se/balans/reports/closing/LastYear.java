package se.balans.reports.closing;

import se.balans.engine.closing.MonthlyClosing;
import se.balans.reports.table.Cell;

/**
 * Whether a closing has last year to compare with, decided once for the tables, the narrative and
 * the charts of the monthly report.
 *
 * <p>A closing stores last year's figures as amounts, zero when the store held no ledger for last
 * year. Shown as they are, such a year reads "0,0" and is narrated as a result "positivt med 0
 * miljoner kronor" — a comparison with a year that was never booked. A real year has some booking
 * on some line, so a closing whose every last-year figure, to date and month by month, is zero has
 * no last year: its columns show {@link #NOT_AVAILABLE} and the narrative says there is nothing to
 * compare with. Derived from the closing rather than stored with it, so that closings already in
 * a store are read, reported and verified as before.
 */
public final class LastYear {
    /** The cell of a last-year figure when there is no last year: a dash, not a zero. */
    public static final Cell NOT_AVAILABLE = Cell.text("–");

    private LastYear() {
    }

    /** Whether any last-year figure of the closing, to date or in any month, is non-zero. */
    static boolean hasData(MonthlyClosing closing) {
        return closing.rows().stream().anyMatch(r -> !r.measures().ytdLastYear().isZero())
                || closing.months().stream().anyMatch(m -> !m.lastYear().isZero());
    }
}
