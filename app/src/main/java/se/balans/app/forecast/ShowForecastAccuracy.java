package se.balans.app.forecast;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import se.balans.app.MissingInputException;
import se.balans.engine.forecast.CentralItem;
import se.balans.engine.forecast.ForecastAccuracy;
import se.balans.engine.forecast.ForecastOfRecord;
import se.balans.store.Store;
import se.balans.store.StoredClosing;

/**
 * Use case: how accurate a year's forecast rounds were (prognossäkerhet) — every round of the year (a month
 * whose closing the committees forecast from, or whose central items the finance unit gave) as it stands,
 * against the year's outcome in its December closing.
 */
public final class ShowForecastAccuracy {
    private ShowForecastAccuracy() {
    }

    /**
     * @param central the finance unit's central items (any rounds)
     * @throws MissingInputException when the year's December is not closed
     */
    public static ForecastAccuracy run(Store store, int year, List<CentralItem> central) {
        YearMonth december = YearMonth.of(year, 12);
        StoredClosing outcome = store.closing(december).orElseThrow(() -> new MissingInputException("December "
                + year + " is not closed: a year's forecast accuracy is its rounds against its outcome (balans close "
                + december + ")"));
        return of(store, outcome, central);
    }

    /** The accuracy of the year of a December closing, or empty for any other month. */
    public static Optional<ForecastAccuracy> ofClosing(Store store, StoredClosing closing, List<CentralItem> central) {
        return closing.info().period().getMonthValue() == 12 ? Optional.of(of(store, closing, central))
                : Optional.empty();
    }

    private static ForecastAccuracy of(Store store, StoredClosing december, List<CentralItem> central) {
        int year = december.info().period().getYear();
        List<ForecastOfRecord> rounds = new ArrayList<>();
        for (int m = 1; m < 12; m++) { // December's round would forecast a year already booked
            Optional<StoredClosing> c = store.closing(YearMonth.of(year, m));
            if (c.isEmpty()) {
                continue;
            }
            List<se.balans.store.ForecastSubmission> forecasts = store.forecasts(c.get().info().period(), false);
            if (ShowForecastRound.isRound(c.get(), forecasts, central)) {
                rounds.add(ShowForecastRound.record(c.get(), forecasts, central));
            }
        }
        return ForecastAccuracy.of(december.closing(), rounds);
    }
}
