package se.balans.app.history;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import se.balans.app.closing.Staleness;
import se.balans.app.ledger.Supply;

import se.balans.reports.history.ClosingRecord;
import se.balans.reports.history.ImportRecord;
import se.balans.reports.history.PeriodRecord;
import se.balans.reports.history.StatusData;
import se.balans.store.Store;

/** Use case: what the store holds — every import (superseded ones included) and every closing (reopened ones too). */
public final class ShowStatus {
    private ShowStatus() {
    }

    /**
     * The imports and closings, oldest first (stale closings with the imports that made them stale),
     * and every month from the first to the last with a ledger, with the current imports supplying it.
     */
    public record Result(List<ImportRecord> imports, List<ClosingRecord> closings, List<PeriodRecord> periods) {
        public Result {
            imports = List.copyOf(imports);
            closings = List.copyOf(closings);
            periods = List.copyOf(periods);
        }

        /** The report data for programs (CSV, JSON). */
        public StatusData data() {
            return new StatusData(imports, closings, periods);
        }
    }

    public static Result run(Store store) {
        Map<Long, List<Long>> staleBy = new HashMap<>();
        Staleness.of(store).forEach(s -> staleBy.put(s.closing().id(), List.copyOf(s.changedBy())));
        List<ClosingRecord> closings = store.closings().stream()
                .map(c -> HistoryRecords.of(c, staleBy.getOrDefault(c.id(), List.of()))).toList();
        return new Result(store.imports().stream().map(HistoryRecords::of).toList(), closings, periods(store));
    }

    /** Each month from the first to the last supplied, with the current imports that supply it. */
    static List<PeriodRecord> periods(Store store) {
        SortedMap<YearMonth, List<Long>> byMonth = Supply.current(store);
        List<PeriodRecord> out = new ArrayList<>();
        if (byMonth.isEmpty()) {
            return out;
        }
        for (YearMonth m = byMonth.firstKey(); !m.isAfter(byMonth.lastKey()); m = m.plusMonths(1)) {
            out.add(new PeriodRecord(m, byMonth.getOrDefault(m, List.of())));
        }
        return out;
    }
}
