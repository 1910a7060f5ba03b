package se.balans.reports.history;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * A month of the ledger and the current imports that supply it: one (an export), several (an export
 * and files of late vouchers added to it), or none (a gap, which no closing of its year may cross).
 */
public record PeriodRecord(YearMonth month, List<Long> importIds) {
    public PeriodRecord {
        Objects.requireNonNull(month, "month");
        importIds = List.copyOf(importIds);
    }
}
