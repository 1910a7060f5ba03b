package se.balans.app.closing;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;

import se.balans.app.MissingInputException;
import se.balans.app.history.HistoryRecords;
import se.balans.io.plan.PlanDirectoryReader;
import se.balans.reports.closing.ClosingData;
import se.balans.store.Store;
import se.balans.store.StoredClosing;

/** Use case: a closed month's outcomes exactly as the closing stored them. */
public final class ShowOutcome {
    private ShowOutcome() {
    }

    /** The stored closing and its report data for programs. */
    public record Result(StoredClosing stored, ClosingData data) {
    }

    /** @throws MissingInputException when the month is not closed */
    public static Result run(Store store, YearMonth month) {
        return run(store, month, Optional.empty(), Optional.empty());
    }

    /**
     * With the plan ({@code planDir}), the closing's year's financial goals are followed up too, the
     * debt goals on the loan registers of the {@code treasury} folder.
     *
     * @throws MissingInputException when the month is not closed
     */
    public static Result run(Store store, YearMonth month, Optional<Path> planDir, Optional<Path> treasury) {
        return run(store, month, planDir, treasury, java.util.List.of());
    }

    /**
     * @param central the finance unit's central items: with them, or with committees' forecasts for the closing,
     *                the forecast round after the month; in December, the year's forecast accuracy
     */
    public static Result run(Store store, YearMonth month, Optional<Path> planDir, Optional<Path> treasury,
                             java.util.List<se.balans.engine.forecast.CentralItem> central) {
        return run(store, month, planDir, treasury, central, Optional.empty());
    }

    /** @param config the workspace's closing configuration folder: the cost types and the HR exports */
    public static Result run(Store store, YearMonth month, Optional<Path> planDir, Optional<Path> treasury,
                             java.util.List<se.balans.engine.forecast.CentralItem> central, Optional<Path> config) {
        StoredClosing stored = StoredClosings.require(store, month,
                () -> month + " is not closed; close it with: balans close " + month);
        return new Result(stored, new ClosingData(HistoryRecords.of(stored.info()), stored.closing(),
                ClosingFollowUp.of(store, stored, planDir.map(PlanDirectoryReader::read), treasury, central,
                        config)));
    }
}
