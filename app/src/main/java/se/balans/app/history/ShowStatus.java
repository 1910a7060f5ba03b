package se.balans.app.history;

import java.util.List;

import se.balans.reports.history.ClosingRecord;
import se.balans.reports.history.ImportRecord;
import se.balans.reports.history.StatusData;
import se.balans.store.Store;

/** Use case: what the store holds — every import (superseded ones included) and every closing (reopened ones too). */
public final class ShowStatus {
    private ShowStatus() {
    }

    /** The imports and closings, oldest first. */
    public record Result(List<ImportRecord> imports, List<ClosingRecord> closings) {
        public Result {
            imports = List.copyOf(imports);
            closings = List.copyOf(closings);
        }

        /** The report data for programs (CSV, JSON). */
        public StatusData data() {
            return new StatusData(imports, closings);
        }
    }

    public static Result run(Store store) {
        return new Result(store.imports().stream().map(HistoryRecords::of).toList(),
                store.closings().stream().map(HistoryRecords::of).toList());
    }
}
