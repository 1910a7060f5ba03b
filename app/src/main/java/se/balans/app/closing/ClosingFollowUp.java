package se.balans.app.closing;

import java.nio.file.Path;
import java.util.Optional;

import se.balans.app.balancerequirement.ClosingBalanceRequirement;
import se.balans.app.investment.ClosingInvestments;
import se.balans.engine.plan.RegionalPlan;
import se.balans.reports.closing.YearFollowUp;
import se.balans.store.Store;
import se.balans.store.StoredClosing;

/**
 * A stored closing's year beyond its figures, assembled once for every output of it: the balance
 * requirement of the year ({@link ClosingBalanceRequirement}), the plan's goals of the year
 * ({@link ClosingGoals}) when the plan is known, the budget revision used ({@link ClosingBudget}), the
 * balance sheet at the month end ({@link ClosingBalanceSheet}) and, given the configuration folder, the
 * investments against the investment budget ({@link ClosingInvestments}).
 */
public final class ClosingFollowUp {
    private ClosingFollowUp() {
    }

    /**
     * @param plan     the workspace's plan, whose goals of the year are followed up
     * @param treasury the workspace's treasury folder, for the debt goals
     */
    public static YearFollowUp of(Store store, StoredClosing stored, Optional<RegionalPlan> plan,
                                  Optional<Path> treasury) {
        return of(store, stored, plan, treasury, java.util.List.of());
    }

    /**
     * @param central the finance unit's central items (any rounds): with them, or with committees' forecasts
     *                stored for this closing, the follow-up carries the forecast round after the month
     */
    public static YearFollowUp of(Store store, StoredClosing stored, Optional<RegionalPlan> plan,
                                  Optional<Path> treasury, java.util.List<se.balans.engine.forecast.CentralItem> central) {
        return of(store, stored, plan, treasury, central, Optional.empty());
    }

    /**
     * @param config the workspace's closing configuration folder: with it, the follow-up carries the
     *               investments against the investment budget ({@link ClosingInvestments}), the costs by type
     *               ({@link se.balans.app.costtype.ClosingCostTypes}) and the personnel follow-up from the HR
     *               exports ({@link se.balans.app.personnel.ClosingPersonnel}), or why there are none
     */
    public static YearFollowUp of(Store store, StoredClosing stored, Optional<RegionalPlan> plan,
                                  Optional<Path> treasury, java.util.List<se.balans.engine.forecast.CentralItem> central,
                                  Optional<Path> config) {
        // The closing's ledger, read once (and only if a part needs it) for the balance sheet, the investments and
        // the cost types alike.
        java.util.function.Supplier<se.balans.store.LedgerSnapshot> ledger = once(() -> StoredClosings.ledger(store,
                stored));
        Optional<se.balans.app.costtype.ClosingCostTypes.Result> costTypes = config.map(c ->
                se.balans.app.costtype.ClosingCostTypes.of(stored, ledger, c));
        // The agency staff's share of the personnel costs comes from the ledger's cost types, when there are any.
        Optional<se.balans.app.personnel.ClosingPersonnel.AgencyCosts> agency = costTypes
                .flatMap(se.balans.app.costtype.ClosingCostTypes.Result::costTypes).flatMap(ClosingFollowUp::agency);
        Optional<se.balans.app.personnel.ClosingPersonnel.Result> personnel = config.map(c ->
                se.balans.app.personnel.ClosingPersonnel.of(c, stored.info().period(), store.organisation(), agency));
        Optional<se.balans.app.forecast.ShowForecastRound.Result> round = forecastRound(store, stored, central);
        // The year is forecast once: with a forecast round, its forecast of record, as the summary says.
        ClosingBalanceRequirement.Result bkr = ClosingBalanceRequirement.of(store, stored,
                round.map(se.balans.app.forecast.ShowForecastRound.Result::forecast));
        ClosingBalanceSheet.Result sheet = ClosingBalanceSheet.of(stored, ledger, plan, treasury,
                round.flatMap(r -> r.forecast().resultForYear()));
        Optional<ClosingInvestments.Result> investments = config.map(c -> ClosingInvestments.of(stored, ledger,
                dimension -> StoredClosings.ledgerObjects(store, stored, dimension), c,
                round.flatMap(r -> r.forecast().resultForYear())));
        return new YearFollowUp(bkr.forecast(), bkr.missing(),
                plan.map(p -> ClosingGoals.of(stored, p, treasury, sheet.balanceSheet())),
                ClosingBudget.revision(stored), sheet.balanceSheet(), sheet.missing(),
                round.map(se.balans.app.forecast.ShowForecastRound.Result::forecast),
                round.flatMap(se.balans.app.forecast.ShowForecastRound.Result::bridge),
                round.flatMap(se.balans.app.forecast.ShowForecastRound.Result::range),
                se.balans.app.forecast.ShowForecastAccuracy.ofClosing(store, stored, central),
                round.map(r -> r.submissions().stream().map(s -> new se.balans.reports.forecast.ForecastEvidence(
                        s.forecast().committee(), s.fileName(), s.fileSha256(), s.importedAt().toLocalDate(),
                        s.importedBy(), s.id())).toList()).orElse(java.util.List.of()),
                investments.flatMap(ClosingInvestments.Result::investments),
                investments.flatMap(ClosingInvestments.Result::missing),
                costTypes.flatMap(se.balans.app.costtype.ClosingCostTypes.Result::costTypes),
                costTypes.flatMap(se.balans.app.costtype.ClosingCostTypes.Result::missing),
                personnel.flatMap(se.balans.app.personnel.ClosingPersonnel.Result::followUp),
                personnel.flatMap(se.balans.app.personnel.ClosingPersonnel.Result::missing));
    }

    private static Optional<se.balans.app.forecast.ShowForecastRound.Result> forecastRound(Store store,
            StoredClosing stored, java.util.List<se.balans.engine.forecast.CentralItem> central) {
        return se.balans.app.forecast.ShowForecastRound.isRound(store, stored, central)
                ? Optional.of(se.balans.app.forecast.ShowForecastRound.run(store, stored.info().period(), central))
                : Optional.empty();
    }

    /** The agency staff's cost and the personnel costs to date, for the region, when the cost types have both. */
    private static Optional<se.balans.app.personnel.ClosingPersonnel.AgencyCosts> agency(
            se.balans.engine.costtype.CostTypeFollowUp f) {
        return f.region().type(se.balans.engine.costtype.CostType.AGENCY_STAFF).flatMap(a ->
                f.region().type(se.balans.engine.costtype.CostType.PERSONNEL).map(p ->
                        new se.balans.app.personnel.ClosingPersonnel.AgencyCosts(a.ytd(), p.ytd())));
    }

    /** A supplier that computes its value on the first call and keeps it. */
    private static <T> java.util.function.Supplier<T> once(java.util.function.Supplier<T> compute) {
        return new java.util.function.Supplier<>() {
            private T value;

            @Override
            public T get() {
                if (value == null) {
                    value = compute.get();
                }
                return value;
            }
        };
    }
}
