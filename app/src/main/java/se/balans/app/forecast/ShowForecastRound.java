package se.balans.app.forecast;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import se.balans.app.MissingInputException;
import java.util.Optional;

import se.balans.engine.forecast.CentralItem;
import se.balans.engine.forecast.ForecastBridge;
import se.balans.engine.forecast.ForecastOfRecord;
import se.balans.engine.forecast.ForecastRound;
import se.balans.store.ForecastSubmission;
import se.balans.store.Store;
import se.balans.store.StoredClosing;

/**
 * Use case: a forecast round as it stands — the round's closing with the committees' forecasts stored
 * for it ({@link ForecastRound}).
 */
public final class ShowForecastRound {
    /**
     * How far a committee's forecast may be from the proposal, as a share of its frame, before it is
     * flagged: 2 % — for a region's committees tens of millions, the size of deviation a finance unit
     * asks about.
     */
    public static final BigDecimal FLAG_SHARE = new BigDecimal("0.02");
    /** And at least 5 mnkr, so that a small committee's small difference is not flagged. */
    public static final se.balans.engine.money.Money FLAG_FLOOR = se.balans.engine.money.Money.ofMnkr("5");

    private ShowForecastRound() {
    }

    /**
     * The round and the closing it belongs to.
     *
     * @param stale forecasts of the month made from an earlier closing of it, which are not counted
     */
    public record Result(StoredClosing closing, ForecastRound round, List<ForecastSubmission> submissions,
                         List<ForecastSubmission> stale, ForecastOfRecord forecast, Optional<ForecastBridge> bridge) {
    }

    public static Result run(Store store, YearMonth month) {
        return run(store, month, List.of());
    }

    /**
     * @param central the finance unit's central items of the round (taxes, grants, financial items); lines
     *                not given stay at the closing's proposal
     */
    public static Result run(Store store, YearMonth month, List<CentralItem> central) {
        StoredClosing closing = store.closing(month).orElseThrow(() -> new MissingInputException(month
                + " is not closed: a forecast round starts from its closing (balans close " + month + ")"));
        List<ForecastSubmission> all = store.forecasts(month, false);
        List<ForecastSubmission> submissions = all.stream().filter(s -> s.closingId() == closing.info().id()).toList();
        List<ForecastSubmission> stale = all.stream().filter(s -> s.closingId() != closing.info().id()).toList();
        ForecastOfRecord forecast = record(closing, submissions, central);
        Optional<ForecastBridge> bridge = Optional.empty();
        if (month.getMonthValue() > 1) {
            bridge = store.closing(month.minusMonths(1)).map(c -> ForecastBridge.of(record(c,
                    store.forecasts(c.info().period(), false), central), forecast));
        }
        return new Result(closing, forecast.round(), submissions, stale, forecast, bridge);
    }

    /**
     * A closing's forecast of record: the committees' current forecasts made from it (those of an earlier
     * closing of the month are stale and left out) and its round's central items.
     */
    static ForecastOfRecord record(StoredClosing closing, List<ForecastSubmission> forecasts, List<CentralItem> central) {
        YearMonth month = closing.info().period();
        List<se.balans.engine.forecast.CommitteeForecast> submitted = forecasts.stream()
                .filter(s -> s.closingId() == closing.info().id()).map(ForecastSubmission::forecast).toList();
        return ForecastOfRecord.of(closing.closing(), ForecastRound.of(closing.closing(), submitted, FLAG_SHARE,
                FLAG_FLOOR), central.stream().filter(i -> i.round().equals(month)).toList());
    }
}
