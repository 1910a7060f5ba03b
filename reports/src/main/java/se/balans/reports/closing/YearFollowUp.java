package se.balans.reports.closing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.balans.engine.balancerequirement.BalanceRequirementForecast;
import se.balans.engine.balancesheet.BalanceSheetFollowUp;
import se.balans.engine.closing.BudgetRevision;
import se.balans.engine.forecast.ForecastAccuracy;
import se.balans.engine.forecast.ForecastBridge;
import se.balans.engine.forecast.ForecastOfRecord;
import se.balans.engine.forecast.ForecastRange;
import se.balans.engine.goal.GoalFollowUp;
import se.balans.engine.investment.InvestmentFollowUp;

/**
 * What a closing says of its year beyond its own figures, derived from what it recorded: the balance
 * requirement of the year (or why there is none), the plan's goals of the year followed up, the
 * budget revision it used, and the balance sheet at the month end (or why there is none). One value for the monthly report, {@code outcome} and its JSON alike.
 *
 * @param balanceRequirement   the balance-requirement forecast
 * @param noBalanceRequirement why there is none, said rather than left out; never both
 * @param goals                the goals followed up, when the plan is known (empty list: it has none)
 * @param budgetRevision       the revision of the year's budget the closing used, when it was revised
 * @param balanceSheet         the balance sheet at the month end followed up
 * @param noBalanceSheet       why there is none, said rather than left out; never both
 * @param forecastRound        the forecast round after the month, when committees or the finance unit have
 *                             forecast in it (the committees' forecasts and the central items beside the proposal)
 * @param forecastBridge       with the round, what changed its forecast result since the previous round
 * @param forecastRange        with an early round, its forecast of årets resultat as a range
 * @param forecastAccuracy     in a December closing, how far the year's rounds were from its outcome
 * @param forecastEvidence     with the round, the template each committee's forecast was imported from
 * @param costTypes            the costs by type to date against last year (kostnadsslag), when configured
 * @param noCostTypes          why there are none, said rather than left out; never both
 * @param personnel            the staff and sick leave of the month (personaluppföljning), from the HR exports
 * @param noPersonnel          why there is none, said rather than left out; never both
 * @param investments          the investments of the year to date against the investment budget
 * @param noInvestments        why there is no investment follow-up, said rather than left out; never both
 */
public record YearFollowUp(Optional<BalanceRequirementForecast> balanceRequirement,
                           Optional<String> noBalanceRequirement, Optional<List<GoalFollowUp>> goals,
                           Optional<BudgetRevision> budgetRevision, Optional<BalanceSheetFollowUp> balanceSheet,
                           Optional<String> noBalanceSheet, Optional<ForecastOfRecord> forecastRound,
                           Optional<ForecastBridge> forecastBridge, Optional<ForecastRange> forecastRange,
                           Optional<ForecastAccuracy> forecastAccuracy,
                           List<se.balans.reports.forecast.ForecastEvidence> forecastEvidence,
                           Optional<InvestmentFollowUp> investments, Optional<String> noInvestments,
                           Optional<se.balans.engine.costtype.CostTypeFollowUp> costTypes, Optional<String> noCostTypes,
                           Optional<se.balans.engine.personnel.PersonnelFollowUp> personnel,
                           Optional<se.balans.engine.personnel.PersonnelMissing> noPersonnel) {
    public static final YearFollowUp NONE = new YearFollowUp(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    /** A follow-up without a balance sheet, and without saying why (a closing read without its store). */
    public YearFollowUp(Optional<BalanceRequirementForecast> balanceRequirement, Optional<String> noBalanceRequirement,
                        Optional<List<GoalFollowUp>> goals, Optional<BudgetRevision> budgetRevision) {
        this(balanceRequirement, noBalanceRequirement, goals, budgetRevision, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public YearFollowUp {
        Objects.requireNonNull(balanceRequirement, "balanceRequirement");
        Objects.requireNonNull(noBalanceRequirement, "noBalanceRequirement");
        Objects.requireNonNull(goals, "goals");
        Objects.requireNonNull(budgetRevision, "budgetRevision");
        if (balanceRequirement.isPresent() && noBalanceRequirement.isPresent()) {
            throw new IllegalArgumentException("a balance-requirement forecast or why there is none, not both");
        }
        Objects.requireNonNull(balanceSheet, "balanceSheet");
        Objects.requireNonNull(noBalanceSheet, "noBalanceSheet");
        Objects.requireNonNull(forecastRound, "forecastRound");
        Objects.requireNonNull(forecastBridge, "forecastBridge");
        Objects.requireNonNull(forecastRange, "forecastRange");
        Objects.requireNonNull(forecastAccuracy, "forecastAccuracy");
        if (forecastRange.isPresent() && forecastRound.isEmpty()) {
            throw new IllegalArgumentException("a forecast range belongs to a forecast round");
        }
        if (balanceSheet.isPresent() && noBalanceSheet.isPresent()) {
            throw new IllegalArgumentException("a balance sheet or why there is none, not both");
        }
        Objects.requireNonNull(investments, "investments");
        Objects.requireNonNull(noInvestments, "noInvestments");
        if (investments.isPresent() && noInvestments.isPresent()) {
            throw new IllegalArgumentException("an investment follow-up or why there is none, not both");
        }
        goals = goals.map(List::copyOf);
        forecastEvidence = List.copyOf(forecastEvidence);
        Objects.requireNonNull(costTypes, "costTypes");
        Objects.requireNonNull(noCostTypes, "noCostTypes");
        Objects.requireNonNull(personnel, "personnel");
        Objects.requireNonNull(noPersonnel, "noPersonnel");
        if (costTypes.isPresent() && noCostTypes.isPresent() || personnel.isPresent() && noPersonnel.isPresent()) {
            throw new IllegalArgumentException("a follow-up or why there is none, not both");
        }
    }
}
