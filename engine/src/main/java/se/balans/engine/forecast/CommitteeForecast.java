package se.balans.engine.forecast;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

import se.balans.engine.money.Money;

/**
 * A committee's own full-year forecast (nämndens helårsprognos) in a forecast round, as it fills in its
 * template: the deviation it expects against its annual frame, in words why, how sure it is, and the
 * risks and actions behind it. A committee forecasts one figure — its deviation from the frame — because
 * that is what it can answer quickly and what the board reads; the net cost follows from the frame.
 *
 * @param committee  the committee's code
 * @param month      the closed month the round starts from (prognosrunda efter mars: 2026-03)
 * @param deviation  the full-year deviation from the annual frame, positive a surplus (överskott)
 * @param comment    the committee's explanation, "" when none
 * @param confidence how sure the committee is
 * @param risks      risks not in the forecast, each with its possible effect (negative: worse)
 * @param actions    actions decided or proposed, each with its expected effect (positive: better)
 */
public record CommitteeForecast(String committee, YearMonth month, Money deviation, String comment,
                                Confidence confidence, List<Item> risks, List<Item> actions) {

    /** Prognossäkerhet as the committee judges it. */
    public enum Confidence {
        /** Hög. */
        HIGH,
        /** Medel. */
        MEDIUM,
        /** Låg. */
        LOW
    }

    /** A risk or an action: what, and its effect on the result in SEK (positive: better). */
    public record Item(String description, Money effect) {
        public Item {
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(effect, "effect");
            if (description.isBlank()) {
                throw new IllegalArgumentException("a risk or action needs a description");
            }
        }
    }

    public CommitteeForecast {
        Objects.requireNonNull(committee, "committee");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(deviation, "deviation");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(confidence, "confidence");
        risks = List.copyOf(risks);
        actions = List.copyOf(actions);
    }

    /** The forecast net cost for the year: the frame less the expected surplus. */
    public Money netCost(Money frame) {
        return frame.minus(deviation);
    }
}
