package se.balans.engine.forecast;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import se.balans.engine.closing.Measures;
import se.balans.engine.closing.MonthlyClosing;
import se.balans.engine.money.Money;

/**
 * A forecast round's committee part (prognosrunda): per committee, its annual frame, the mechanical
 * proposal of the closing, and the committee's own forecast when it has submitted one — else the
 * proposal, marked as such. A committee forecast that differs much from the proposal is flagged for the
 * finance unit to ask about; much is more than {@code flagShare} of the frame and more than
 * {@code flagFloor} — a small committee's frame would otherwise flag a difference of a few hundred thousand.
 *
 * <p>Net costs are shown positive, deviations positive as a surplus (överskott), as the committees
 * report them.
 *
 * @param month      the closed month the round starts from
 * @param committees the committees in the closing's order
 * @param flagShare  the share of the frame beyond which a committee's forecast and the proposal differ much
 */
public record ForecastRound(YearMonth month, List<Line> committees, BigDecimal flagShare, Money flagFloor) {

    /**
     * One committee in the round.
     *
     * @param frame     the annual frame (the year's budgeted net cost)
     * @param proposal  the mechanical proposal's full-year net cost
     * @param submitted the committee's own forecast, when it has submitted one
     */
    public record Line(String committee, Money frame, Money proposal, Optional<CommitteeForecast> submitted,
                       BigDecimal flagShare, Money flagFloor) {
        public Line {
            Objects.requireNonNull(committee, "committee");
            Objects.requireNonNull(frame, "frame");
            Objects.requireNonNull(proposal, "proposal");
            Objects.requireNonNull(submitted, "submitted");
            Objects.requireNonNull(flagShare, "flagShare");
            Objects.requireNonNull(flagFloor, "flagFloor");
        }

        /** The full-year net cost of record: the committee's own forecast, else the proposal. */
        public Money forecast() {
            return submitted.map(s -> s.netCost(frame)).orElse(proposal);
        }

        /** The deviation of record from the frame, positive a surplus. */
        public Money deviation() {
            return frame.minus(forecast());
        }

        /** The proposal's deviation from the frame, positive a surplus. */
        public Money proposalDeviation() {
            return frame.minus(proposal);
        }

        /** The committee's forecast less the proposal, as deviations (positive: the committee expects better). */
        public Optional<Money> differenceFromProposal() {
            return submitted.map(s -> s.deviation().minus(proposalDeviation()));
        }

        /** Whether the committee's forecast and the proposal differ by more than the flag share of the frame and the floor. */
        public boolean flagged() {
            Money limit = frame.abs().times(flagShare).max(flagFloor);
            return differenceFromProposal().map(d -> d.abs().compareTo(limit) > 0).orElse(false);
        }
    }

    public ForecastRound {
        Objects.requireNonNull(month, "month");
        committees = List.copyOf(committees);
        Objects.requireNonNull(flagShare, "flagShare");
        Objects.requireNonNull(flagFloor, "flagFloor");
    }

    /**
     * The round of a closing with the forecasts submitted for it.
     *
     * @throws IllegalArgumentException when a forecast is of another round or of a committee the closing does not have
     */
    public static ForecastRound of(MonthlyClosing closing, List<CommitteeForecast> submitted, BigDecimal flagShare) {
        return of(closing, submitted, flagShare, Money.ZERO);
    }

    /** @param flagFloor the least difference flagged, whatever the frame */
    public static ForecastRound of(MonthlyClosing closing, List<CommitteeForecast> submitted, BigDecimal flagShare,
                                   Money flagFloor) {
        Map<String, CommitteeForecast> byCommittee = new HashMap<>();
        for (CommitteeForecast f : submitted) {
            if (!f.month().equals(closing.month())) {
                throw new IllegalArgumentException("the forecast of " + f.committee() + " is for the round of "
                        + f.month() + ", not " + closing.month());
            }
            if (!closing.committees().contains(f.committee())) {
                throw new IllegalArgumentException("the closing of " + closing.month() + " has no committee "
                        + f.committee());
            }
            byCommittee.put(f.committee(), f);
        }
        List<Line> lines = new ArrayList<>();
        for (String c : closing.committees()) {
            Measures m = closing.committeeNetCost(c);
            lines.add(new Line(c, m.budgetYear(), m.forecastYear(), Optional.ofNullable(byCommittee.get(c)), flagShare,
                    flagFloor));
        }
        return new ForecastRound(closing.month(), lines, flagShare, flagFloor);
    }

    /** The committees' net cost of record together, from the unrounded figures. */
    public Money totalForecast() {
        return Money.sum(committees, Line::forecast);
    }

    /** The committees' frames together. */
    public Money totalFrame() {
        return Money.sum(committees, Line::frame);
    }

    /** The mechanical proposals together. */
    public Money totalProposal() {
        return Money.sum(committees, Line::proposal);
    }

    /** The committees' deviation of record together, positive a surplus. */
    public Money totalDeviation() {
        return totalFrame().minus(totalForecast());
    }

    /** The committees that have not submitted a forecast: their proposal stands in, marked. */
    public List<String> missing() {
        return committees.stream().filter(l -> l.submitted().isEmpty()).map(Line::committee).toList();
    }
}
