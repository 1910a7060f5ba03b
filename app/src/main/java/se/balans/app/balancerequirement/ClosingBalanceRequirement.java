package se.balans.app.balancerequirement;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import se.balans.engine.InvalidInputException;
import se.balans.engine.balancerequirement.AdjustmentAccounts;
import se.balans.engine.balancerequirement.BalanceRequirementForecast;
import se.balans.engine.balancerequirement.BalanceRequirementLine;
import se.balans.engine.closing.Measures;
import se.balans.engine.closing.MonthlyClosing;
import se.balans.engine.money.Money;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.engine.trace.SourceFile;
import se.balans.io.closing.ClosingSetupReader;
import se.balans.io.history.BalanceRequirementHistory;
import se.balans.store.Store;
import se.balans.store.StoredClosing;

/**
 * The balance-requirement forecast of a stored closing: derived from what the closing recorded —
 * its årets resultat to date and full-year forecast, and the balance-requirement history it was
 * closed with — so that the same closing always gives the same forecast, and {@code verify}, which
 * checks the closing's figures and the hash of every recorded file, covers it.
 */
public final class ClosingBalanceRequirement {
    private ClosingBalanceRequirement() {
    }

    /**
     * The forecast, or why there is none: the reports say which rather than leaving the section out
     * without a word.
     *
     * @param forecast the forecast, when the closing recorded a history that reaches the year before
     * @param missing  why there is no forecast, when there is none
     */
    public record Result(Optional<BalanceRequirementForecast> forecast, Optional<String> missing) {
        public Result {
            Objects.requireNonNull(forecast, "forecast");
            Objects.requireNonNull(missing, "missing");
            if (forecast.isPresent() == missing.isPresent()) {
                throw new IllegalArgumentException("either a forecast or why there is none");
            }
        }

        static Result missing(String why) {
            return new Result(Optional.empty(), Optional.of(why));
        }
    }

    /**
     * @param store the store the closing is in: with accounts configured for the balanskravsjusteringar,
     *              their balances are read from the imports the closing recorded, which never change
     */
    /** The adjustments booked to date on the accounts the closing recorded for them, if it recorded any. */
    public static Optional<Map<BalanceRequirementLine, Money>> adjustments(Store store, StoredClosing stored) {
        Optional<SourceFile> file = stored.config().stream()
                .filter(f -> f.name().equals(ClosingSetupReader.ADJUSTMENTS)).findFirst();
        if (file.isEmpty()) {
            return Optional.empty();
        }
        AdjustmentAccounts accounts = ClosingSetupReader.adjustmentAccounts(Path.of(ClosingSetupReader.ADJUSTMENTS),
                file.get().content());
        YearMonth month = stored.closing().month();
        List<Long> imports = stored.imports().stream().map(StoredClosing.ImportRef::importId).toList();
        return Optional.of(accounts.toDate(store.ledgerOf(imports, month.getYear(), month).amounts(), month));
    }

    public static Result of(Store store, StoredClosing stored) {
        return of(store, stored, Optional.empty());
    }

    /**
     * @param round the month's forecast of record, when it has a forecast round: the forecast year then follows it
     *              (not in December, whose outcome is the year's)
     */
    public static Result of(Store store, StoredClosing stored,
                            Optional<se.balans.engine.forecast.ForecastOfRecord> round) {
        Optional<SourceFile> history = stored.config().stream()
                .filter(f -> f.name().equals(ClosingSetupReader.HISTORY)).findFirst();
        if (history.isEmpty()) {
            return Result.missing("the closing of " + stored.info().period() + " recorded no balance-requirement "
                    + "history (" + ClosingSetupReader.HISTORY + " in the workspace): close it again with one");
        }
        BalanceRequirementHistory h = BalanceRequirementHistory.parse(Path.of(ClosingSetupReader.HISTORY),
                history.get().content());
        MonthlyClosing c = stored.closing();
        Measures result = c.line(IncomeStatementLine.RESULT_FOR_YEAR);
        try {
            Optional<BalanceRequirementForecast.OfRecord> ofRecord = round.flatMap(r -> r.resultForYear()
                    .map(year -> new BalanceRequirementForecast.OfRecord(year, r.unrealised())));
            return new Result(Optional.of(BalanceRequirementForecast.of(h.years(), h.openingReserve(),
                    c.month().getYear(), result.ytd(), result.forecastYear(), adjustments(store, stored), ofRecord)),
                    Optional.empty());
        } catch (InvalidInputException e) {
            return Result.missing(e.getMessage());
        }
    }
}
