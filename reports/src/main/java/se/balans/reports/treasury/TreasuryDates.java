package se.balans.reports.treasury;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

import se.balans.reports.text.Labels;

/** Months as the board reads them: "juli 2025", "July 2025". Dates stay ISO (2025-07-31), as Swedish print has them. */
final class TreasuryDates {
    private TreasuryDates() {
    }

    static String month(YearMonth month, Labels labels) {
        return month.format(DateTimeFormatter.ofPattern("LLLL yyyy", labels.locale()));
    }
}
