package se.balans.engine.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import se.balans.engine.closing.MonthlyClosing;
import se.balans.engine.money.Money;
import se.balans.engine.statement.IncomeStatementLine;

/**
 * The forecast's accuracy over a year (prognossäkerhet): each round's forecast of record against what the
 * year turned out to be, per committee and for årets resultat, with the computed proposal's beside it —
 * so the board sees whether the committees' own forecasts were better than the formula, and which
 * committee forecasts too optimistically, as regions' annual reports follow it up.
 *
 * <p><b>The sign.</b> Every difference is the outcome less the forecast, as its effect on the result:
 * positive when the year ended better than forecast (a committee's net cost below its forecast, a result
 * above it), negative when the forecast was too optimistic. A committee's net cost is compared directly
 * (not its deviation from the frame), so a frame changed during the year does not count as an error.
 *
 * @param year           the year
 * @param committees     the committees of the December closing, in its order
 * @param outcome        each committee's net cost for the year (positive, as the committees report it)
 * @param outcomeResult  årets resultat for the year
 * @param rounds         the year's rounds in month order
 */
public record ForecastAccuracy(int year, List<String> committees, Map<String, Money> outcome, Money outcomeResult,
                               List<Round> rounds) {

    /**
     * One round against the outcome.
     *
     * @param committees per committee (the December closing's), its estimate in this round
     * @param result     årets resultat: forecast of record and proposal of this round against the outcome
     */
    public record Round(YearMonth month, Map<String, Estimate> committees, Estimate result) {
        public Round {
            Objects.requireNonNull(month, "month");
            committees = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(committees));
            Objects.requireNonNull(result, "result");
        }

        /** The committees whose forecast of record in this round was the proposal: they had not submitted. */
        public List<String> notSubmitted() {
            return committees.entrySet().stream().filter(e -> !e.getValue().submitted()).map(Map.Entry::getKey)
                    .toList();
        }
    }

    /**
     * One figure of one round against the outcome. For a committee the figures are net costs (positive); for
     * årets resultat the result.
     *
     * @param forecast  the forecast of record
     * @param proposal  the computed proposal of the round's closing
     * @param outcome   the year's outcome
     * @param submitted whether the forecast of record is the committee's own (always true for the result)
     * @param cost      whether a higher figure is a worse result (a net cost)
     */
    public record Estimate(Money forecast, Money proposal, Money outcome, boolean submitted, boolean cost) {
        public Estimate {
            Objects.requireNonNull(forecast, "forecast");
            Objects.requireNonNull(proposal, "proposal");
            Objects.requireNonNull(outcome, "outcome");
        }

        /** The outcome less the forecast of record, as effect on the result: positive, the year ended better. */
        public Money difference() {
            return effect(outcome.minus(forecast));
        }

        /** The outcome less the computed proposal, as effect on the result. */
        public Money proposalDifference() {
            return effect(outcome.minus(proposal));
        }

        private Money effect(Money change) {
            return cost ? change.negated() : change;
        }
    }

    public ForecastAccuracy {
        committees = List.copyOf(committees);
        outcome = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(outcome));
        Objects.requireNonNull(outcomeResult, "outcomeResult");
        rounds = List.copyOf(rounds);
        for (int i = 1; i < rounds.size(); i++) {
            if (!rounds.get(i - 1).month().isBefore(rounds.get(i).month())) {
                throw new IllegalArgumentException("the rounds are not in month order: " + rounds.get(i - 1).month()
                        + " before " + rounds.get(i).month());
            }
        }
    }

    /**
     * The year's rounds against its December closing.
     *
     * @param december the year's December closing: its figures to date are the year's outcome
     * @param rounds   the forecasts of record of the year's rounds (any order)
     * @throws IllegalArgumentException when the closing is not a December's, or a round is of another year
     */
    public static ForecastAccuracy of(MonthlyClosing december, List<ForecastOfRecord> rounds) {
        if (december.month().getMonthValue() != 12) {
            throw new IllegalArgumentException("the year's outcome is its December closing, not " + december.month());
        }
        int year = december.month().getYear();
        Map<String, Money> outcome = new LinkedHashMap<>();
        for (String c : december.committees()) {
            outcome.put(c, december.committeeNetCost(c).ytd());
        }
        Money outcomeResult = december.line(IncomeStatementLine.RESULT_FOR_YEAR).ytd();
        List<Round> out = new ArrayList<>();
        for (ForecastOfRecord f : rounds.stream().sorted(java.util.Comparator.comparing(r -> r.round().month()))
                .toList()) {
            YearMonth m = f.round().month();
            if (m.getYear() != year) {
                throw new IllegalArgumentException("the round of " + m + " is not of " + year);
            }
            Map<String, Estimate> byCommittee = new LinkedHashMap<>();
            for (String c : december.committees()) {
                Optional<ForecastRound.Line> line = f.round().committees().stream()
                        .filter(l -> l.committee().equals(c)).findFirst();
                // A committee new since the round had no forecast of its own: nothing was forecast for it.
                byCommittee.put(c, new Estimate(line.map(ForecastRound.Line::forecast).orElse(Money.ZERO),
                        line.map(ForecastRound.Line::proposal).orElse(Money.ZERO), outcome.get(c),
                        line.flatMap(ForecastRound.Line::submitted).isPresent(), true));
            }
            out.add(new Round(m, byCommittee, new Estimate(f.line(IncomeStatementLine.RESULT_FOR_YEAR),
                    f.proposal().get(IncomeStatementLine.RESULT_FOR_YEAR), outcomeResult, true, false)));
        }
        return new ForecastAccuracy(year, december.committees(), outcome, outcomeResult, out);
    }

    /**
     * The mean absolute difference of a committee's forecasts of record over the rounds (to the öre, half up),
     * or empty when there were no rounds.
     */
    public Optional<Money> meanAbsoluteDifference(String committee) {
        return mean(rounds.stream().map(r -> r.committees().get(committee).difference()).toList());
    }

    /** The mean absolute difference of the computed proposals for a committee over the rounds. */
    public Optional<Money> meanAbsoluteProposalDifference(String committee) {
        return mean(rounds.stream().map(r -> r.committees().get(committee).proposalDifference()).toList());
    }

    /** The mean absolute difference of the forecasts of record of årets resultat over the rounds. */
    public Optional<Money> meanAbsoluteResultDifference() {
        return mean(rounds.stream().map(r -> r.result().difference()).toList());
    }

    /** The mean absolute difference of the computed proposals of årets resultat over the rounds. */
    public Optional<Money> meanAbsoluteProposalResultDifference() {
        return mean(rounds.stream().map(r -> r.result().proposalDifference()).toList());
    }

    private static Optional<Money> mean(List<Money> differences) {
        if (differences.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal sum = Money.sum(differences.stream().map(Money::abs).toList()).sek();
        return Optional.of(Money.ofSek(sum.divide(BigDecimal.valueOf(differences.size()), 2, RoundingMode.HALF_UP)));
    }
}
