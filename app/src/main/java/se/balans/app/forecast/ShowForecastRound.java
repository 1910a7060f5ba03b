package se.balans.app.forecast;

import java.math.BigDecimal;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import se.balans.app.MissingInputException;
import se.balans.engine.forecast.CentralItem;
import se.balans.engine.forecast.CommitteeForecast;
import se.balans.engine.forecast.ForecastBridge;
import se.balans.engine.forecast.ForecastOfRecord;
import se.balans.engine.forecast.ForecastRange;
import se.balans.engine.forecast.ForecastRound;
import se.balans.engine.money.Money;
import se.balans.store.ForecastSubmission;
import se.balans.store.Store;
import se.balans.store.StoredClosing;

/**
 * Use case: a forecast round as it stands — the round's closing with the committees' forecasts stored
 * for it ({@link ForecastRound}), the finance unit's central items, the bridge from the year's previous
 * round and, early in the year, the forecast's range.
 */
public final class ShowForecastRound {
    /**
     * How far a committee's forecast may be from the proposal, as a share of its frame, before it is
     * flagged: 2 % — for a region's committees tens of millions, the size of deviation a finance unit
     * asks about.
     */
    public static final BigDecimal FLAG_SHARE = new BigDecimal("0.02");
    /** And at least 5 mnkr, so that a small committee's small difference is not flagged. */
    public static final Money FLAG_FLOOR = Money.ofMnkr("5");
    /**
     * From which round the forecast is shown as a point: August's, the delårsrapport's, when two thirds of the
     * year are booked. Rounds before it show their range from the back-test ({@link ForecastRange}).
     */
    public static final Month POINT_FROM = Month.AUGUST;

    private ShowForecastRound() {
    }

    /**
     * The round and the closing it belongs to.
     *
     * @param stale  forecasts of the month made from an earlier closing of it, which are not counted
     * @param bridge from the year's previous round (or, without one, the previous month's closing)
     * @param range  for a round before {@code pointFrom}, the forecast's range from the back-test, when the
     *               closing has one
     */
    public record Result(StoredClosing closing, ForecastRound round, List<ForecastSubmission> submissions,
                         List<ForecastSubmission> stale, ForecastOfRecord forecast, Optional<ForecastBridge> bridge,
                         Optional<ForecastRange> range) {
    }

    public static Result run(Store store, YearMonth month) {
        return run(store, month, List.of());
    }

    /** The round with its range before {@link #POINT_FROM}. */
    public static Result run(Store store, YearMonth month, List<CentralItem> central) {
        return run(store, month, central, POINT_FROM);
    }

    /**
     * @param central   the finance unit's central items of the round (taxes, grants, financial items); lines
     *                  not given stay at the closing's proposal
     * @param pointFrom the first month whose round is shown as a point, without a range
     */
    public static Result run(Store store, YearMonth month, List<CentralItem> central, Month pointFrom) {
        StoredClosing closing = store.closing(month).orElseThrow(() -> new MissingInputException(month
                + " is not closed: a forecast round starts from its closing (balans close " + month + ")"));
        List<ForecastSubmission> all = store.forecasts(month, false);
        List<ForecastSubmission> submissions = all.stream().filter(s -> s.closingId() == closing.info().id()).toList();
        List<ForecastSubmission> stale = all.stream().filter(s -> s.closingId() != closing.info().id()).toList();
        ForecastOfRecord forecast = record(closing, submissions, central);
        Optional<ForecastBridge> bridge = previousRound(store, month, central)
                .or(() -> month.getMonthValue() > 1 ? store.closing(month.minusMonths(1)) : Optional.empty())
                .map(c -> ForecastBridge.of(record(c, store.forecasts(c.info().period(), false), central), forecast));
        Optional<ForecastRange> range = month.getMonthValue() < pointFrom.getValue()
                ? ForecastRange.of(forecast, closing.closing().backtest()) : Optional.empty();
        return new Result(closing, forecast.round(), submissions, stale, forecast, bridge, range);
    }

    /** Whether a closing is a round: committees have forecast from it, or the central items name its month. */
    public static boolean isRound(Store store, StoredClosing closing, List<CentralItem> central) {
        return isRound(closing, store.forecasts(closing.info().period(), false), central);
    }

    /** The same, with the month's forecasts a caller has read already. */
    static boolean isRound(StoredClosing closing, List<ForecastSubmission> forecasts, List<CentralItem> central) {
        YearMonth month = closing.info().period();
        return forecasts.stream().anyMatch(f -> f.closingId() == closing.info().id())
                || central.stream().anyMatch(i -> i.round().equals(month));
    }

    /** The latest earlier round of the same year. */
    private static Optional<StoredClosing> previousRound(Store store, YearMonth month, List<CentralItem> central) {
        for (YearMonth m = month.minusMonths(1); m.getYear() == month.getYear(); m = m.minusMonths(1)) {
            Optional<StoredClosing> c = store.closing(m);
            if (c.isPresent() && isRound(store, c.get(), central)) {
                return c;
            }
        }
        return Optional.empty();
    }

    /**
     * A closing's forecast of record: the committees' current forecasts made from it (those of an earlier
     * closing of the month are stale and left out) and its round's central items.
     */
    static ForecastOfRecord record(StoredClosing closing, List<ForecastSubmission> forecasts, List<CentralItem> central) {
        YearMonth month = closing.info().period();
        List<CommitteeForecast> submitted = forecasts.stream()
                .filter(s -> s.closingId() == closing.info().id()).map(ForecastSubmission::forecast).toList();
        return ForecastOfRecord.of(closing.closing(), ForecastRound.of(closing.closing(), submitted, FLAG_SHARE,
                FLAG_FLOOR), central.stream().filter(i -> i.round().equals(month)).toList());
    }
}
